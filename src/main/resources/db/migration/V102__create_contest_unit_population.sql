-- The units' populations a contest's committee entered for the collective ranking by entries per 1,000
-- inhabitants (CollectiveFormula.ENTRIES_PER_POPULATION; contest module, issue 11 item 5). unit_id is
-- organization_unit.id (no foreign key across modules).
create table contest_unit_population (
    contest_id bigint not null references contest_contest (id) on delete cascade,
    unit_id bigint not null,
    population integer not null,
    primary key (contest_id, unit_id),
    constraint contest_unit_population_range check (population between 1 and 100000000)
);
