alter table staff_member add column service_provider_id uuid;
alter table staff_member add constraint fk_staff_member_service_provider foreign key (service_provider_id) references service_provider (id);
alter table staff_member alter column unit_id drop not null;
alter table staff_member add constraint ck_staff_member_unit_or_provider check (unit_id is not null or service_provider_id is not null);
create index ix_staff_member_service_provider_id on staff_member (service_provider_id);
comment on column staff_member.service_provider_id is 'For a contact person at a service provider (role PROVIDER_CONTACT): the provider the account is bound to.';
