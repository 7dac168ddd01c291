-- The crosswalk from an index set's leaves to the previous year's set of the same unit
-- group (issue 12, item 6): the PAR office's decisions. A leaf without a row follows the
-- suggestion computed from codes and names.
create table methodology_crosswalk (
    index_set_id bigint not null references methodology_index_set (id) on delete cascade,
    code varchar(40) not null,
    -- the previous year's leaf it compares with; null when it has no counterpart
    previous_code varchar(40),
    decided_by varchar(200) not null,
    decided_at timestamp with time zone not null,
    primary key (index_set_id, code)
);
