-- The survey contractors whose tables a unit's result on a survey leaf rests on, by name as entered
-- at their import ("; " between names, '' when none): recorded with the points, and published with
-- the scorecard so that a published scorecard keeps the names it was published with.
alter table survey_leaf_result add column contractors varchar(2000) not null default '';
alter table reporting_publication_node add column survey_contractors varchar(2000) not null default '';

-- Results recorded before: the contractors whose current tables hold rows of that unit and leaf
-- (what recording the points again would store). Revisions already published keep no name.
update survey_leaf_result set contractors = coalesce((
    select string_agg(i.contractor, '; ' order by i.contractor)
    from survey_contractor_import i
    where i.index_set_id = survey_leaf_result.index_set_id
      and exists (select 1 from survey_contractor_result c
                  where c.import_id = i.id and c.unit_id = survey_leaf_result.unit_id
                    and c.leaf_code = survey_leaf_result.leaf_code)), '')
where contractor_respondents > 0;
