create table sector (
    code            varchar(40)  not null,
    name_nb         varchar(200) not null,
    name_nn         varchar(200) not null,
    name_en         varchar(200) not null,
    health_and_care boolean      not null,
    sort_order      integer      not null,
    constraint pk_sector primary key (code)
);
comment on table sector is 'Welfare sectors of the 14 welfare laws (data, not an enum in code).';
comment on column sector.code is 'Stable code used by other tables.';
comment on column sector.name_nb is 'Name in bokmål.';
comment on column sector.name_nn is 'Name in nynorsk.';
comment on column sector.name_en is 'Name in English.';
comment on column sector.health_and_care is 'True for health-and-care services (hol.), which condition (c) of the right needs together with other welfare services.';
comment on column sector.sort_order is 'Display order.';

insert into sector (code, name_nb, name_nn, name_en, health_and_care, sort_order) values
 ('HEALTH_CARE', 'Helse- og omsorgstjenester i kommunen', 'Helse- og omsorgstenester i kommunen', 'Municipal health and care services', true, 10),
 ('SPECIALIST_HEALTH', 'Spesialisthelsetjenesten', 'Spesialisthelsetenesta', 'Specialist health services', true, 20),
 ('MENTAL_HEALTH', 'Psykisk helsevern', 'Psykisk helsevern', 'Mental health care', true, 30),
 ('DENTAL', 'Tannhelsetjenesten', 'Tannhelsetenesta', 'Dental services', true, 40),
 ('KINDERGARTEN', 'Barnehage', 'Barnehage', 'Kindergarten', false, 50),
 ('SCHOOL', 'Skole, SFO og PPT', 'Skule, SFO og PPT', 'School, after-school care and educational psychology service', false, 60),
 ('CHILD_WELFARE', 'Barnevern', 'Barnevern', 'Child welfare', false, 70),
 ('NAV', 'Arbeids- og velferdsforvaltningen (Nav)', 'Arbeids- og velferdsforvaltninga (Nav)', 'Labour and welfare administration (NAV)', false, 80),
 ('FAMILY_COUNSELLING', 'Familievern', 'Familievern', 'Family counselling', false, 90),
 ('CRISIS_CENTRE', 'Krisesenter', 'Krisesenter', 'Crisis centre', false, 100),
 ('INTEGRATION', 'Introduksjonsprogram og integrering', 'Introduksjonsprogram og integrering', 'Introduction programme and integration', false, 110),
 ('ADMINISTRATION', 'Kommunal administrasjon', 'Kommunal administrasjon', 'Municipal administration', false, 120);

create table unit (
    id                uuid         not null,
    name              varchar(200) not null,
    sector_code       varchar(40)  not null,
    coordinating_unit boolean      not null default false,
    version           integer      not null,
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    modified_at       timestamptz  not null,
    modified_by       varchar(100) not null,
    constraint pk_unit primary key (id),
    constraint fk_unit_sector foreign key (sector_code) references sector (code),
    constraint uq_unit_name unique (name)
);
create index ix_unit_sector_code on unit (sector_code);
comment on table unit is 'A municipal unit (school, health station, the coordinating unit …) in a sector.';
comment on column unit.id is 'Primary key.';
comment on column unit.name is 'The unit''s name.';
comment on column unit.sector_code is 'The sector the unit belongs to.';
comment on column unit.coordinating_unit is 'True for the coordinating unit (koordinerende enhet).';
comment on column unit.version is 'Optimistic locking version.';
comment on column unit.created_at is 'When the row was created.';
comment on column unit.created_by is 'Who created the row.';
comment on column unit.modified_at is 'When the row was last changed.';
comment on column unit.modified_by is 'Who last changed the row.';

create table staff_member (
    id              uuid         not null,
    username        varchar(100) not null,
    password_hash   varchar(200) not null,
    full_name       varchar(200) not null,
    role            varchar(30)  not null,
    unit_id         uuid         not null,
    email           varchar(200),
    phone           varchar(40),
    training_status varchar(30)  not null,
    active          boolean      not null default true,
    version         integer      not null,
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    modified_at     timestamptz  not null,
    modified_by     varchar(100) not null,
    constraint pk_staff_member primary key (id),
    constraint uq_staff_member_username unique (username),
    constraint fk_staff_member_unit foreign key (unit_id) references unit (id)
);
create index ix_staff_member_unit_id on staff_member (unit_id);
comment on table staff_member is 'An employee with a local login account.';
comment on column staff_member.id is 'Primary key.';
comment on column staff_member.username is 'Login name.';
comment on column staff_member.password_hash is 'Password hash (bcrypt, with its {id} prefix).';
comment on column staff_member.full_name is 'Full name.';
comment on column staff_member.role is 'KE_CASEWORKER, KE_LEAD, COORDINATOR, LEADER or ADMIN.';
comment on column staff_member.unit_id is 'The unit the person works in.';
comment on column staff_member.email is 'Work e-mail.';
comment on column staff_member.phone is 'Work phone.';
comment on column staff_member.training_status is 'Coordinator training from the coordinating unit: NOT_STARTED, IN_PROGRESS, COMPLETED.';
comment on column staff_member.active is 'False when the account is closed.';
comment on column staff_member.version is 'Optimistic locking version.';
comment on column staff_member.created_at is 'When the row was created.';
comment on column staff_member.created_by is 'Who created the row.';
comment on column staff_member.modified_at is 'When the row was last changed.';
comment on column staff_member.modified_by is 'Who last changed the row.';
