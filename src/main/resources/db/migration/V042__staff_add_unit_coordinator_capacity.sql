-- Each unit's coordinator capacity: the hours per month the unit has set aside for coordination
-- (barnekoordinator and koordinator), entered by the administrator, so that the dashboard can show
-- the hours given for appointments against it. Empty until recorded.
alter table unit add column coordinator_capacity numeric(5, 1);
alter table unit add constraint ck_unit_coordinator_capacity
    check (coordinator_capacity is null or coordinator_capacity >= 0);
comment on column unit.coordinator_capacity is 'Hours per month the unit has available for coordination; empty if not recorded.';
