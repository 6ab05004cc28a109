-- Logged-in sessions live in the database, not in a node's memory, so that any node can serve the next
-- request and a node can die without logging anyone out (Spring Session JDBC 4.0.4, its PostgreSQL schema).
-- The table and column names are the ones Spring Session's SQL uses; the key and index names follow ours.
-- No created_by/modified_by: a session is written by the framework, never by a person's edit.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint pk_spring_session primary key (primary_id)
);
create unique index uq_spring_session_session_id on spring_session (session_id);
-- The cleanup job deletes expired sessions.
create index ix_spring_session_expiry_time on spring_session (expiry_time);
-- Sessions of one user (e.g. to end them when an account is deactivated).
create index ix_spring_session_principal_name on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint pk_spring_session_attributes primary key (session_primary_id, attribute_name),
    constraint fk_spring_session_attributes_session foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

comment on table spring_session is 'An HTTP session (a login), shared by all nodes: any node serves the next request. Managed by Spring Session JDBC; expired rows are deleted every minute.';
comment on column spring_session.primary_id is 'Primary key, never sent to the browser.';
comment on column spring_session.session_id is 'The id in the session cookie; changes at login (session fixation).';
comment on column spring_session.creation_time is 'When the session began, in milliseconds since 1970 (UTC).';
comment on column spring_session.last_access_time is 'The last request in the session, in milliseconds since 1970 (UTC).';
comment on column spring_session.max_inactive_interval is 'Seconds without a request after which the session expires (server.servlet.session.timeout).';
comment on column spring_session.expiry_time is 'When the session expires, in milliseconds since 1970 (UTC).';
comment on column spring_session.principal_name is 'Username of the logged-in staff member; empty before login.';
comment on table spring_session_attributes is 'What a session holds (the security context, the CSRF token, a message to show after a redirect), Java-serialised. No case data.';
comment on column spring_session_attributes.session_primary_id is 'The session (spring_session.primary_id).';
comment on column spring_session_attributes.attribute_name is 'Name of the attribute.';
comment on column spring_session_attributes.attribute_bytes is 'The attribute''s value, Java-serialised.';
