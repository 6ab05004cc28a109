create table collaboration (
    id                     uuid          not null,
    family_id              uuid          not null,
    child_id               uuid          not null,
    service_provider_id    uuid          not null,
    gives_services         boolean       not null,
    cooperation_needed     boolean       not null,
    need_reason            varchar(2000),
    contacted_on           date,
    agreement_about        varchar(2000),
    agreement_extent       varchar(2000),
    agreement_until        date,
    agreement_organisation varchar(2000),
    version                integer       not null,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    modified_at            timestamptz   not null,
    modified_by            varchar(100)  not null,
    constraint pk_collaboration primary key (id),
    constraint fk_collaboration_family foreign key (family_id) references family (id),
    constraint fk_collaboration_child foreign key (child_id) references child (id),
    constraint fk_collaboration_provider foreign key (service_provider_id) references service_provider (id),
    constraint uq_collaboration_child_provider unique (child_id, service_provider_id)
);
create index ix_collaboration_family_id on collaboration (family_id);
create index ix_collaboration_service_provider_id on collaboration (service_provider_id);
comment on table collaboration is 'The duty to cooperate on one child with one other provider: the three steps and the agreement (hol. § 3-4 and the parallel rules).';
comment on column collaboration.id is 'Primary key.';
comment on column collaboration.family_id is 'The family.';
comment on column collaboration.child_id is 'The child.';
comment on column collaboration.service_provider_id is 'The other provider.';
comment on column collaboration.gives_services is 'Step 1: the provider gives the child services.';
comment on column collaboration.cooperation_needed is 'Step 2: cooperation with the provider is needed.';
comment on column collaboration.need_reason is 'Step 2: why (or why not).';
comment on column collaboration.contacted_on is 'Step 3: when contact was made; only with a consent that covers the provider.';
comment on column collaboration.agreement_about is 'Agreement: what the cooperation is about.';
comment on column collaboration.agreement_extent is 'Agreement: how extensive it is.';
comment on column collaboration.agreement_until is 'Agreement: how long it lasts.';
comment on column collaboration.agreement_organisation is 'Agreement: how it is organised.';
comment on column collaboration.version is 'Optimistic locking version.';
comment on column collaboration.created_at is 'When the row was created.';
comment on column collaboration.created_by is 'Who created the row.';
comment on column collaboration.modified_at is 'When the row was last changed.';
comment on column collaboration.modified_by is 'Who last changed the row.';

create table coordination_responsibility (
    child_id     uuid          not null,
    family_id    uuid          not null,
    unit_id      uuid          not null,
    disagreement varchar(4000),
    ke_decision  varchar(4000),
    version      integer       not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    modified_at  timestamptz   not null,
    modified_by  varchar(100)  not null,
    constraint pk_coordination_responsibility primary key (child_id),
    constraint fk_coordination_responsibility_child foreign key (child_id) references child (id),
    constraint fk_coordination_responsibility_family foreign key (family_id) references family (id),
    constraint fk_coordination_responsibility_unit foreign key (unit_id) references unit (id)
);
create index ix_coordination_responsibility_family_id on coordination_responsibility (family_id);
create index ix_coordination_responsibility_unit_id on coordination_responsibility (unit_id);
comment on table coordination_responsibility is 'Which municipal service coordinates for a child when no coordinator is appointed, as KE named it, with any disagreement and KE''s decision.';
comment on column coordination_responsibility.child_id is 'The child (primary key: one responsibility per child).';
comment on column coordination_responsibility.family_id is 'The family.';
comment on column coordination_responsibility.unit_id is 'The municipal unit that coordinates.';
comment on column coordination_responsibility.disagreement is 'A disagreement about who coordinates.';
comment on column coordination_responsibility.ke_decision is 'The coordinating unit''s decision on the disagreement.';
comment on column coordination_responsibility.version is 'Optimistic locking version.';
comment on column coordination_responsibility.created_at is 'When the row was created.';
comment on column coordination_responsibility.created_by is 'Who created the row.';
comment on column coordination_responsibility.modified_at is 'When the row was last changed.';
comment on column coordination_responsibility.modified_by is 'Who last changed the row.';
