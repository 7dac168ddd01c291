-- How the answers behind a unit's survey result on a leaf were distributed over the options
-- (survey module): written with the result, read for the scorecard ("A: 120, B: 64 …").
-- counted = false for an option left out of the mean ("không biết / không trả lời").
create table survey_leaf_answer_count (
    index_set_id bigint not null,
    unit_id bigint not null,
    leaf_code varchar(40) not null,
    label varchar(10) not null,
    answers integer not null,
    counted boolean not null,
    primary key (index_set_id, unit_id, leaf_code, label),
    constraint survey_leaf_answer_count_answers check (answers >= 0)
);
