-- Whether a published unit submitted its self-assessment: a unit that never did is kept in
-- the year's results, scored on what was appraised, and marked (issue 9, item 1).
-- Publications made before this column were of units that all submitted.
alter table reporting_publication_result add column submitted boolean not null default true;
