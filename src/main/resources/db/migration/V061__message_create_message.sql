-- Messages between the family and its coordinator and the coordinating unit (issue 14 item 7,
-- docs/adr/0016-messages.md): stored in the case, never sent by e-mail (the e-mail only says that
-- there is a message). A family has one thread for its guardians and one for each youth who writes
-- (youth_id), so that a youth's own matters are not shown to the guardians.
create table message (
    id            uuid          not null,
    family_id     uuid          not null,
    youth_id      uuid,
    sender_kind   varchar(20)   not null,
    sender_id     uuid          not null,
    sender_name   varchar(200)  not null,
    sender_role   varchar(30),
    body          text          not null,
    sent_at       timestamptz   not null,
    read_at       timestamptz,
    read_by       varchar(200),
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    constraint pk_message primary key (id),
    constraint fk_message_family foreign key (family_id) references family (id),
    constraint fk_message_youth foreign key (youth_id) references child (id),
    constraint ck_message_sender_kind check (sender_kind in ('GUARDIAN', 'YOUTH', 'STAFF')),
    constraint ck_message_body check (length(body) between 1 and 4000)
);
create index ix_message_family_id on message (family_id, sent_at);
create index ix_message_youth_id on message (youth_id);
create index ix_message_unread on message (family_id) where read_at is null;
comment on table message is 'A message between the family (a guardian or a youth) and the coordinator or the coordinating unit, stored in the case; the e-mail notice holds no content.';
comment on column message.id is 'Primary key.';
comment on column message.family_id is 'The family whose case the message is stored in.';
comment on column message.youth_id is 'The youth (a child of the family) whose own thread it is in; empty for the guardians'' thread.';
comment on column message.sender_kind is 'Who wrote it: GUARDIAN, YOUTH (in the family portal) or STAFF (the coordinator or the coordinating unit).';
comment on column message.sender_id is 'The guardian, the child (youth) or the staff member who wrote it.';
comment on column message.sender_name is 'The writer''s name at the time.';
comment on column message.sender_role is 'The staff member''s role at the time (empty for the family).';
comment on column message.body is 'The message (plain text, at most 4000 characters).';
comment on column message.sent_at is 'When it was sent.';
comment on column message.read_at is 'When the other side first read it (staff for the family''s messages, the family for staff''s); empty while unread.';
comment on column message.read_by is 'Who first read it (a staff member''s username or a family member''s name).';
comment on column message.created_at is 'When the row was written.';
comment on column message.created_by is 'Who wrote the row (username, or the family member''s name).';
