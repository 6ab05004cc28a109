-- Generated tasks are named by a message key, shown in the reader's language; a task written by a
-- person (an action agreed in a meeting) keeps its text. Existing generated tasks get their key.
alter table task add column title_key varchar(100);
alter table task alter column title drop not null;
update task set title_key = 'task.generated.' || source, title = null where source <> 'MEETING_ACTION';
alter table task add constraint ck_task_title_or_key check (title is not null or title_key is not null);
comment on column task.title is 'What is to be done, as written by a person (an action agreed in a meeting); empty when title_key names it.';
comment on column task.title_key is 'The message key naming a generated task (task.generated.<source>), shown in the reader''s language.';
comment on column task.source is 'MEETING_ACTION, REQUEST_WAITING, TURNING_18 or CONSENT_EXPIRING.';
