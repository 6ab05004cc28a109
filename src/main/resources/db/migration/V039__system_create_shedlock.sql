-- Scheduled jobs (task generation, the task digest) run on every node's scheduler; a row here lets only
-- one node at a time run each job (ShedLock 6.6 with the JDBC provider, the database's clock).
-- The table and column names are the ones ShedLock's SQL uses.
create table shedlock (
    name       varchar(64)  not null,
    -- UTC without a zone: ShedLock's PostgreSQL SQL compares with timezone('utc', current_timestamp).
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint pk_shedlock primary key (name)
);
comment on table shedlock is 'One row per scheduled job: which node holds (or last held) its lock and until when, so that a daily job runs once across all nodes.';
comment on column shedlock.name is 'The job (task-generation, task-digest).';
comment on column shedlock.lock_until is 'Until when the lock holds (UTC, the database''s clock); another node may run the job only after this. Set to at least lockAtLeastFor after the start, so a node whose clock or run is a little late does not run the job again.';
comment on column shedlock.locked_at is 'When the lock was last taken (UTC, the database''s clock).';
comment on column shedlock.locked_by is 'The node (host name) that last took the lock.';
