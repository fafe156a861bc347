-- Issue 17: Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc 2.0.3,
-- schemas/v2/schema-postgresql.sql, copied as is). Each cross-module @ApplicationModuleListener gets a row per
-- event in the publisher's transaction; the row is deleted when the listener completes (completion-mode delete),
-- so what stays here is work still to do or work that failed (resubmitted on restart). Flyway owns the schema:
-- spring.modulith.events.jdbc.schema-initialization.enabled is false.
create table if not exists event_publication
(
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash(serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
