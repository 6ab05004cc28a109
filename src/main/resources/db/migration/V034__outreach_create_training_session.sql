create table training_session (
    id          uuid         not null,
    held_on     date         not null,
    kind        varchar(10)  not null,
    topic       varchar(200) not null,
    version     integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_training_session primary key (id),
    constraint ck_training_session_kind check (kind in ('TRAINING', 'GUIDANCE'))
);
create index ix_training_session_held_on on training_session (held_on);
comment on table training_session is 'The coordinating unit''s duty to train and guide coordinators (hol. § 7-3): a training session or guidance given, with its date and topic.';
comment on column training_session.id is 'Primary key.';
comment on column training_session.held_on is 'The day it was held or given.';
comment on column training_session.kind is 'TRAINING (a course or session) or GUIDANCE (guidance given to one or more coordinators).';
comment on column training_session.topic is 'What it was about.';
comment on column training_session.version is 'Optimistic lock.';
comment on column training_session.created_at is 'When the row was written.';
comment on column training_session.created_by is 'Username of who registered it.';
comment on column training_session.modified_at is 'When the row was last changed.';
comment on column training_session.modified_by is 'Username of who last changed it.';

create table training_participant (
    training_session_id uuid not null,
    staff_id            uuid not null,
    constraint pk_training_participant primary key (training_session_id, staff_id),
    constraint fk_training_participant_session foreign key (training_session_id) references training_session (id),
    constraint fk_training_participant_staff foreign key (staff_id) references staff_member (id)
);
create index ix_training_participant_staff_id on training_participant (staff_id);
comment on table training_participant is 'Who took part in a training session or received the guidance.';
comment on column training_participant.training_session_id is 'The session.';
comment on column training_participant.staff_id is 'The staff member who took part.';
