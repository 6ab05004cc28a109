create table complaint (
    id                             uuid          not null,
    family_id                      uuid          not null,
    coordinator_request_id         uuid,
    child_id                       uuid,
    kind                           varchar(30)   not null,
    received_on                    date          not null,
    complainant_kind               varchar(20)   not null,
    guardian_id                    uuid,
    representative_name            varchar(200),
    authority                      varchar(1000),
    subject                        varchar(20)   not null,
    decision_id                    uuid,
    appointment_id                 uuid,
    text                           text,
    helped_by_ke                   boolean       not null,
    letter_received_on             date,
    deadline                       date,
    late                           boolean       not null,
    late_reason                    text,
    reconsideration                varchar(20),
    reconsideration_reason         text,
    reconsidered_on                date,
    reconsideration_assessment_id  uuid,
    new_decision_id                uuid,
    forwarding_letter_id           uuid,
    bundle_id                      uuid,
    forwarded_on                   date,
    governor_outcome               varchar(20),
    governor_outcome_on            date,
    version                        integer       not null,
    created_at                     timestamptz   not null,
    created_by                     varchar(100)  not null,
    modified_at                    timestamptz   not null,
    modified_by                    varchar(100)  not null,
    constraint pk_complaint primary key (id),
    constraint fk_complaint_family foreign key (family_id) references family (id),
    constraint ck_complaint_kind check (kind in ('REFUSAL', 'CHANGE_OR_END', 'FAILURE_TO_FULFIL')),
    constraint ck_complaint_complainant_kind check (complainant_kind in ('GUARDIAN', 'YOUTH', 'REPRESENTATIVE')),
    constraint ck_complaint_subject check (subject in ('DECISION', 'APPOINTMENT', 'END', 'SERVICE')),
    constraint ck_complaint_reconsideration check (reconsideration in ('REVERSED', 'PARTLY_REVERSED', 'UPHELD')),
    constraint ck_complaint_governor_outcome check (governor_outcome in ('UPHELD', 'REVERSED', 'SENT_BACK'))
);
create index ix_complaint_family on complaint (family_id);
create index ix_complaint_deadline on complaint (deadline) where governor_outcome is null;
comment on table complaint is 'A complaint (pbrl. chapter 7, LAW.md §2): registered by the coordinating unit, reconsidered, and if upheld forwarded to Statsforvalteren with the case documents.';
comment on column complaint.id is 'Primary key.';
comment on column complaint.family_id is 'The family the complaint belongs to.';
comment on column complaint.coordinator_request_id is 'The case (request) the complaint belongs to, when it concerns a decision or an appointment in one.';
comment on column complaint.child_id is 'The child the complaint is about, when known (from the decision or appointment).';
comment on column complaint.kind is 'REFUSAL, CHANGE_OR_END or FAILURE_TO_FULFIL (LAW.md §2 item 11).';
comment on column complaint.received_on is 'The day the municipality received the complaint.';
comment on column complaint.complainant_kind is 'Who complains: GUARDIAN (a guardian of the family), YOUTH, or REPRESENTATIVE with a written authority.';
comment on column complaint.guardian_id is 'The guardian who complains, when complainant_kind is GUARDIAN.';
comment on column complaint.representative_name is 'The representative who complains, when complainant_kind is REPRESENTATIVE.';
comment on column complaint.authority is 'The written authority the representative holds (what and dated), as recorded.';
comment on column complaint.subject is 'What the complaint concerns: DECISION, APPOINTMENT, END (of the right or the coordinator) or SERVICE (the service as a whole).';
comment on column complaint.decision_id is 'The decision complained about, when subject is DECISION.';
comment on column complaint.appointment_id is 'The appointment complained about, when subject is APPOINTMENT.';
comment on column complaint.text is 'The complaint as written or taken down; may be empty when a scanned letter holds it.';
comment on column complaint.helped_by_ke is 'Whether the coordinating unit helped to write or clarify the complaint (LAW.md §2 item 14).';
comment on column complaint.letter_received_on is 'The day the family received the letter of what the complaint concerns, from which the deadline runs; empty when unknown.';
comment on column complaint.deadline is 'The last day of the complaint period (letter_received_on plus helhet.rules.complaint-deadline); empty when no letter is known.';
comment on column complaint.late is 'Whether the complaint was received after the deadline.';
comment on column complaint.late_reason is 'Why a late complaint is taken up anyway (required when late).';
comment on column complaint.reconsideration is 'The coordinating unit''s reconsideration: REVERSED, PARTLY_REVERSED or UPHELD (then forwarded).';
comment on column complaint.reconsideration_reason is 'The reasons of the reconsideration.';
comment on column complaint.reconsidered_on is 'The day of the reconsideration.';
comment on column complaint.reconsideration_assessment_id is 'The new assessment started to reverse the decision (a new decision rests on it).';
comment on column complaint.new_decision_id is 'The new decision made on reconsideration.';
comment on column complaint.forwarding_letter_id is 'The forwarding letter to Statsforvalteren (a stored document).';
comment on column complaint.bundle_id is 'The case bundle sent with the forwarding letter (a stored PDF/A document).';
comment on column complaint.forwarded_on is 'The day the complaint was sent to Statsforvalteren.';
comment on column complaint.governor_outcome is 'Statsforvalteren''s outcome: UPHELD, REVERSED or SENT_BACK (for new handling).';
comment on column complaint.governor_outcome_on is 'The day of Statsforvalteren''s outcome.';
comment on column complaint.version is 'Optimistic locking version.';
comment on column complaint.created_at is 'When the complaint was registered.';
comment on column complaint.created_by is 'Who registered it.';
comment on column complaint.modified_at is 'When the row was last changed.';
comment on column complaint.modified_by is 'Who last changed the row.';

