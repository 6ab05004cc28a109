create table letter_dispatch (
    id          uuid         not null,
    document_id uuid         not null,
    sent_on     date         not null,
    channel     varchar(20)  not null,
    version     integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    modified_at timestamptz  not null,
    modified_by varchar(100) not null,
    constraint pk_letter_dispatch primary key (id),
    constraint fk_letter_dispatch_document foreign key (document_id) references document (id),
    constraint uq_letter_dispatch_document unique (document_id),
    constraint ck_letter_dispatch_channel check (channel in ('POST', 'DIGITAL_MAILBOX', 'HANDED_OVER'))
);
comment on table letter_dispatch is 'When and how a letter was sent to the family: the complaint deadline counts from the day the family received it. Recorded once per letter.';
comment on column letter_dispatch.id is 'Primary key.';
comment on column letter_dispatch.document_id is 'The letter sent (one dispatch per letter).';
comment on column letter_dispatch.sent_on is 'The day the letter was posted, sent to the digital mailbox, or handed over.';
comment on column letter_dispatch.channel is 'POST, DIGITAL_MAILBOX or HANDED_OVER. A posted letter is deemed received helhet.rules.post-received-after after sent_on; the others on sent_on.';
comment on column letter_dispatch.version is 'Optimistic locking version.';
comment on column letter_dispatch.created_at is 'When the dispatch was recorded.';
comment on column letter_dispatch.created_by is 'Who recorded it.';
comment on column letter_dispatch.modified_at is 'When the row was last changed.';
comment on column letter_dispatch.modified_by is 'Who last changed the row.';
