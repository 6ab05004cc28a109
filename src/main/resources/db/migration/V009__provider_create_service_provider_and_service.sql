create table service_provider (
    id                  uuid         not null,
    name                varchar(200) not null,
    organisation_number varchar(9)   not null,
    owner_type          varchar(40)  not null,
    sector_code         varchar(40)  not null,
    law                 varchar(200) not null,
    address             varchar(300),
    unit_id             uuid,
    version             integer      not null,
    created_at          timestamptz  not null,
    created_by          varchar(100) not null,
    modified_at         timestamptz  not null,
    modified_by         varchar(100) not null,
    constraint pk_service_provider primary key (id),
    constraint fk_service_provider_sector foreign key (sector_code) references sector (code),
    constraint fk_service_provider_unit foreign key (unit_id) references unit (id),
    constraint uq_service_provider_name unique (name)
);
create index ix_service_provider_sector_code on service_provider (sector_code);
create index ix_service_provider_unit_id on service_provider (unit_id);
comment on table service_provider is 'A service provider (tjenesteyter): municipal, county or state service, private provider acting for them, kindergarten with public grants, school with state grants.';
comment on column service_provider.id is 'Primary key.';
comment on column service_provider.name is 'The provider''s name.';
comment on column service_provider.organisation_number is 'Organisation number (9 digits, mod-11 checked); municipal units may share the municipality''s.';
comment on column service_provider.owner_type is 'MUNICIPAL, COUNTY, STATE, PRIVATE_ON_PUBLIC_BEHALF, KINDERGARTEN_PUBLIC_GRANT or SCHOOL_STATE_GRANT.';
comment on column service_provider.sector_code is 'The welfare sector it works in.';
comment on column service_provider.law is 'The law it works under (e.g. opplæringslova).';
comment on column service_provider.address is 'Postal or visiting address.';
comment on column service_provider.unit_id is 'The municipal unit, when the provider is one.';
comment on column service_provider.version is 'Optimistic locking version.';
comment on column service_provider.created_at is 'When the row was created.';
comment on column service_provider.created_by is 'Who created the row.';
comment on column service_provider.modified_at is 'When the row was last changed.';
comment on column service_provider.modified_by is 'Who last changed the row.';

create table provider_contact (
    service_provider_id uuid         not null,
    name                varchar(200) not null,
    role                varchar(200) not null,
    phone               varchar(40),
    email               varchar(200),
    constraint pk_provider_contact primary key (service_provider_id, name, role),
    constraint fk_provider_contact_provider foreign key (service_provider_id) references service_provider (id)
);
comment on table provider_contact is 'A contact person at a service provider (part of the provider).';
comment on column provider_contact.service_provider_id is 'The provider.';
comment on column provider_contact.name is 'The contact''s name.';
comment on column provider_contact.role is 'The contact''s role (e.g. head teacher, PPT adviser).';
comment on column provider_contact.phone is 'Phone.';
comment on column provider_contact.email is 'E-mail.';

create table service (
    id                  uuid          not null,
    family_id           uuid          not null,
    child_id            uuid          not null,
    service_provider_id uuid,
    sector_code         varchar(40)   not null,
    status              varchar(20)   not null,
    description         varchar(1000) not null,
    starts_on           date,
    ends_on             date,
    version             integer       not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    modified_at         timestamptz   not null,
    modified_by         varchar(100)  not null,
    constraint pk_service primary key (id),
    constraint fk_service_family foreign key (family_id) references family (id),
    constraint fk_service_child foreign key (child_id) references child (id),
    constraint fk_service_provider foreign key (service_provider_id) references service_provider (id),
    constraint fk_service_sector foreign key (sector_code) references sector (code),
    constraint ck_service_provider_unless_unmet check (status = 'UNMET_NEED' or service_provider_id is not null),
    constraint ck_service_period check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index ix_service_family_id on service (family_id);
create index ix_service_child_id on service (child_id);
create index ix_service_service_provider_id on service (service_provider_id);
create index ix_service_sector_code on service (sector_code);
comment on table service is 'A service a child receives or has applied for, or a need it has that no service meets (unmet need).';
comment on column service.id is 'Primary key.';
comment on column service.family_id is 'The family.';
comment on column service.child_id is 'The child.';
comment on column service.service_provider_id is 'The provider; empty only for an unmet need without a provider.';
comment on column service.sector_code is 'The sector of the service or need.';
comment on column service.status is 'RECEIVED, APPLIED or UNMET_NEED.';
comment on column service.description is 'What the service or need is.';
comment on column service.starts_on is 'When the service started (or the need arose).';
comment on column service.ends_on is 'When the service ends or ended.';
comment on column service.version is 'Optimistic locking version.';
comment on column service.created_at is 'When the row was created.';
comment on column service.created_by is 'Who created the row.';
comment on column service.modified_at is 'When the row was last changed.';
comment on column service.modified_by is 'Who last changed the row.';
