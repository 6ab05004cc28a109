create table decision_draft (
    eligibility_assessment_id  uuid          not null,
    staff_username  varchar(100)  not null,
    family_id       uuid          not null,
    fields          text          not null,
    saved_at        timestamptz   not null,
    constraint pk_decision_draft primary key (eligibility_assessment_id, staff_username),
    constraint fk_decision_draft_assessment foreign key (eligibility_assessment_id) references eligibility_assessment (id),
    constraint fk_decision_draft_family foreign key (family_id) references family (id)
);
create index ix_decision_draft_family on decision_draft (family_id);
comment on table decision_draft is 'The draft of a decision being written from an assessment (ADR 0013): one per form and user, saved when a field is left, brought back when the form is opened again, deleted when the form is sent successfully. Family data, erased with the family.';
comment on column decision_draft.eligibility_assessment_id is 'The assessment the decision is made from (the form is one per assessment).';
comment on column decision_draft.staff_username is 'The user who typed the draft; only that user sees it, and only while the form''s access rule lets them fill it.';
comment on column decision_draft.family_id is 'The family the draft is about.';
comment on column decision_draft.fields is 'The form''s fields as typed (JSON: name to list of values), complete or not, within the input bounds; never the CSRF or one-time token, a file or the confirmation.';
comment on column decision_draft.saved_at is 'When the draft was last saved (the last save by the same user wins).';
