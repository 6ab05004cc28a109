create table password_reset (
    id              uuid         not null,
    staff_member_id uuid         not null,
    token_hash      varchar(64)  not null,
    expires_at      timestamptz  not null,
    used_at         timestamptz,
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    constraint pk_password_reset primary key (id),
    constraint fk_password_reset_staff_member foreign key (staff_member_id) references staff_member (id),
    constraint uq_password_reset_token_hash unique (token_hash)
);
create index ix_password_reset_staff_member_id on password_reset (staff_member_id);
comment on table password_reset is 'A one-time link to set a new password, sent by e-mail when the administrator resets a password. Only the hash of the token is kept; the link works once and until it expires.';
comment on column password_reset.id is 'Primary key.';
comment on column password_reset.staff_member_id is 'The account whose password the link sets.';
comment on column password_reset.token_hash is 'SHA-256 of the token in the link, hex; the token itself is never stored.';
comment on column password_reset.expires_at is 'After this the link no longer works.';
comment on column password_reset.used_at is 'When the link was used to set a password; a used link never works again.';
comment on column password_reset.created_at is 'When the administrator sent the link.';
comment on column password_reset.created_by is 'Username of the administrator who sent it.';
