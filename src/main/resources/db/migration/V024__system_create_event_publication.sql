-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1),
-- created by Flyway instead of Modulith's own schema initialisation. Table and column names are fixed
-- by Modulith; they happen to follow our rules, keys and indexes are named by ours. See ADR 0008.
create table event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication primary key (id)
);
create index ix_event_publication_serialized_event on event_publication using hash (serialized_event);
create index ix_event_publication_completion_date on event_publication (completion_date);

comment on table event_publication is
    'Spring Modulith''s event publication registry: one row per event and listener, stored in the publishing transaction; incomplete until the listener succeeds, resubmitted on restart';
comment on column event_publication.id is 'Identifier of the publication';
comment on column event_publication.listener_id is 'The listening method (fully qualified signature) the event is for';
comment on column event_publication.event_type is 'Fully qualified class name of the event';
comment on column event_publication.serialized_event is 'The event as JSON (ids and dates, never a national id number)';
comment on column event_publication.publication_date is 'When the event was published';
comment on column event_publication.completion_date is 'When the listener succeeded; null while incomplete';
comment on column event_publication.status is 'Modulith''s state of the publication (PUBLISHED, PROCESSING, COMPLETED, FAILED, RESUBMITTED)';
comment on column event_publication.completion_attempts is 'How many times the listener was tried';
comment on column event_publication.last_resubmission_date is 'When the publication was last resubmitted';
