-- What each correction after publication changed (issue 9, W5): the unit, the criterion and
-- its published points before and after, so the list of revisions can name them. Empty
-- for revision 1 (the publication itself) and for corrections made before this was kept.
alter table reporting_publication add column corrected_unit_id bigint;
alter table reporting_publication add column corrected_unit_name varchar(300);
alter table reporting_publication add column corrected_leaf varchar(40);
alter table reporting_publication add column old_points numeric(12, 6);
alter table reporting_publication add column new_points numeric(12, 6);

-- When the PAR office returned a dossier, while it is returned (issue 9, A-home: the unit's home
-- page says what happened, when, and what to do).
alter table assessment_dossier add column returned_at timestamp with time zone;
