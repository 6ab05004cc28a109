-- The change and the end of a coordinator (LAW.md §1 item 9): a change is a new appointment that
-- replaces the old one (with the reason, the family's and the child's wish as on any appointment),
-- an end records its reason, a note and the end letter; after 18 an extension to the municipal
-- policy's age carries a yearly review date.
alter table appointment add column replaces_appointment_id uuid;
alter table appointment add column change_reason text;
alter table appointment add column end_note text;
alter table appointment add column end_letter_document_id uuid;
alter table appointment add column extended_to date;
alter table appointment add column review_on date;
alter table appointment add constraint fk_appointment_replaces foreign key (replaces_appointment_id) references appointment (id);
alter table appointment add constraint fk_appointment_end_letter foreign key (end_letter_document_id) references document (id);
create index ix_appointment_replaces_appointment_id on appointment (replaces_appointment_id);
create index ix_appointment_end_letter_document_id on appointment (end_letter_document_id);
alter table appointment add constraint ck_appointment_end_reason check (end_reason in
    ('CHANGE_OF_PERSON', 'CONVERTED', 'TURNED_18', 'EXTENSION_ENDED', 'FAMILY_WITHDREW', 'MOVED_AWAY', 'NEED_ENDED', 'CHILD_DIED'));
comment on column appointment.end_reason is 'Why it ended: CHANGE_OF_PERSON, CONVERTED (to the other kind), TURNED_18, EXTENSION_ENDED, FAMILY_WITHDREW, MOVED_AWAY, NEED_ENDED or CHILD_DIED.';
comment on column appointment.replaces_appointment_id is 'The appointment this one replaced on a change of coordinator or of kind.';
comment on column appointment.change_reason is 'Why the coordinator (or the kind) was changed, on the new appointment.';
comment on column appointment.end_note is 'The caseworker''s note on the end (required when the child died).';
comment on column appointment.end_letter_document_id is 'The end letter (PDF/A-2); empty where none is sent (the family withdrew, the child died, a change).';
comment on column appointment.extended_to is 'After 18: the day the extended barnekoordinator ends at the latest (the policy''s age).';
comment on column appointment.review_on is 'After 18: the next yearly review of the extension.';
