create table case_note (
    id               uuid          not null,
    family_id        uuid          not null,
    child_id         uuid,
    noted_on         date          not null,
    text             text          not null,
    corrects_note_id uuid,
    author_username  varchar(100)  not null,
    author_name      varchar(200)  not null,
    author_role      varchar(30)   not null,
    created_at       timestamptz   not null,
    constraint pk_case_note primary key (id),
    constraint fk_case_note_family foreign key (family_id) references family (id),
    constraint fk_case_note_child foreign key (child_id) references child (id),
    constraint fk_case_note_corrects foreign key (corrects_note_id) references case_note (id)
);
create index ix_case_note_family_id on case_note (family_id, created_at);
create index ix_case_note_child_id on case_note (child_id);
create index ix_case_note_corrects_note_id on case_note (corrects_note_id);
comment on table case_note is 'A dated, signed note in a family''s case (journalnotat); append-only: a correction is a new note pointing to the old one.';
comment on column case_note.id is 'Primary key.';
comment on column case_note.family_id is 'The family.';
comment on column case_note.child_id is 'The child the note is about, if one.';
comment on column case_note.noted_on is 'The date the note is about (a contact, a call, a meeting).';
comment on column case_note.text is 'The note.';
comment on column case_note.corrects_note_id is 'The earlier note this one corrects.';
comment on column case_note.author_username is 'Who wrote it (signature): username.';
comment on column case_note.author_name is 'Who wrote it (signature): full name at the time.';
comment on column case_note.author_role is 'Who wrote it (signature): role at the time.';
comment on column case_note.created_at is 'When it was written.';

create function case_note_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_note is append-only: write a correcting note instead';
end;
$$;
create trigger tr_case_note_append_only before update or delete on case_note
    for each row execute function case_note_append_only();
