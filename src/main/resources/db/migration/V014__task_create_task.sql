create table task (
    id             uuid          not null,
    owner_id       uuid          not null,
    family_id      uuid,
    title          varchar(500)  not null,
    due_on         date          not null,
    source         varchar(30)   not null,
    source_id      uuid,
    done_at        timestamptz,
    version        integer       not null,
    created_at     timestamptz   not null,
    created_by     varchar(100)  not null,
    modified_at    timestamptz   not null,
    modified_by    varchar(100)  not null,
    constraint pk_task primary key (id),
    constraint fk_task_owner foreign key (owner_id) references staff_member (id),
    constraint fk_task_family foreign key (family_id) references family (id)
);
create index ix_task_owner_id on task (owner_id, done_at, due_on);
create index ix_task_family_id on task (family_id);
comment on table task is 'A task (oppfølgingspunkt) with an owner and a due date, e.g. an action agreed in a meeting.';
comment on column task.id is 'Primary key.';
comment on column task.owner_id is 'The staff member who owns it.';
comment on column task.family_id is 'The family it concerns, if one.';
comment on column task.title is 'What is to be done.';
comment on column task.due_on is 'When it is due.';
comment on column task.source is 'MEETING_ACTION (more sources to come).';
comment on column task.source_id is 'The record it came from (e.g. the meeting).';
comment on column task.done_at is 'When it was done.';
comment on column task.version is 'Optimistic locking version.';
comment on column task.created_at is 'When the row was created.';
comment on column task.created_by is 'Who created the row.';
comment on column task.modified_at is 'When the row was last changed.';
comment on column task.modified_by is 'Who last changed the row.';
