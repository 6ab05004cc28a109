create table appointment_draft (
    decision_id  uuid          not null,
    staff_username  varchar(100)  not null,
    family_id       uuid          not null,
    fields          text          not null,
    saved_at        timestamptz   not null,
    constraint pk_appointment_draft primary key (decision_id, staff_username),
    constraint fk_appointment_draft_decision foreign key (decision_id) references decision (id),
    constraint fk_appointment_draft_family foreign key (family_id) references family (id)
);
create index ix_appointment_draft_family on appointment_draft (family_id);
comment on table appointment_draft is 'The draft of an appointment being made from a decision (ADR 0013): one per form and user, saved when a field is left, brought back when the form is opened again, deleted when the form is sent successfully. Family data, erased with the family.';
comment on column appointment_draft.decision_id is 'The decision the coordinator is appointed from.';
comment on column appointment_draft.staff_username is 'The user who typed the draft; only that user sees it, and only while the form''s access rule lets them fill it.';
comment on column appointment_draft.family_id is 'The family the draft is about.';
comment on column appointment_draft.fields is 'The form''s fields as typed (JSON: name to list of values), complete or not, within the input bounds; never the CSRF or one-time token, a file or the confirmation.';
comment on column appointment_draft.saved_at is 'When the draft was last saved (the last save by the same user wins).';
