-- The provider a contact person's account is bound to moves from staff_member (a staff table that
-- pointed at a provider table, against the modules' arrows) to a table of the provider module.
create table provider_contact_account (
    staff_member_id     uuid         not null,
    service_provider_id uuid         not null,
    created_at          timestamptz  not null,
    created_by          varchar(100) not null,
    modified_at         timestamptz  not null,
    modified_by         varchar(100) not null,
    constraint pk_provider_contact_account primary key (staff_member_id),
    constraint fk_provider_contact_account_staff_member foreign key (staff_member_id) references staff_member (id),
    constraint fk_provider_contact_account_service_provider foreign key (service_provider_id) references service_provider (id)
);
create index ix_provider_contact_account_service_provider_id on provider_contact_account (service_provider_id);
comment on table provider_contact_account is 'The service provider a contact person''s login account (role PROVIDER_CONTACT) is bound to.';
comment on column provider_contact_account.staff_member_id is 'The account (primary key: one provider per account).';
comment on column provider_contact_account.service_provider_id is 'The provider the account acts for.';
comment on column provider_contact_account.created_at is 'When the row was created.';
comment on column provider_contact_account.created_by is 'Who created the row.';
comment on column provider_contact_account.modified_at is 'When the row was last changed.';
comment on column provider_contact_account.modified_by is 'Who last changed the row.';

insert into provider_contact_account (staff_member_id, service_provider_id, created_at, created_by, modified_at, modified_by)
select id, service_provider_id, created_at, created_by, modified_at, modified_by
  from staff_member where service_provider_id is not null;

-- An account in no unit must now be bound here; the administrator's form checks that (a check
-- constraint cannot look across tables).
alter table staff_member drop constraint ck_staff_member_unit_or_provider;
drop index ix_staff_member_service_provider_id;
alter table staff_member drop constraint fk_staff_member_service_provider;
alter table staff_member drop column service_provider_id;
