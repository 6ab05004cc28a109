create table erasure_record (
    id           bigint generated always as identity,
    erased_at    timestamptz  not null,
    rule         varchar(100) not null,
    families     integer      not null,
    rows_deleted integer      not null,
    constraint pk_erasure_record primary key (id)
);
create index ix_erasure_record_erased_at on erasure_record (erased_at);
comment on table erasure_record is 'A run of the retention job that erased families: when, by which rule, how many families and rows. Holds no name and no id, so that the record of an erasure is not itself personal data.';
comment on column erasure_record.id is 'Primary key, in order of writing.';
comment on column erasure_record.erased_at is 'When the erasure ran.';
comment on column erasure_record.rule is 'The rule applied, e.g. closed case + P10Y.';
comment on column erasure_record.families is 'How many families were erased.';
comment on column erasure_record.rows_deleted is 'How many rows were deleted in all tables.';
