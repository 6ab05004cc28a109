-- Retention: case notes stay append-only, except that the retention job may delete a family's
-- notes in the transaction that erases the family (it sets helhet.erasure to the family's id with
-- set_config(..., true), which lasts only until that transaction ends). See docs/adr/0012-privacy-from-the-catalogue.md.
create or replace function case_note_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('helhet.erasure', true) = old.family_id::text then
        return old;
    end if;
    raise exception 'case_note is append-only: write a correcting note instead';
end;
$$;
