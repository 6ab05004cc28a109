create table individual_plan (
    id uuid not null,
    family_id uuid not null,
    child_id uuid not null,
    lead_staff_id uuid,
    status varchar(20) not null,
    approved_version integer not null,
    period_from date,
    period_until date,
    next_evaluation_on date,
    revision_on date,
    version     integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_individual_plan primary key (id),
    constraint fk_individual_plan_family foreign key (family_id) references family (id),
    constraint fk_individual_plan_child foreign key (child_id) references child (id),
    constraint fk_individual_plan_lead_staff foreign key (lead_staff_id) references staff_member (id),
    constraint uq_individual_plan_child unique (child_id),
    constraint ck_individual_plan_status check (status in ('DRAFT', 'APPROVED'))
);
create index ix_individual_plan_family_id on individual_plan (family_id);
create index ix_individual_plan_lead_staff_id on individual_plan (lead_staff_id);
create index ix_individual_plan_next_evaluation_on on individual_plan (next_evaluation_on);
comment on table individual_plan is 'The individual plan (individuell plan) of one child: one plan per child (forskrift om habilitering, rehabilitering, individuell plan og koordinator §§ 16-21).';
comment on column individual_plan.id is 'Primary key.';
comment on column individual_plan.family_id is 'The family.';
comment on column individual_plan.child_id is 'The child the plan is for (one plan per child).';
comment on column individual_plan.lead_staff_id is 'Who leads the plan work (usually the coordinator); empty while not settled.';
comment on column individual_plan.status is 'DRAFT (being written or changed since the last approval) or APPROVED (frozen as the last approved version).';
comment on column individual_plan.approved_version is 'The number of the last approved version; 0 before the first approval.';
comment on column individual_plan.period_from is 'The plan period: from.';
comment on column individual_plan.period_until is 'The plan period: until.';
comment on column individual_plan.next_evaluation_on is 'When the plan is next evaluated; past this date without an evaluation it is overdue.';
comment on column individual_plan.revision_on is 'When the plan is next revised.';
comment on column individual_plan.version is 'Optimistic locking version.';
comment on column individual_plan.created_at is 'When the row was created.';
comment on column individual_plan.created_by is 'Who created the row.';
comment on column individual_plan.modified_at is 'When the row was last changed.';
comment on column individual_plan.modified_by is 'Who last changed the row.';

create table plan_text (
    id uuid not null,
    plan_id uuid not null,
    section varchar(40) not null,
    text varchar(8000),
    version     integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_plan_text primary key (id),
    constraint fk_plan_text_plan foreign key (plan_id) references individual_plan (id),
    constraint uq_plan_text_plan_section unique (plan_id, section)
);
comment on table plan_text is 'A written section of a plan (the own goals, resources, needs, contributions, cooperation, the child''s views), each with its own version so that two people editing different sections do not collide.';
comment on column plan_text.id is 'Primary key.';
comment on column plan_text.plan_id is 'The plan.';
comment on column plan_text.section is 'OWN_GOALS, RESOURCES, NEEDS, CHILD_CONTRIBUTION, FAMILY_CONTRIBUTION, RELATIVES_CONTRIBUTION, COOPERATION, CHILD_VIEWS, CHILD_VIEWS_HOW or CHILD_VIEWS_BY.';
comment on column plan_text.text is 'The text, in the words of the child and family where it is theirs.';
comment on column plan_text.version is 'Optimistic locking version, per section.';
comment on column plan_text.created_at is 'When the row was created.';
comment on column plan_text.created_by is 'Who created the row.';
comment on column plan_text.modified_at is 'When the row was last changed.';
comment on column plan_text.modified_by is 'Who last changed the row.';

create table plan_participant (
    id uuid not null,
    plan_id uuid not null,
    name varchar(200) not null,
    service_provider_id uuid,
    role varchar(200) not null,
    contribution varchar(2000),
    version     integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_plan_participant primary key (id),
    constraint fk_plan_participant_plan foreign key (plan_id) references individual_plan (id),
    constraint fk_plan_participant_provider foreign key (service_provider_id) references service_provider (id)
);
create index ix_plan_participant_plan_id on plan_participant (plan_id);
create index ix_plan_participant_service_provider_id on plan_participant (service_provider_id);
comment on table plan_participant is 'Who takes part in the plan work: people and providers, with their role and what they contribute.';
comment on column plan_participant.id is 'Primary key.';
comment on column plan_participant.plan_id is 'The plan.';
comment on column plan_participant.name is 'The person''s name.';
comment on column plan_participant.service_provider_id is 'The provider the person comes from, if any.';
comment on column plan_participant.role is 'The role in the plan work (e.g. mother, teacher, physiotherapist).';
comment on column plan_participant.contribution is 'What the participant contributes.';
comment on column plan_participant.version is 'Optimistic locking version.';
comment on column plan_participant.created_at is 'When the row was created.';
comment on column plan_participant.created_by is 'Who created the row.';
comment on column plan_participant.modified_at is 'When the row was last changed.';
comment on column plan_participant.modified_by is 'Who last changed the row.';

