create table meeting (
    id               uuid          not null,
    family_id        uuid          not null,
    kind             varchar(30)   not null,
    starts_at        timestamptz   not null,
    duration_minutes integer       not null,
    place            varchar(300),
    video_link       varchar(500),
    agenda           text          not null,
    discussed        text,
    decided          text,
    approved_at      timestamptz,
    approved_by      varchar(100),
    version          integer       not null,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    modified_at      timestamptz   not null,
    modified_by      varchar(100)  not null,
    constraint pk_meeting primary key (id),
    constraint fk_meeting_family foreign key (family_id) references family (id)
);
create index ix_meeting_family_id on meeting (family_id, starts_at);
comment on table meeting is 'A meeting about the child (ansvarsgruppemøte or samarbeidsmøte) with its minutes; the minutes lock when approved.';
comment on column meeting.id is 'Primary key.';
comment on column meeting.family_id is 'The family.';
comment on column meeting.kind is 'RESPONSIBILITY_GROUP or COOPERATION.';
comment on column meeting.starts_at is 'When the meeting starts.';
comment on column meeting.duration_minutes is 'How long it lasts.';
comment on column meeting.place is 'Where it is held.';
comment on column meeting.video_link is 'Video link, if held online.';
comment on column meeting.agenda is 'The agenda.';
comment on column meeting.discussed is 'Minutes: what was discussed.';
comment on column meeting.decided is 'Minutes: what was decided.';
comment on column meeting.approved_at is 'When the minutes were approved (then locked).';
comment on column meeting.approved_by is 'Who approved the minutes.';
comment on column meeting.version is 'Optimistic locking version.';
comment on column meeting.created_at is 'When the row was created.';
comment on column meeting.created_by is 'Who created the row.';
comment on column meeting.modified_at is 'When the row was last changed.';
comment on column meeting.modified_by is 'Who last changed the row.';

create table meeting_participant (
    meeting_id uuid         not null,
    kind       varchar(20)  not null,
    name       varchar(200) not null,
    email      varchar(200),
    constraint pk_meeting_participant primary key (meeting_id, kind, name),
    constraint fk_meeting_participant_meeting foreign key (meeting_id) references meeting (id)
);
comment on table meeting_participant is 'Who takes part in a meeting (part of the meeting).';
comment on column meeting_participant.meeting_id is 'The meeting.';
comment on column meeting_participant.kind is 'STAFF, PROVIDER_CONTACT, GUARDIAN or CHILD.';
comment on column meeting_participant.name is 'The participant''s name.';
comment on column meeting_participant.email is 'Where the notice is sent.';

create table minutes_addendum (
    id         uuid         not null,
    meeting_id uuid         not null,
    text       text         not null,
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    constraint pk_minutes_addendum primary key (id),
    constraint fk_minutes_addendum_meeting foreign key (meeting_id) references meeting (id)
);
create index ix_minutes_addendum_meeting_id on minutes_addendum (meeting_id);
comment on table minutes_addendum is 'A correction to approved minutes; approved minutes themselves never change.';
comment on column minutes_addendum.id is 'Primary key.';
comment on column minutes_addendum.meeting_id is 'The meeting.';
comment on column minutes_addendum.text is 'The addendum.';
comment on column minutes_addendum.created_at is 'When it was written.';
comment on column minutes_addendum.created_by is 'Who wrote it.';
