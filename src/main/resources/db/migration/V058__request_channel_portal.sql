-- A request sent by the family from the family portal (issue 14, ADR 0014) has its own channel, PORTAL
-- (written). The channels a request may have are now checked by the database.
alter table coordinator_request add constraint ck_coordinator_request_channel
    check (channel in ('PHONE', 'MEETING', 'LETTER', 'EMAIL', 'WEB_FORM', 'OWN_INITIATIVE', 'PORTAL'));
comment on column coordinator_request.channel is 'PHONE, MEETING (oral); LETTER, EMAIL, WEB_FORM, PORTAL (written; PORTAL: sent by the family from the family portal); OWN_INITIATIVE.';
comment on column coordinator_request.requester_kind is 'GUARDIAN, YOUTH (the youth themselves), ON_BEHALF or COORDINATING_UNIT (own initiative).';
