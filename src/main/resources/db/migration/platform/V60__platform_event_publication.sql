-- Spring Modulith's event publication registry (JDBC, schema version 2 as in spring-modulith-events-jdbc 2.1.1,
-- schemas/v2/schema-postgresql.sql). Every event published in a transaction gets one row per transactional listener
-- (@ApplicationModuleListener) before the transaction commits; the row is completed when that listener has finished,
-- so a listener that fails or a JVM that stops leaves it incomplete, to be resubmitted (docs/events.md).
-- Created here, not by Modulith at runtime (spring.modulith.events.jdbc.schema-initialization.enabled stays false).
create table event_publication (
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
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
