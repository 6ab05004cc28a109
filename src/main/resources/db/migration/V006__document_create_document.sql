create table document (
    id           uuid         not null,
    family_id    uuid         not null,
    kind         varchar(40)  not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    constraint pk_document primary key (id),
    constraint fk_document_family foreign key (family_id) references family (id)
);
create index ix_document_family_id on document (family_id);
comment on table document is 'A letter or other document stored with a family''s case (PDF/A-2); never changed once written.';
comment on column document.id is 'Primary key.';
comment on column document.family_id is 'The family.';
comment on column document.kind is 'DECISION_LETTER, APPOINTMENT_LETTER or PRELIMINARY_ANSWER.';
comment on column document.file_name is 'File name offered on download (no personal data).';
comment on column document.content_type is 'MIME type.';
comment on column document.content is 'The document''s bytes.';
comment on column document.created_at is 'When the document was made.';
comment on column document.created_by is 'Who made it.';
