-- How a complaint reached the municipality (issue 14 item 8): registered by the coordinating unit
-- from a letter, a call or a meeting (REGISTERED), or written by the family in the family portal
-- (PORTAL).
alter table complaint add column channel varchar(20) not null default 'REGISTERED';
alter table complaint add constraint ck_complaint_channel check (channel in ('REGISTERED', 'PORTAL'));
comment on column complaint.channel is 'How the complaint came in: REGISTERED (by the coordinating unit from a letter, a call or a meeting) or PORTAL (written by the family in the family portal).';
