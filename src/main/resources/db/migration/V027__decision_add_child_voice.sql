-- The child's voice before the decision (pbrl § 2-5 c with barnekonvensjonen art. 12; LAW.md §5
-- item 26): from the configured age the child's views and how they were obtained, or why the child
-- was not heard, must be recorded before a decision; from the age of great weight, how they were weighed.
alter table decision add column child_views text;
alter table decision add column child_views_how varchar(400);
alter table decision add column child_not_heard_reason varchar(20);
alter table decision add column child_views_weighing text;
alter table decision add constraint ck_decision_child_not_heard_reason
    check (child_not_heard_reason in ('TOO_ILL', 'DECLINED', 'NOT_POSSIBLE'));
comment on column decision.child_views is 'The child''s own views as the decision states them (filled from the assessment, editable).';
comment on column decision.child_views_how is 'How the child''s views were obtained.';
comment on column decision.child_not_heard_reason is 'Why the child was not heard: TOO_ILL, DECLINED or NOT_POSSIBLE; empty when heard or too young to be asked.';
comment on column decision.child_views_weighing is 'How the child''s views were weighed (asked from helhet.rules.child-great-weight-from-age).';
