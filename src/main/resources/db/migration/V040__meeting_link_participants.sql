-- A participant is linked to who they are, not only named: a provider (one of its contacts, its
-- contact person's account, or the provider itself) and/or a staff account. The provider portal
-- shows approved minutes only of meetings in which the provider took part (issue 7, item 9).
-- Free participants (guardians, the child) keep only their name and e-mail.
alter table meeting_participant add column service_provider_id uuid;
alter table meeting_participant add column staff_member_id uuid;
alter table meeting_participant add constraint fk_meeting_participant_service_provider
    foreign key (service_provider_id) references service_provider (id);
alter table meeting_participant add constraint fk_meeting_participant_staff_member
    foreign key (staff_member_id) references staff_member (id);
create index ix_meeting_participant_service_provider_id on meeting_participant (service_provider_id);
create index ix_meeting_participant_staff_member_id on meeting_participant (staff_member_id);
comment on column meeting_participant.service_provider_id is 'The provider the participant took part for (a contact of it, its contact person''s account, or the provider itself); empty for others.';
comment on column meeting_participant.staff_member_id is 'The participant''s staff account, when they have one; empty for others.';
