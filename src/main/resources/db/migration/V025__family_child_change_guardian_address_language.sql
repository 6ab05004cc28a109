create table child_change (
    id          uuid         not null,
    child_id    uuid         not null,
    family_id   uuid         not null,
    kind        varchar(20)  not null,
    fields      varchar(200) not null,
    version     integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_child_change primary key (id),
    constraint fk_child_change_child foreign key (child_id) references child (id),
    constraint fk_child_change_family foreign key (family_id) references family (id),
    constraint ck_child_change_kind check (kind in ('BORN', 'CORRECTED'))
);
create index ix_child_change_child_id on child_change (child_id);
create index ix_child_change_family_id on child_change (family_id, created_at);
comment on table child_change is 'A child registered as born, or a correction of a child''s details: the chronology''s record of changes to a child. Never changed.';
comment on column child_change.id is 'Primary key.';
comment on column child_change.child_id is 'The child changed.';
comment on column child_change.family_id is 'The child''s family, for the chronology.';
comment on column child_change.kind is 'BORN (an expected child registered as born) or CORRECTED (details corrected).';
comment on column child_change.fields is 'Which details changed, comma-separated (NATIONAL_ID, GIVEN_NAME, FAMILY_NAME, BIRTH_DATE, EXPECTED_DATE, EXPECTED_KIND); never the values.';
comment on column child_change.version is 'Optimistic locking version (rows are never changed).';
comment on column child_change.created_at is 'When the change was made.';
comment on column child_change.created_by is 'Who made the change.';
comment on column child_change.modified_at is 'Same as created_at.';
comment on column child_change.modified_by is 'Same as created_by.';

alter table guardian add column street_address varchar(200);
alter table guardian add column postcode varchar(4);
alter table guardian add column post_place varchar(100);
comment on column guardian.street_address is 'Street address for letters (street and number, or a post box).';
comment on column guardian.postcode is 'Norwegian postcode, four digits.';
comment on column guardian.post_place is 'Post place (poststed).';

alter table family add column letter_language varchar(2);
alter table family add constraint ck_family_letter_language check (letter_language in ('nb', 'nn'));
comment on column family.letter_language is 'The written standard the family wants letters in: nb (bokmål) or nn (nynorsk); empty means the municipality''s default.';