create table complaint_scan (
    complaint_id  uuid          not null,
    file_name     varchar(200)  not null,
    content       bytea         not null,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    constraint pk_complaint_scan primary key (complaint_id),
    constraint fk_complaint_scan_complaint foreign key (complaint_id) references complaint (id)
);
comment on table complaint_scan is 'The scanned complaint letter (a checked, unencrypted PDF), never changed.';
comment on column complaint_scan.complaint_id is 'The complaint the scan belongs to (primary key: one scan per complaint).';
comment on column complaint_scan.file_name is 'The uploaded file name.';
comment on column complaint_scan.content is 'The PDF.';
comment on column complaint_scan.created_at is 'When it was uploaded.';
comment on column complaint_scan.created_by is 'Who uploaded it.';

create table cooperation_notice (
    id           uuid          not null,
    family_id    uuid          not null,
    received_on  date          not null,
    from_whom    varchar(200)  not null,
    text         text          not null,
    version      integer       not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    modified_at  timestamptz   not null,
    modified_by  varchar(100)  not null,
    constraint pk_cooperation_notice primary key (id),
    constraint fk_cooperation_notice_family foreign key (family_id) references family (id)
);
create index ix_cooperation_notice_family on cooperation_notice (family_id);
comment on table cooperation_notice is 'A notice that services do not cooperate (LAW.md §2 item 15): no right to complain, the family may notify Statsforvalteren; recorded as a notice, not a complaint.';
comment on column cooperation_notice.id is 'Primary key.';
comment on column cooperation_notice.family_id is 'The family.';
comment on column cooperation_notice.received_on is 'The day the notice was received or given.';
comment on column cooperation_notice.from_whom is 'Who gave the notice.';
comment on column cooperation_notice.text is 'What the notice says.';
comment on column cooperation_notice.version is 'Optimistic locking version.';
comment on column cooperation_notice.created_at is 'When the notice was recorded.';
comment on column cooperation_notice.created_by is 'Who recorded it.';
comment on column cooperation_notice.modified_at is 'When the row was last changed.';
comment on column cooperation_notice.modified_by is 'Who last changed the row.';
