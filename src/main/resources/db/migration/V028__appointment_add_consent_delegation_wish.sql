-- The appointment records what the law and the national guide ask of it (LAW.md §1 items 4, 6, 7
-- and §5 item 26): the child's wish and how it was obtained, or why the child was not heard, and how
-- it was weighed; the family's consent to the appointment; the delegation decision that gives the
-- coordinator authority; and the person the family wished for, who need not have an account.
alter table appointment add column child_wish_how varchar(400);
alter table appointment add column child_not_heard_reason varchar(20);
alter table appointment add column child_wish_weighing text;
alter table appointment add column consent_given_by varchar(20);
alter table appointment add column consent_given_on date;
alter table appointment add column delegation_decided_by varchar(200);
alter table appointment add column delegation_decided_on date;
alter table appointment add column delegation_unit_name varchar(200);
alter table appointment add column delegation_unit_leader varchar(200);
alter table appointment add column wished_person_name varchar(200);
alter table appointment add column wished_person_role varchar(200);
alter table appointment add column wished_person_workplace varchar(200);
alter table appointment add column wished_person_contact varchar(200);
alter table appointment add constraint ck_appointment_child_not_heard_reason
    check (child_not_heard_reason in ('TOO_ILL', 'DECLINED', 'NOT_POSSIBLE'));
alter table appointment add constraint ck_appointment_consent_given_by
    check (consent_given_by in ('GUARDIANS', 'YOUTH'));
comment on column appointment.child_wish_how is 'How the child''s wish was obtained.';
comment on column appointment.child_not_heard_reason is 'Why the child was not heard about the coordinator: TOO_ILL, DECLINED or NOT_POSSIBLE.';
comment on column appointment.child_wish_weighing is 'How the child''s wish was weighed (asked from helhet.rules.child-great-weight-from-age).';
comment on column appointment.consent_given_by is 'Who consented to the appointment: GUARDIANS (the parents) or YOUTH (from helhet.rules.youth-health-consent-age); empty on appointments made before this was recorded.';
comment on column appointment.consent_given_on is 'When the family consented to the appointment.';
comment on column appointment.delegation_decided_by is 'Who made the delegation decision that gives the coordinator authority to coordinate (name and position).';
comment on column appointment.delegation_decided_on is 'When the delegation decision was made.';
comment on column appointment.delegation_unit_name is 'The coordinator''s unit when appointed, as the delegation names it.';
comment on column appointment.delegation_unit_leader is 'The leader of the coordinator''s unit, as the delegation names them.';
comment on column appointment.wished_person_name is 'The name of the person the family wished for, whether or not they have an account.';
comment on column appointment.wished_person_role is 'The wished person''s role (e.g. helsesykepleier, kontaktlærer).';
comment on column appointment.wished_person_workplace is 'Where the wished person works.';
comment on column appointment.wished_person_contact is 'How to reach the wished person (phone or e-mail).';
