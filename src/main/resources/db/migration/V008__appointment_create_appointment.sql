create table appointment (
    id                     uuid         not null,
    decision_id            uuid         not null,
    coordinator_request_id uuid         not null,
    family_id              uuid         not null,
    coordinator_id         uuid         not null,
    kind                   varchar(20)  not null,
    family_wish            varchar(20)  not null,
    wished_staff_id        uuid,
    wished_unit_id         uuid,
    child_wish             text,
    reason_wish_not_followed text,
    starts_on              date         not null,
    ended_on               date,
    end_reason             varchar(30),
    letter_document_id     uuid,
    version                integer      not null,
    created_at             timestamptz  not null,
    created_by             varchar(100) not null,
    modified_at            timestamptz  not null,
    modified_by            varchar(100) not null,
    constraint pk_appointment primary key (id),
    constraint fk_appointment_decision foreign key (decision_id) references decision (id),
    constraint fk_appointment_request foreign key (coordinator_request_id) references coordinator_request (id),
    constraint fk_appointment_family foreign key (family_id) references family (id),
    constraint fk_appointment_coordinator foreign key (coordinator_id) references staff_member (id),
    constraint fk_appointment_wished_staff foreign key (wished_staff_id) references staff_member (id),
    constraint fk_appointment_wished_unit foreign key (wished_unit_id) references unit (id),
    constraint fk_appointment_letter foreign key (letter_document_id) references document (id)
);
create index ix_appointment_decision_id on appointment (decision_id);
create index ix_appointment_coordinator_request_id on appointment (coordinator_request_id);
create index ix_appointment_family_id on appointment (family_id);
create index ix_appointment_coordinator_id on appointment (coordinator_id, ended_on);
create index ix_appointment_wished_staff_id on appointment (wished_staff_id);
create index ix_appointment_wished_unit_id on appointment (wished_unit_id);
create index ix_appointment_letter_document_id on appointment (letter_document_id);
comment on table appointment is 'The appointment of a coordinator for a family, with the family''s and the child''s wish.';
comment on column appointment.id is 'Primary key.';
comment on column appointment.decision_id is 'The granting decision.';
comment on column appointment.coordinator_request_id is 'The request.';
comment on column appointment.family_id is 'The family.';
comment on column appointment.coordinator_id is 'The appointed coordinator.';
comment on column appointment.kind is 'CHILD (barnekoordinator) or GENERAL (koordinator, hol. § 7-2).';
comment on column appointment.family_wish is 'The family''s wish: PERSON, UNIT or NONE.';
comment on column appointment.wished_staff_id is 'The person the family wished for.';
comment on column appointment.wished_unit_id is 'The unit the family wished the coordinator to come from.';
comment on column appointment.child_wish is 'The child''s or youth''s own wish.';
comment on column appointment.reason_wish_not_followed is 'Why the family''s wish was not followed (required then).';
comment on column appointment.starts_on is 'The first day of the appointment.';
comment on column appointment.ended_on is 'The day the appointment ended, if it has.';
comment on column appointment.end_reason is 'Why it ended (change of person, age 18, withdrawn, moved, need ceased).';
comment on column appointment.letter_document_id is 'The appointment letter (PDF/A-2).';
comment on column appointment.version is 'Optimistic locking version.';
comment on column appointment.created_at is 'When the row was created.';
comment on column appointment.created_by is 'Who created the row.';
comment on column appointment.modified_at is 'When the row was last changed.';
comment on column appointment.modified_by is 'Who last changed the row.';
