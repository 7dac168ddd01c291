-- Optimistic versions of an index set: every edit names the version it was made on, so two
-- people editing at once never silently overwrite each other (the second is told who
-- changed the set meanwhile).
alter table methodology_index_set add column version integer not null default 0;
alter table methodology_index_set add column updated_by varchar(80);
alter table methodology_index_set add column updated_at timestamp with time zone;
