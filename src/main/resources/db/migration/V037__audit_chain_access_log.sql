-- Each access-log record carries a SHA-256 hash chained to the one before it (issue 12 item 3):
-- hash = sha256(previous hash || canonical text of the record), in the order of chain_position.
-- A trigger sets both on insert under a transaction-level advisory lock, so concurrent writers
-- append one after the other and the chain never forks. AccessLogChain verifies it.
alter table access_log add column chain_position bigint;
alter table access_log add column hash bytea;

comment on column access_log.chain_position is 'Position in the hash chain, 1, 2, 3 … without gaps; set by the trigger.';
comment on column access_log.hash is 'SHA-256 of the previous record''s hash and this record''s canonical text; set by the trigger.';

-- The canonical text of a record: each field as its length in characters, a colon and the text, so
-- that no field can run into the next. Times in UTC with microseconds. AccessLogChain builds the same.
create function access_log_canonical(
    p_id bigint, p_occurred_at timestamptz, p_staff_id uuid, p_username varchar, p_role varchar,
    p_unit_id uuid, p_action varchar, p_what varchar, p_family_id uuid, p_outcome varchar)
    returns text language sql immutable as $$
    select string_agg(length(f) || ':' || f, '' order by n)
    from unnest(array[
        p_id::text,
        to_char(p_occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        coalesce(p_staff_id::text, ''),
        p_username,
        p_role,
        coalesce(p_unit_id::text, ''),
        p_action,
        p_what,
        coalesce(p_family_id::text, ''),
        p_outcome]) with ordinality as fields (f, n)
$$;

-- The records written before this migration join the chain in the order of their ids.
alter table access_log disable trigger tr_access_log_append_only;
do $$
declare
    r        record;
    previous bytea := ''::bytea;
    position bigint := 0;
begin
    for r in select * from access_log order by id loop
        position := position + 1;
        previous := sha256(previous || convert_to(access_log_canonical(
            r.id, r.occurred_at, r.staff_id, r.username, r.role, r.unit_id, r.action, r.what, r.family_id, r.outcome),
            'UTF8'));
        update access_log set chain_position = position, hash = previous where id = r.id;
    end loop;
end $$;
alter table access_log enable trigger tr_access_log_append_only;

alter table access_log alter column chain_position set not null;
alter table access_log alter column hash set not null;
alter table access_log add constraint uq_access_log_chain_position unique (chain_position);

create function access_log_chain() returns trigger language plpgsql as $$
declare
    last record;
begin
    -- One writer at a time until its transaction ends: the next one sees this record as the last.
    perform pg_advisory_xact_lock(hashtext('access_log_chain'));
    select chain_position, hash into last from access_log order by chain_position desc limit 1;
    new.chain_position := coalesce(last.chain_position, 0) + 1;
    new.hash := sha256(coalesce(last.hash, ''::bytea) || convert_to(access_log_canonical(
        new.id, new.occurred_at, new.staff_id, new.username, new.role, new.unit_id, new.action, new.what,
        new.family_id, new.outcome), 'UTF8'));
    return new;
end;
$$;
create trigger tr_access_log_chain before insert on access_log
    for each row execute function access_log_chain();
