-- The cycle knows when its year was published (it hears it from the publication), so the
-- workflow's rules never ask another module whether the year is closed.
alter table assessment_cycle add column published_at timestamp with time zone;
update assessment_cycle set published_at = (
    select s.published_at from methodology_index_set s
    where s.id = assessment_cycle.index_set_id and s.published = true);

-- Every bonus or deduction that counts names who decided it: none is approved by a column
-- default any more. Entries recorded before this (the demo's published years) were decided
-- by whoever recorded them.
update assessment_adjustment set decided_by = proposed_by, decided_at = created_at
    where status <> 'PROPOSED' and decided_by is null;
alter table assessment_adjustment alter column status drop default;
alter table assessment_adjustment add constraint assessment_adjustment_decision
    check ((status = 'PROPOSED') = (decided_by is null));
