alter table unit add column active boolean not null default true;
comment on column unit.active is 'False once the administrator has deactivated the unit: it is no longer offered for new accounts, and its name stays in the history.';
