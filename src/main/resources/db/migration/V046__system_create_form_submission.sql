-- One-time form tokens (issue 12): a form that creates a record carries a random token; the first
-- submission inserts it here, so a second submission with the same token, on any node, is answered
-- with what the first one made instead of creating a duplicate.
create table form_submission (
    token        uuid                     not null,
    username     varchar(100)             not null,
    submitted_at timestamp with time zone not null,
    location     varchar(2000),
    constraint pk_form_submission primary key (token)
);
create index ix_form_submission_submitted_at on form_submission (submitted_at);
comment on table form_submission is 'One row per submitted one-time form token: a second submission of the same form is redirected to what the first one made. Rows older than a day are deleted.';
comment on column form_submission.token is 'The random token the form carried (hidden field _formToken).';
comment on column form_submission.username is 'Who submitted it (a token only counts for the same user).';
comment on column form_submission.submitted_at is 'When the first submission arrived.';
comment on column form_submission.location is 'Where the first submission redirected (the record it made); empty while it runs.';
