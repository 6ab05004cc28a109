create unique index uq_task_generated on task (source, source_id, owner_id) where source <> 'MEETING_ACTION';