create table plan_goal (
    id uuid not null,
    plan_id uuid not null,
    position integer not null,
    text varchar(2000) not null,
    version     integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_plan_goal primary key (id),
    constraint fk_plan_goal_plan foreign key (plan_id) references individual_plan (id)
);
create index ix_plan_goal_plan_id on plan_goal (plan_id);
comment on table plan_goal is 'A goal of the plan, in the words of the child and family; measures serve it and it is evaluated.';
comment on column plan_goal.id is 'Primary key.';
comment on column plan_goal.plan_id is 'The plan.';
comment on column plan_goal.position is 'Order on the page.';
comment on column plan_goal.text is 'The goal.';
comment on column plan_goal.version is 'Optimistic locking version.';
comment on column plan_goal.created_at is 'When the row was created.';
comment on column plan_goal.created_by is 'Who created the row.';
comment on column plan_goal.modified_at is 'When the row was last changed.';
comment on column plan_goal.modified_by is 'Who last changed the row.';

create table plan_measure (
    id uuid not null,
    plan_id uuid not null,
    goal_id uuid,
    description varchar(2000) not null,
    extent varchar(500),
    how varchar(2000),
    service_provider_id uuid,
    responsible_person varchar(200),
    service_id uuid,
    starts_on date,
    ends_on date,
    status varchar(20) not null,
    version     integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_plan_measure primary key (id),
    constraint fk_plan_measure_plan foreign key (plan_id) references individual_plan (id),
    constraint fk_plan_measure_goal foreign key (goal_id) references plan_goal (id),
    constraint fk_plan_measure_provider foreign key (service_provider_id) references service_provider (id),
    constraint fk_plan_measure_service foreign key (service_id) references service (id),
    constraint ck_plan_measure_status check (status in ('PLANNED', 'ONGOING', 'DONE', 'STOPPED'))
);
create index ix_plan_measure_plan_id on plan_measure (plan_id);
create index ix_plan_measure_goal_id on plan_measure (goal_id);
create index ix_plan_measure_service_provider_id on plan_measure (service_provider_id);
create index ix_plan_measure_service_id on plan_measure (service_id);
comment on table plan_measure is 'A measure of the plan: what is done, its extent, how it is carried out, who is responsible, start and end.';
comment on column plan_measure.id is 'Primary key.';
comment on column plan_measure.plan_id is 'The plan.';
comment on column plan_measure.goal_id is 'The goal the measure serves.';
comment on column plan_measure.description is 'What is done.';
comment on column plan_measure.extent is 'Its extent (e.g. two hours a week).';
comment on column plan_measure.how is 'How it is carried out.';
comment on column plan_measure.service_provider_id is 'The responsible provider.';
comment on column plan_measure.responsible_person is 'The responsible person.';
comment on column plan_measure.service_id is 'The child''s service already recorded with the provider, if the measure is one (nothing typed twice).';
comment on column plan_measure.starts_on is 'Start.';
comment on column plan_measure.ends_on is 'End.';
comment on column plan_measure.status is 'PLANNED, ONGOING, DONE or STOPPED.';
comment on column plan_measure.version is 'Optimistic locking version.';
comment on column plan_measure.created_at is 'When the row was created.';
comment on column plan_measure.created_by is 'Who created the row.';
comment on column plan_measure.modified_at is 'When the row was last changed.';
comment on column plan_measure.modified_by is 'Who last changed the row.';

