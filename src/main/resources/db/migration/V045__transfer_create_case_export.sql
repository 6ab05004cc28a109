create table case_export (
    id                 uuid         not null,
    family_id          uuid         not null,
    appointment_id     uuid         not null,
    new_municipality   varchar(200) not null,
    consent_given_by   varchar(20)  not null,
    consent_given_on   date         not null,
    exported_on        date         not null,
    json_content       text         not null,
    pdf_content        bytea        not null,
    created_at         timestamptz  not null,
    created_by         varchar(100) not null,
    constraint pk_case_export primary key (id),
    constraint fk_case_export_family foreign key (family_id) references family (id),
    constraint fk_case_export_appointment foreign key (appointment_id) references appointment (id),
    constraint ck_case_export_consent_given_by check (consent_given_by in ('GUARDIANS', 'YOUTH'))
);
create index ix_case_export_family_id on case_export (family_id);
create index ix_case_export_appointment_id on case_export (appointment_id);
comment on table case_export is 'A case exported for a new municipality when the family moves away, with the family''s consent; never changed.';
comment on column case_export.id is 'Primary key.';
comment on column case_export.family_id is 'The family.';
comment on column case_export.appointment_id is 'The appointment that ended with reason MOVED_AWAY.';
comment on column case_export.new_municipality is 'The municipality the family moves to.';
comment on column case_export.consent_given_by is 'Who consented to the export: GUARDIANS or YOUTH.';
comment on column case_export.consent_given_on is 'When the family consented to the export.';
comment on column case_export.exported_on is 'The day of the export.';
comment on column case_export.json_content is 'The machine-readable export (docs/case-export.schema.json).';
comment on column case_export.pdf_content is 'The PDF/A-2 bundle for the new municipality.';
comment on column case_export.created_at is 'When the row was created.';
comment on column case_export.created_by is 'Who created the row.';
