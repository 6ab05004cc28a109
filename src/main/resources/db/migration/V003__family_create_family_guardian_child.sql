create table family (
    id                    uuid         not null,
    address_municipality  varchar(100) not null,
    phone                 varchar(40),
    email                 varchar(200),
    version               integer      not null,
    created_at            timestamptz  not null,
    created_by            varchar(100) not null,
    modified_at           timestamptz  not null,
    modified_by           varchar(100) not null,
    constraint pk_family primary key (id)
);
comment on table family is 'A family: the holder of the right to a barnekoordinator.';
comment on column family.id is 'Primary key (random, so that ids reveal nothing).';
comment on column family.address_municipality is 'The municipality the family lives in.';
comment on column family.phone is 'The family''s contact phone.';
comment on column family.email is 'The family''s contact e-mail.';
comment on column family.version is 'Optimistic locking version.';
comment on column family.created_at is 'When the row was created.';
comment on column family.created_by is 'Who created the row.';
comment on column family.modified_at is 'When the row was last changed.';
comment on column family.modified_by is 'Who last changed the row.';

create table guardian (
    id                      uuid         not null,
    family_id               uuid         not null,
    national_id             varchar(11)  not null,
    given_name              varchar(100) not null,
    family_name             varchar(100) not null,
    parental_responsibility boolean      not null default true,
    phone                   varchar(40),
    email                   varchar(200),
    version                 integer      not null,
    created_at              timestamptz  not null,
    created_by              varchar(100) not null,
    modified_at             timestamptz  not null,
    modified_by             varchar(100) not null,
    constraint pk_guardian primary key (id),
    constraint fk_guardian_family foreign key (family_id) references family (id)
);
create index ix_guardian_family_id on guardian (family_id);
create index ix_guardian_national_id on guardian (national_id);
create index ix_guardian_name on guardian (lower(family_name), lower(given_name));
comment on table guardian is 'A parent or other person with parental responsibility in a family.';
comment on column guardian.id is 'Primary key.';
comment on column guardian.family_id is 'The family.';
comment on column guardian.national_id is 'Fødselsnummer or D-number (never in URLs or logs; masked in lists).';
comment on column guardian.given_name is 'Given name(s).';
comment on column guardian.family_name is 'Family name.';
comment on column guardian.parental_responsibility is 'Whether the guardian holds parental responsibility.';
comment on column guardian.phone is 'Phone.';
comment on column guardian.email is 'E-mail.';
comment on column guardian.version is 'Optimistic locking version.';
comment on column guardian.created_at is 'When the row was created.';
comment on column guardian.created_by is 'Who created the row.';
comment on column guardian.modified_at is 'When the row was last changed.';
comment on column guardian.modified_by is 'Who last changed the row.';

create table child (
    id            uuid         not null,
    family_id     uuid         not null,
    national_id   varchar(11),
    given_name    varchar(100),
    family_name   varchar(100),
    birth_date    date,
    expected_date date,
    expected_kind varchar(20),
    version       integer      not null,
    created_at    timestamptz  not null,
    created_by    varchar(100) not null,
    modified_at   timestamptz  not null,
    modified_by   varchar(100) not null,
    constraint pk_child primary key (id),
    constraint fk_child_family foreign key (family_id) references family (id),
    constraint ck_child_born_or_expected check (birth_date is not null or (expected_date is not null and expected_kind is not null))
);
create index ix_child_family_id on child (family_id);
create index ix_child_national_id on child (national_id);
create index ix_child_name on child (lower(family_name), lower(given_name));
comment on table child is 'A child or youth in the family, or an expected child (pregnancy or adoption under way).';
comment on column child.id is 'Primary key.';
comment on column child.family_id is 'The family.';
comment on column child.national_id is 'Fødselsnummer or D-number; empty for an expected child.';
comment on column child.given_name is 'Given name(s); may be empty for an expected child.';
comment on column child.family_name is 'Family name.';
comment on column child.birth_date is 'Date of birth (from the national id).';
comment on column child.expected_date is 'Due date, or the expected arrival of an adopted child.';
comment on column child.expected_kind is 'PREGNANCY or ADOPTION for an expected child.';
comment on column child.version is 'Optimistic locking version.';
comment on column child.created_at is 'When the row was created.';
comment on column child.created_by is 'Who created the row.';
comment on column child.modified_at is 'When the row was last changed.';
comment on column child.modified_by is 'Who last changed the row.';
