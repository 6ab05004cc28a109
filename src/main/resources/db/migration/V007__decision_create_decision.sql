create table decision (
    id                        uuid         not null,
    coordinator_request_id    uuid         not null,
    eligibility_assessment_id uuid         not null,
    family_id                 uuid         not null,
    outcome                   varchar(30)  not null,
    age_reason                text         not null,
    illness_reason            text         not null,
    need_reason               text         not null,
    summary                   text         not null,
    decided_on                date         not null,
    complaint_deadline        date         not null,
    letter_document_id        uuid,
    version                   integer      not null,
    created_at                timestamptz  not null,
    created_by                varchar(100) not null,
    modified_at               timestamptz  not null,
    modified_by               varchar(100) not null,
    constraint pk_decision primary key (id),
    constraint fk_decision_request foreign key (coordinator_request_id) references coordinator_request (id),
    constraint fk_decision_assessment foreign key (eligibility_assessment_id) references eligibility_assessment (id),
    constraint fk_decision_family foreign key (family_id) references family (id),
    constraint fk_decision_letter foreign key (letter_document_id) references document (id),
    constraint uq_decision_assessment unique (eligibility_assessment_id)
);
create index ix_decision_coordinator_request_id on decision (coordinator_request_id);
create index ix_decision_family_id on decision (family_id);
create index ix_decision_letter_document_id on decision (letter_document_id);
comment on table decision is 'The written, reasoned decision on a request, with information about the right to complain.';
comment on column decision.id is 'Primary key.';
comment on column decision.coordinator_request_id is 'The request decided.';
comment on column decision.eligibility_assessment_id is 'The assessment the decision rests on (frozen by it).';
comment on column decision.family_id is 'The family.';
comment on column decision.outcome is 'GRANTED_CHILD_COORDINATOR, GRANTED_GENERAL_COORDINATOR or REFUSED.';
comment on column decision.age_reason is 'Reason for condition (a) as written in the letter.';
comment on column decision.illness_reason is 'Reason for condition (b) as written in the letter.';
comment on column decision.need_reason is 'Reason for condition (c) as written in the letter.';
comment on column decision.summary is 'The overall reason.';
comment on column decision.decided_on is 'The date of the decision.';
comment on column decision.complaint_deadline is 'The last day to complain (decided_on + the configured period).';
comment on column decision.letter_document_id is 'The decision letter (PDF/A-2).';
comment on column decision.version is 'Optimistic locking version.';
comment on column decision.created_at is 'When the row was created.';
comment on column decision.created_by is 'Who created the row.';
comment on column decision.modified_at is 'When the row was last changed.';
comment on column decision.modified_by is 'Who last changed the row.';
