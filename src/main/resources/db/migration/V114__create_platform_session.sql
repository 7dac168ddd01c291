-- Sessions in the database (Spring Session JDBC, table name set by spring.session.jdbc.table-name):
-- every application instance reads the same sign-ins, CSRF tokens and flash messages, so a request
-- may reach any instance (docs/operations.md, "Several instances"). Spring Session's own
-- schema-postgresql.sql under the platform's prefix; BYTEA is PostgreSQL's and H2's (in any mode)
-- variable-length binary. Times are epoch milliseconds; expired rows are deleted by each instance
-- every minute (spring.session.jdbc.cleanup-cron).
create table platform_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint platform_session_pk primary key (primary_id)
);

create unique index platform_session_ix1 on platform_session (session_id);
create index platform_session_ix2 on platform_session (expiry_time);
create index platform_session_ix3 on platform_session (principal_name);

create table platform_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint platform_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint platform_session_attributes_fk foreign key (session_primary_id)
        references platform_session (primary_id) on delete cascade
);
