-- The worklist: requests that wait, oldest first, a page at a time (the default view), and all
-- requests in the same order. Read in index order, so a page costs the same however many requests.
create index ix_coordinator_request_waiting_received on coordinator_request (received_on, id)
    where status in ('RECEIVED', 'UNDER_ASSESSMENT', 'GRANTED');
create index ix_coordinator_request_received on coordinator_request (received_on, id);
