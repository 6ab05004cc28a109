create table coordinator_request (
    id                  uuid         not null,
    family_id           uuid         not null,
    channel             varchar(20)  not null,
    received_on         date         not null,
    requester_kind      varchar(20)  not null,
    requester_guardian_id uuid,
    requester_name      varchar(200),
    requester_role      varchar(200),
    family_words        text,
    status              varchar(20)  not null,
    closed_on           date,
    coordinator_id      uuid,
    coordinator_unit_id uuid,
    version             integer      not null,
    created_at          timestamptz  not null,
    created_by          varchar(100) not null,
    modified_at         timestamptz  not null,
    modified_by         varchar(100) not null,
    constraint pk_coordinator_request primary key (id),
    constraint fk_coordinator_request_family foreign key (family_id) references family (id),
    constraint fk_coordinator_request_guardian foreign key (requester_guardian_id) references guardian (id),
    constraint fk_coordinator_request_coordinator foreign key (coordinator_id) references staff_member (id),
    constraint fk_coordinator_request_unit foreign key (coordinator_unit_id) references unit (id)
);
create index ix_coordinator_request_family_id on coordinator_request (family_id);
create index ix_coordinator_request_requester_guardian_id on coordinator_request (requester_guardian_id);
create index ix_coordinator_request_coordinator_id on coordinator_request (coordinator_id);
create index ix_coordinator_request_coordinator_unit_id on coordinator_request (coordinator_unit_id);
create index ix_coordinator_request_status_received on coordinator_request (status, received_on);
comment on table coordinator_request is 'A request for a barnekoordinator (oral or written, by or for the family), or a case KE opened on its own initiative.';
comment on column coordinator_request.id is 'Primary key.';
comment on column coordinator_request.family_id is 'The family.';
comment on column coordinator_request.channel is 'PHONE, MEETING (oral); LETTER, EMAIL, WEB_FORM (written); OWN_INITIATIVE.';
comment on column coordinator_request.received_on is 'The date the municipality received the request.';
comment on column coordinator_request.requester_kind is 'GUARDIAN, ON_BEHALF or COORDINATING_UNIT (own initiative).';
comment on column coordinator_request.requester_guardian_id is 'The guardian who asked, when a guardian did.';
comment on column coordinator_request.requester_name is 'Who asked on the family''s behalf.';
comment on column coordinator_request.requester_role is 'The role of whoever asked on the family''s behalf (e.g. health nurse).';
comment on column coordinator_request.family_words is 'The family''s own words about their needs.';
comment on column coordinator_request.status is 'RECEIVED, UNDER_ASSESSMENT, GRANTED, REFUSED or APPOINTED.';
comment on column coordinator_request.closed_on is 'When the request stopped waiting (refused or coordinator appointed).';
comment on column coordinator_request.coordinator_id is 'The appointed coordinator, once appointed.';
comment on column coordinator_request.coordinator_unit_id is 'The appointed coordinator''s unit, once appointed.';
comment on column coordinator_request.version is 'Optimistic locking version.';
comment on column coordinator_request.created_at is 'When the row was created.';
comment on column coordinator_request.created_by is 'Who created the row.';
comment on column coordinator_request.modified_at is 'When the row was last changed.';
comment on column coordinator_request.modified_by is 'Who last changed the row.';

create table coordinator_request_child (
    coordinator_request_id uuid not null,
    child_id               uuid not null,
    constraint pk_coordinator_request_child primary key (coordinator_request_id, child_id),
    constraint fk_coordinator_request_child_request foreign key (coordinator_request_id) references coordinator_request (id),
    constraint fk_coordinator_request_child_child foreign key (child_id) references child (id)
);
create index ix_coordinator_request_child_child_id on coordinator_request_child (child_id);
comment on table coordinator_request_child is 'Which of the family''s children a request is about.';
comment on column coordinator_request_child.coordinator_request_id is 'The request.';
comment on column coordinator_request_child.child_id is 'The child.';
