create table meeting_minutes_draft (
    meeting_id  uuid          not null,
    staff_username  varchar(100)  not null,
    family_id       uuid          not null,
    fields          text          not null,
    saved_at        timestamptz   not null,
    constraint pk_meeting_minutes_draft primary key (meeting_id, staff_username),
    constraint fk_meeting_minutes_draft_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_minutes_draft_family foreign key (family_id) references family (id)
);
create index ix_meeting_minutes_draft_family on meeting_minutes_draft (family_id);
comment on table meeting_minutes_draft is 'The draft of a meeting''s minutes and new actions (ADR 0013): one per form and user, saved when a field is left, brought back when the form is opened again, deleted when the form is sent successfully. Family data, erased with the family.';
comment on column meeting_minutes_draft.meeting_id is 'The meeting whose minutes are written.';
comment on column meeting_minutes_draft.staff_username is 'The user who typed the draft; only that user sees it, and only while the form''s access rule lets them fill it.';
comment on column meeting_minutes_draft.family_id is 'The family the draft is about.';
comment on column meeting_minutes_draft.fields is 'The form''s fields as typed (JSON: name to list of values), complete or not, within the input bounds; never the CSRF or one-time token, a file or the confirmation.';
comment on column meeting_minutes_draft.saved_at is 'When the draft was last saved (the last save by the same user wins).';
