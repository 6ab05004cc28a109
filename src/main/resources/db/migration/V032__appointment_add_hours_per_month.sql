-- The time the coordinator is given for the appointment, in hours per month (from the delegation),
-- so that the dashboard can show what the right costs: hours given per unit and the hours a
-- forecast of families will need. Empty for appointments made before it was recorded.
alter table appointment add column hours_per_month numeric(5, 1);
alter table appointment add constraint ck_appointment_hours_per_month
    check (hours_per_month is null or (hours_per_month >= 0 and hours_per_month <= 200));
comment on column appointment.hours_per_month is 'Hours per month the coordinator is given for this appointment (from the delegation); empty if not recorded.';
