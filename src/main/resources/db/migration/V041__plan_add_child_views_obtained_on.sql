alter table plan_text add column obtained_on date;
comment on column plan_text.obtained_on is 'For the child''s own views (section CHILD_VIEWS): the date they were obtained; who obtained them is the section CHILD_VIEWS_BY. Empty for other sections.';
