create table login_attempt (
    id             bigint generated always as identity,
    attempted_at   timestamptz  not null,
    username       varchar(100) not null,
    client_address varchar(64)  not null,
    outcome        varchar(10)  not null,
    constraint pk_login_attempt primary key (id),
    constraint ck_login_attempt_outcome check (outcome in ('SUCCESS', 'FAILURE', 'REFUSED'))
);
-- The throttle counts recent failures per account (case-insensitive) and per client address.
create index ix_login_attempt_username on login_attempt (lower(username), attempted_at) where outcome = 'FAILURE';
create index ix_login_attempt_client_address on login_attempt (client_address, attempted_at) where outcome = 'FAILURE';
-- The page of recent failures, newest first.
create index ix_login_attempt_attempted_at on login_attempt (attempted_at);
comment on table login_attempt is 'Every login attempt with its outcome, for throttling password guessing across all nodes and for the page of recent failures. Never holds a password.';
comment on column login_attempt.id is 'Primary key, in order of writing.';
comment on column login_attempt.attempted_at is 'When the attempt was made.';
comment on column login_attempt.username is 'The username as typed (trimmed, cut to 100 characters); it need not belong to an account.';
comment on column login_attempt.client_address is 'The client''s IP address as the server saw it.';
comment on column login_attempt.outcome is 'SUCCESS, FAILURE (wrong username or password, or an inactive account) or REFUSED (too many recent failures; the password was not checked).';
