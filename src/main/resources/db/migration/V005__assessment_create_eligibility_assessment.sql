create table eligibility_assessment (
    id                      uuid         not null,
    coordinator_request_id  uuid         not null,
    family_id               uuid         not null,
    child_id                uuid         not null,
    status                  varchar(20)  not null,
    age_conclusion          varchar(20),
    age_reason              text,
    illness_kinds           varchar(200),
    illness_conclusion      varchar(20),
    illness_reason          text,
    need_long_term          boolean      not null default false,
    need_composite          boolean      not null default false,
    need_health_care        boolean      not null default false,
    need_other_welfare      boolean      not null default false,
    need_conclusion         varchar(20),
    need_reason             text,
    child_views             text,
    child_views_how         varchar(400),
    child_views_on          date,
    family_views            text,
    version                 integer      not null,
    created_at              timestamptz  not null,
    created_by              varchar(100) not null,
    modified_at             timestamptz  not null,
    modified_by             varchar(100) not null,
    constraint pk_eligibility_assessment primary key (id),
    constraint fk_eligibility_assessment_request foreign key (coordinator_request_id) references coordinator_request (id),
    constraint fk_eligibility_assessment_family foreign key (family_id) references family (id),
    constraint fk_eligibility_assessment_child foreign key (child_id) references child (id)
);
create index ix_eligibility_assessment_coordinator_request_id on eligibility_assessment (coordinator_request_id);
create index ix_eligibility_assessment_family_id on eligibility_assessment (family_id);
create index ix_eligibility_assessment_child_id on eligibility_assessment (child_id);
comment on table eligibility_assessment is 'The caseworker''s structured assessment of the three conditions of the right, with reasons; frozen once decided.';
comment on column eligibility_assessment.id is 'Primary key.';
comment on column eligibility_assessment.coordinator_request_id is 'The request assessed.';
comment on column eligibility_assessment.family_id is 'The family.';
comment on column eligibility_assessment.child_id is 'The child whose needs are assessed.';
comment on column eligibility_assessment.status is 'DRAFT, or DECIDED (frozen).';
comment on column eligibility_assessment.age_conclusion is 'Condition (a), child under 18 or expected: MET, NOT_MET or UNCLEAR.';
comment on column eligibility_assessment.age_reason is 'Reason for condition (a).';
comment on column eligibility_assessment.illness_kinds is 'Condition (b): kinds of illness, injury or reduced function, comma-separated (SOMATIC, MENTAL, PHYSICAL, SOCIAL, COGNITIVE, SENSORY).';
comment on column eligibility_assessment.illness_conclusion is 'Condition (b), serious illness, injury or reduced function: MET, NOT_MET or UNCLEAR.';
comment on column eligibility_assessment.illness_reason is 'Reason for condition (b).';
comment on column eligibility_assessment.need_long_term is 'Condition (c): the need is long-term.';
comment on column eligibility_assessment.need_composite is 'Condition (c): the services must be composite or coordinated.';
comment on column eligibility_assessment.need_health_care is 'Condition (c): a need for health-and-care services.';
comment on column eligibility_assessment.need_other_welfare is 'Condition (c): a need for other welfare services.';
comment on column eligibility_assessment.need_conclusion is 'Condition (c): MET, NOT_MET or UNCLEAR.';
comment on column eligibility_assessment.need_reason is 'Reason for condition (c).';
comment on column eligibility_assessment.child_views is 'The child''s own views.';
comment on column eligibility_assessment.child_views_how is 'How the child''s views were obtained.';
comment on column eligibility_assessment.child_views_on is 'When the child''s views were obtained.';
comment on column eligibility_assessment.family_views is 'The family''s views.';
comment on column eligibility_assessment.version is 'Optimistic locking version.';
comment on column eligibility_assessment.created_at is 'When the row was created.';
comment on column eligibility_assessment.created_by is 'Who created the row.';
comment on column eligibility_assessment.modified_at is 'When the row was last changed.';
comment on column eligibility_assessment.modified_by is 'Who last changed the row.';

create table assessed_need (
    eligibility_assessment_id uuid         not null,
    sector_code               varchar(40)  not null,
    current_services          text,
    unmet_needs               text,
    constraint pk_assessed_need primary key (eligibility_assessment_id, sector_code),
    constraint fk_assessed_need_assessment foreign key (eligibility_assessment_id) references eligibility_assessment (id),
    constraint fk_assessed_need_sector foreign key (sector_code) references sector (code)
);
create index ix_assessed_need_sector_code on assessed_need (sector_code);
comment on table assessed_need is 'Condition (c) by sector: services the child already has, and needs not yet met.';
comment on column assessed_need.eligibility_assessment_id is 'The assessment.';
comment on column assessed_need.sector_code is 'The sector.';
comment on column assessed_need.current_services is 'Services the child receives in this sector.';
comment on column assessed_need.unmet_needs is 'Needs in this sector not yet met.';
