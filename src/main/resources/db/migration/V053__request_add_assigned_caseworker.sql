-- KE assigns a request to one of its caseworkers ("Tildelt"); the caseworker finds it under "Mine saker".
-- Changed through the request's optimistic lock (the version column), never by overwriting a newer change.
alter table coordinator_request add column assigned_caseworker_id uuid;
alter table coordinator_request add column assigned_at timestamptz;
alter table coordinator_request add column assigned_by varchar(100);
alter table coordinator_request add constraint fk_coordinator_request_assigned_caseworker
    foreign key (assigned_caseworker_id) references staff_member (id);
comment on column coordinator_request.assigned_caseworker_id is 'The KE caseworker (or lead) the request is assigned to; empty when no one is.';
comment on column coordinator_request.assigned_at is 'When the request was last assigned (or the assignment removed).';
comment on column coordinator_request.assigned_by is 'Who last assigned the request (username).';
-- "Mine saker": a caseworker's open requests, oldest first, a page at a time, read in index order.
create index ix_coordinator_request_assigned on coordinator_request (assigned_caseworker_id, received_on, id)
    where assigned_caseworker_id is not null;
-- The worklist sorted by status or channel, in the index's order rather than a sort of every row.
create index ix_coordinator_request_status_order on coordinator_request (status, received_on, id);
create index ix_coordinator_request_channel_order on coordinator_request (channel, received_on, id);

-- The index on (status, received_on, id) above serves everything the older (status, received_on)
-- of V004 did, and the planner chose between them by chance: one index, read in the list's order.
drop index ix_coordinator_request_status_received;
