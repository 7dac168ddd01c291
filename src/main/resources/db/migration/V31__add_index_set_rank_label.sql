-- How the index set's results write a rank (issue 9, item 11): padded to the width of the unit
-- count (06/17, Gia Lai's way and the default), to two digits (01/7), or not at all (1/126).
-- The published precision is tie_places: the decimals of published totals, shown, exported
-- and compared for ties alike.
alter table methodology_index_set add column rank_label varchar(20) not null default 'UNIT_COUNT_WIDTH';
alter table methodology_index_set add constraint methodology_index_set_rank_label
    check (rank_label in ('UNIT_COUNT_WIDTH', 'TWO_DIGITS', 'NONE'));
