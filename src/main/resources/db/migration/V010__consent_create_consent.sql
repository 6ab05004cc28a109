create table consent (
    id           uuid         not null,
    family_id    uuid         not null,
    child_id     uuid         not null,
    given_by     varchar(20)  not null,
    form         varchar(20)  not null,
    given_on     date         not null,
    expires_on   date,
    withdrawn_at timestamptz,
    withdrawn_by varchar(100),
    form_document_id uuid,
    version      integer      not null,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    modified_at  timestamptz  not null,
    modified_by  varchar(100) not null,
    constraint pk_consent primary key (id),
    constraint fk_consent_family foreign key (family_id) references family (id),
    constraint fk_consent_child foreign key (child_id) references child (id),
    constraint fk_consent_form_document foreign key (form_document_id) references document (id),
    constraint ck_consent_period check (expires_on is null or expires_on >= given_on)
);
create index ix_consent_family_id on consent (family_id);
create index ix_consent_child_id on consent (child_id);
create index ix_consent_form_document_id on consent (form_document_id);
comment on table consent is 'A consent (samtykke) to share named kinds of information about a child with named providers; can be withdrawn.';
comment on column consent.id is 'Primary key.';
comment on column consent.family_id is 'The family.';
comment on column consent.child_id is 'The child the information is about.';
comment on column consent.given_by is 'GUARDIANS, or YOUTH (the child, from the configured age, for health matters).';
comment on column consent.form is 'WRITTEN or ORAL.';
comment on column consent.given_on is 'The day the consent was given.';
comment on column consent.expires_on is 'The last day the consent holds, if limited.';
comment on column consent.withdrawn_at is 'When the consent was withdrawn; it stops at once.';
comment on column consent.withdrawn_by is 'Who recorded the withdrawal.';
comment on column consent.form_document_id is 'The consent form to sign (PDF/A-2).';
comment on column consent.version is 'Optimistic locking version.';
comment on column consent.created_at is 'When the consent was recorded.';
comment on column consent.created_by is 'Who recorded the consent.';
comment on column consent.modified_at is 'When the row was last changed.';
comment on column consent.modified_by is 'Who last changed the row.';

create table consent_guardian (
    consent_id  uuid not null,
    guardian_id uuid not null,
    constraint pk_consent_guardian primary key (consent_id, guardian_id),
    constraint fk_consent_guardian_consent foreign key (consent_id) references consent (id),
    constraint fk_consent_guardian_guardian foreign key (guardian_id) references guardian (id)
);
create index ix_consent_guardian_guardian_id on consent_guardian (guardian_id);
comment on table consent_guardian is 'The guardians who gave a consent.';
comment on column consent_guardian.consent_id is 'The consent.';
comment on column consent_guardian.guardian_id is 'A guardian who gave it.';

create table consent_provider (
    consent_id          uuid not null,
    service_provider_id uuid not null,
    constraint pk_consent_provider primary key (consent_id, service_provider_id),
    constraint fk_consent_provider_consent foreign key (consent_id) references consent (id),
    constraint fk_consent_provider_provider foreign key (service_provider_id) references service_provider (id)
);
create index ix_consent_provider_service_provider_id on consent_provider (service_provider_id);
comment on table consent_provider is 'The providers a consent lets share and receive information.';
comment on column consent_provider.consent_id is 'The consent.';
comment on column consent_provider.service_provider_id is 'A provider it covers.';

create table consent_information (
    consent_id uuid        not null,
    kind       varchar(30) not null,
    constraint pk_consent_information primary key (consent_id, kind),
    constraint fk_consent_information_consent foreign key (consent_id) references consent (id)
);
comment on table consent_information is 'The kinds of information a consent covers.';
comment on column consent_information.consent_id is 'The consent.';
comment on column consent_information.kind is 'HEALTH, KINDERGARTEN, SCHOOL, CHILD_WELFARE, NAV, PLAN or MEETING_MINUTES.';
