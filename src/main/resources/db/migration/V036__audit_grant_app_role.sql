-- Two roles (issue 12 item 3): Flyway migrates as the owner of the schema (the current user here);
-- the application runs as ${appRole}, which may read and write the data but only read and append to
-- the access log, so that it can neither change nor delete a record nor switch off the trigger (only
-- an owner may ALTER TABLE). When the application connects as the owner itself (one role for both,
-- or no such role), this migration changes nothing; docs/security.md says how to set up the two.
do $$
begin
    if exists (select from pg_roles where rolname = '${appRole}') and '${appRole}' <> current_user then
        execute format('grant usage on schema public to %I', '${appRole}');
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${appRole}');
        execute format('grant usage, select on all sequences in schema public to %I', '${appRole}');
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                       '${appRole}');
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', '${appRole}');
        execute format('revoke update, delete, truncate, references, trigger on access_log from %I', '${appRole}');
    end if;
end $$;
