create table access_log (
    id          bigint generated always as identity,
    occurred_at timestamptz  not null,
    staff_id    uuid,
    username    varchar(100) not null,
    role        varchar(30)  not null,
    unit_id     uuid,
    action      varchar(20)  not null,
    what        varchar(200) not null,
    family_id   uuid,
    outcome     varchar(10)  not null,
    constraint pk_access_log primary key (id)
);
create index ix_access_log_family_id on access_log (family_id, occurred_at);
comment on table access_log is 'Append-only log of every read or change of a family''s data (updates and deletes are refused by a trigger).';
comment on column access_log.id is 'Primary key, in order of writing.';
comment on column access_log.occurred_at is 'When it happened.';
comment on column access_log.staff_id is 'The staff member (no foreign key: the log outlives accounts).';
comment on column access_log.username is 'The staff member''s username at the time.';
comment on column access_log.role is 'The role used.';
comment on column access_log.unit_id is 'The staff member''s unit at the time.';
comment on column access_log.action is 'VIEW, LIST, SEARCH, CHANGE or DOWNLOAD.';
comment on column access_log.what is 'What was read or changed (a page, a letter, a record kind); never a national id.';
comment on column access_log.family_id is 'The family whose data it was.';
comment on column access_log.outcome is 'GRANTED or DENIED.';

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end;
$$;
create trigger tr_access_log_append_only before update or delete on access_log
    for each row execute function access_log_append_only();
create trigger tr_access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_append_only();
