-- A counter per index set, raised in the same transaction as every change to what the set's
-- results are computed from; instances cache results by (index set, revision).
create table scoring_revision (
    -- methodology_index_set.id; no foreign key across modules
    index_set_id bigint primary key,
    revision bigint not null default 0
);
