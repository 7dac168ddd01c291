-- The figures of a criterion scored from figures (a ratio, bands, a count, a deduction per
-- violation) as the PAR office corrected them after publication (issue 9): the latest per
-- unit and criterion, which its corrected points follow from by the rule. The publication
-- shows them in place of the unit's own figures; each revision keeps the figures it
-- published (reporting_publication_input), the unit's own stay in assessment_leaf_input.
create table assessment_leaf_corrected_input (
    index_set_id bigint not null,
    unit_id bigint not null,
    leaf_code varchar(40) not null,
    input_name varchar(40) not null,
    input_value numeric(20, 6) not null,
    corrected_by varchar(80) not null,
    corrected_at timestamp with time zone not null,
    primary key (index_set_id, unit_id, leaf_code, input_name),
    constraint assessment_leaf_corrected_input_value check (input_value >= 0)
);
