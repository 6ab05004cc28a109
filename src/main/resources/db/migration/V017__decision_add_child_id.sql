-- The child a decision concerns, kept by the decision itself so that no other module's table is
-- needed to place it on the child's timeline. Filled from the assessment the decision rests on.
alter table decision add column child_id uuid;
update decision d set child_id = a.child_id from eligibility_assessment a where a.id = d.eligibility_assessment_id;
alter table decision alter column child_id set not null;
alter table decision add constraint fk_decision_child foreign key (child_id) references child (id);
create index ix_decision_child_id on decision (child_id);
comment on column decision.child_id is 'The child the decision concerns (the child of the assessment).';
