create sequence web_request_receipt_seq;
comment on sequence web_request_receipt_seq is 'The running part of the receipt numbers of the public request form.';

create table web_request (
    id             uuid         not null,
    receipt_number varchar(20)  not null,
    received_at    timestamptz  not null,
    contact_name   varchar(100) not null,
    phone          varchar(20)  not null,
    email          varchar(254),
    call_time      varchar(100),
    status         varchar(10)  not null,
    handled_at     timestamptz,
    handled_by     varchar(100),
    version        integer      not null,
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    modified_at    timestamptz  not null,
    modified_by    varchar(100) not null,
    constraint pk_web_request primary key (id),
    constraint uq_web_request_receipt_number unique (receipt_number),
    constraint ck_web_request_status check (status in ('NEW', 'HANDLED'))
);
-- KE's worklist shows the new ones, oldest first.
create index ix_web_request_status on web_request (status, received_at);
comment on table web_request is 'A written request for a barnekoordinator sent through the public request form without login: only what the coordinating unit needs to call back. KE calls, registers the family and the request (channel WEB_FORM, received on the day of the submission) and marks it handled.';
comment on column web_request.id is 'Primary key.';
comment on column web_request.receipt_number is 'The number shown to the sender as a receipt, e.g. 2026-00017; the sender quotes it when in contact.';
comment on column web_request.received_at is 'When the form was submitted; the request''s date of receipt.';
comment on column web_request.contact_name is 'The name of the person KE is to call back.';
comment on column web_request.phone is 'The phone number to call back.';
comment on column web_request.email is 'An e-mail address, if given.';
comment on column web_request.call_time is 'When the sender prefers to be called, in their own words, if given.';
comment on column web_request.status is 'NEW (waits for KE) or HANDLED.';
comment on column web_request.handled_at is 'When KE marked it handled.';
comment on column web_request.handled_by is 'Username of the staff member who marked it handled.';
comment on column web_request.version is 'Optimistic lock.';
comment on column web_request.created_at is 'When the row was written.';
comment on column web_request.created_by is 'Who wrote the row: "system" for a submission without login.';
comment on column web_request.modified_at is 'When the row was last changed.';
comment on column web_request.modified_by is 'Who last changed the row.';