create table plan_evaluation (
    id uuid not null,
    plan_id uuid not null,
    goal_id uuid,
    measure_id uuid,
    evaluated_on date not null,
    outcome varchar(20) not null,
    comment varchar(4000),
    participants varchar(1000),
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_plan_evaluation primary key (id),
    constraint fk_plan_evaluation_plan foreign key (plan_id) references individual_plan (id),
    constraint fk_plan_evaluation_goal foreign key (goal_id) references plan_goal (id),
    constraint fk_plan_evaluation_measure foreign key (measure_id) references plan_measure (id),
    constraint ck_plan_evaluation_outcome check (outcome in ('ACHIEVED', 'IN_PROGRESS', 'NOT_ACHIEVED', 'CHANGED')),
    constraint ck_plan_evaluation_target check (goal_id is not null or measure_id is not null)
);
create index ix_plan_evaluation_plan_id on plan_evaluation (plan_id);
create index ix_plan_evaluation_goal_id on plan_evaluation (goal_id);
create index ix_plan_evaluation_measure_id on plan_evaluation (measure_id);
comment on table plan_evaluation is 'A dated evaluation of a goal or a measure of the plan; never changed.';
comment on column plan_evaluation.id is 'Primary key.';
comment on column plan_evaluation.plan_id is 'The plan.';
comment on column plan_evaluation.goal_id is 'The goal evaluated (or the measure''s goal).';
comment on column plan_evaluation.measure_id is 'The measure evaluated, if a measure.';
comment on column plan_evaluation.evaluated_on is 'When the evaluation took place.';
comment on column plan_evaluation.outcome is 'ACHIEVED, IN_PROGRESS, NOT_ACHIEVED or CHANGED.';
comment on column plan_evaluation.comment is 'What was found.';
comment on column plan_evaluation.participants is 'Who took part.';
comment on column plan_evaluation.created_at is 'When the row was created.';
comment on column plan_evaluation.created_by is 'Who created the row.';
comment on column plan_evaluation.modified_at is 'When the row was last changed.';
comment on column plan_evaluation.modified_by is 'Who last changed the row.';

create table plan_change (
    id uuid not null,
    plan_id uuid not null,
    item_key varchar(100) not null,
    before_text varchar(8000),
    after_text varchar(8000),
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_plan_change primary key (id),
    constraint fk_plan_change_plan foreign key (plan_id) references individual_plan (id)
);
create index ix_plan_change_plan_id on plan_change (plan_id);
comment on table plan_change is 'Every change of a plan: who changed what and when, with the text before and after; never changed.';
comment on column plan_change.id is 'Primary key.';
comment on column plan_change.plan_id is 'The plan.';
comment on column plan_change.item_key is 'What was changed: a section (section.ownGoals) or an item (goal.<id>, measure.<id>, participant.<id>).';
comment on column plan_change.before_text is 'The text before; empty when added.';
comment on column plan_change.after_text is 'The text after; empty when removed.';
comment on column plan_change.created_at is 'When the row was created.';
comment on column plan_change.created_by is 'Who created the row.';
comment on column plan_change.modified_at is 'When the row was last changed.';
comment on column plan_change.modified_by is 'Who last changed the row.';

create table plan_version (
    id uuid not null,
    plan_id uuid not null,
    number integer not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_plan_version primary key (id),
    constraint fk_plan_version_plan foreign key (plan_id) references individual_plan (id),
    constraint uq_plan_version_plan_number unique (plan_id, number)
);
comment on table plan_version is 'An approved version of a plan, frozen: its number and when and by whom it was approved.';
comment on column plan_version.id is 'Primary key.';
comment on column plan_version.plan_id is 'The plan.';
comment on column plan_version.number is 'The version number, from 1.';
comment on column plan_version.created_at is 'When the row was created.';
comment on column plan_version.created_by is 'Who created the row.';
comment on column plan_version.modified_at is 'When the row was last changed.';
comment on column plan_version.modified_by is 'Who last changed the row.';

create table plan_version_item (
    plan_version_id uuid          not null,
    item_key        varchar(100)  not null,
    label           varchar(2000) not null,
    content         varchar(8000),
    constraint pk_plan_version_item primary key (plan_version_id, item_key),
    constraint fk_plan_version_item_plan_version foreign key (plan_version_id) references plan_version (id)
);
comment on table plan_version_item is 'The content of an approved plan version, item by item, to compare versions.';
comment on column plan_version_item.plan_version_id is 'The version.';
comment on column plan_version_item.item_key is 'The item: section.<name>, goal.<id>, measure.<id> or participant.<id>.';
comment on column plan_version_item.label is 'The item''s heading: a message key for sections, the goal or measure for items.';
comment on column plan_version_item.content is 'The item''s text as approved.';
