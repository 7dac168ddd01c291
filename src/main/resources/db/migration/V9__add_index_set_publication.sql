-- An index set is frozen once its year's results are published.
alter table methodology_index_set add column published boolean not null default false;
alter table methodology_index_set add column published_at timestamp with time zone;
