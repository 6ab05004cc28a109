alter table plan_goal add column written_by_guardian_id uuid;
alter table plan_goal add constraint fk_plan_goal_written_by_guardian foreign key (written_by_guardian_id) references guardian (id);
create index ix_plan_goal_written_by_guardian_id on plan_goal (written_by_guardian_id);
comment on column plan_goal.written_by_guardian_id is 'The guardian who wrote the goal in the family portal (a goal in the family''s own words); empty when staff wrote it.';

create table plan_comment (
    id            uuid          not null,
    plan_id       uuid          not null,
    measure_id    uuid,
    evaluation_id uuid,
    guardian_id   uuid          not null,
    text          varchar(2000) not null,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    modified_at   timestamptz   not null,
    modified_by   varchar(100)  not null,
    constraint pk_plan_comment primary key (id),
    constraint fk_plan_comment_plan foreign key (plan_id) references individual_plan (id),
    constraint fk_plan_comment_measure foreign key (measure_id) references plan_measure (id),
    constraint fk_plan_comment_evaluation foreign key (evaluation_id) references plan_evaluation (id),
    constraint fk_plan_comment_guardian foreign key (guardian_id) references guardian (id),
    constraint ck_plan_comment_target check ((measure_id is null) <> (evaluation_id is null))
);
create index ix_plan_comment_plan_id on plan_comment (plan_id);
create index ix_plan_comment_measure_id on plan_comment (measure_id);
create index ix_plan_comment_evaluation_id on plan_comment (evaluation_id);
create index ix_plan_comment_guardian_id on plan_comment (guardian_id);
comment on table plan_comment is 'The family''s comment on a measure or an evaluation of the individual plan, written in the family portal; never changed. Each makes a task for whoever leads the plan work.';
comment on column plan_comment.id is 'Primary key.';
comment on column plan_comment.plan_id is 'The plan.';
comment on column plan_comment.measure_id is 'The measure commented on, or empty.';
comment on column plan_comment.evaluation_id is 'The evaluation commented on, or empty.';
comment on column plan_comment.guardian_id is 'The guardian who wrote it.';
comment on column plan_comment.text is 'The comment, in the family''s words.';
comment on column plan_comment.created_at is 'When it was written.';
comment on column plan_comment.created_by is 'Who was logged in when it was written.';
comment on column plan_comment.modified_at is 'When the row was last changed (never after it is written).';
comment on column plan_comment.modified_by is 'Who last changed the row.';
