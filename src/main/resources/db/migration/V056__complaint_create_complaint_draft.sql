create table complaint_draft (
    family_id       uuid          not null,
    staff_username  varchar(100)  not null,
    fields          text          not null,
    saved_at        timestamptz   not null,
    constraint pk_complaint_draft primary key (family_id, staff_username),
    constraint fk_complaint_draft_family foreign key (family_id) references family (id)
);
comment on table complaint_draft is 'The draft of a complaint being registered for a family (ADR 0013): one per family and user, saved when a field is left, brought back when the form is opened again, deleted when the complaint is registered. Family data, erased with the family. The scanned letter is never part of it.';
comment on column complaint_draft.family_id is 'The family the complaint is registered for.';
comment on column complaint_draft.staff_username is 'The user who typed the draft; only that user sees it, and only while the form''s access rule lets them fill it.';
comment on column complaint_draft.fields is 'The form''s fields as typed (JSON: name to list of values), complete or not, within the input bounds; never the CSRF or one-time token, the file or the confirmation.';
comment on column complaint_draft.saved_at is 'When the draft was last saved (the last save by the same user wins).';
