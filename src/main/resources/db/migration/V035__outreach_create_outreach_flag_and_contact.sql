create table outreach_flag (
    id                  uuid         not null,
    family_id           uuid         not null,
    service_provider_id uuid         not null,
    flagged_on          date         not null,
    version             integer      not null,
    created_at          timestamptz  not null,
    created_by          varchar(100) not null,
    modified_at         timestamptz  not null,
    modified_by         varchar(100) not null,
    constraint pk_outreach_flag primary key (id),
    constraint fk_outreach_flag_family foreign key (family_id) references family (id),
    constraint fk_outreach_flag_provider foreign key (service_provider_id) references service_provider (id)
);
create index ix_outreach_flag_family_id on outreach_flag (family_id);
create index ix_outreach_flag_service_provider_id on outreach_flag (service_provider_id);
comment on table outreach_flag is 'A provider contact''s note in the provider portal that a family may need a coordinator: puts the family on KE''s outreach list.';
comment on column outreach_flag.id is 'Primary key.';
comment on column outreach_flag.family_id is 'The family.';
comment on column outreach_flag.service_provider_id is 'The provider whose contact flagged it.';
comment on column outreach_flag.flagged_on is 'The day it was flagged.';
comment on column outreach_flag.version is 'Optimistic lock.';
comment on column outreach_flag.created_at is 'When the row was written.';
comment on column outreach_flag.created_by is 'Username of the provider contact.';
comment on column outreach_flag.modified_at is 'When the row was last changed.';
comment on column outreach_flag.modified_by is 'Username of who last changed it.';

create table outreach_contact (
    id          uuid         not null,
    family_id   uuid         not null,
    informed_on date         not null,
    channel     varchar(20)  not null,
    version     integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_outreach_contact primary key (id),
    constraint fk_outreach_contact_family foreign key (family_id) references family (id),
    constraint ck_outreach_contact_channel check (channel in ('PHONE', 'MEETING', 'LETTER', 'DIGITAL_MAIL', 'EMAIL'))
);
create index ix_outreach_contact_family_id on outreach_contact (family_id, informed_on);
comment on table outreach_contact is 'KE informed a family that may have the right to a barnekoordinator about it (the duty to inform, LAW §5 item 27).';
comment on column outreach_contact.id is 'Primary key.';
comment on column outreach_contact.family_id is 'The family informed.';
comment on column outreach_contact.informed_on is 'The day the family was informed.';
comment on column outreach_contact.channel is 'How: PHONE, MEETING, LETTER, DIGITAL_MAIL or EMAIL.';
comment on column outreach_contact.version is 'Optimistic lock.';
comment on column outreach_contact.created_at is 'When the row was written.';
comment on column outreach_contact.created_by is 'Username of the staff member who informed the family (by whom).';
comment on column outreach_contact.modified_at is 'When the row was last changed.';
comment on column outreach_contact.modified_by is 'Username of who last changed it.';
