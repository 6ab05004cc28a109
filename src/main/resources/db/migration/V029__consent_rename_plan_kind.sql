update consent_information set kind = 'INDIVIDUAL_PLAN' where kind = 'PLAN';
comment on column consent_information.kind is 'HEALTH, KINDERGARTEN, SCHOOL, CHILD_WELFARE, NAV, INDIVIDUAL_PLAN or MEETING_MINUTES.';
