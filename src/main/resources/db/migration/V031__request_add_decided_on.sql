-- The day the decision on a request was made, so that the time from request to decision and from
-- decision to appointment can be counted in the database (the leaders' dashboard). Set from the
-- event DecisionMade; requests decided before this migration keep it empty for grants, and take the
-- day they were closed for refusals (a refusal closes the request on the day of the decision).
alter table coordinator_request add column decided_on date;
update coordinator_request set decided_on = closed_on where status = 'REFUSED';
comment on column coordinator_request.decided_on is 'The day the decision on the request was made (from the event DecisionMade); empty until decided. For the dashboard''s waiting times.';
create index ix_coordinator_request_decided_on on coordinator_request (decided_on);
