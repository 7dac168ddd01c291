-- A counted response sheet set aside by the survey staff (issue 10, item 1 of the remaining
-- findings): found to be a duplicate, filled in by the wrong respondent group, and so on. The
-- response stays stored (it can be restored) but no longer counts in the survey points, the
-- monitoring or the exports. set_aside_reason is null while the response counts; the reason,
-- who and when are kept while it is set aside, and every setting aside and restoring is audited.
alter table survey_response add column set_aside_reason varchar(500);
alter table survey_response add column set_aside_by varchar(100);
alter table survey_response add column set_aside_at timestamp with time zone;

-- The response a paper sheet became once counted, so that the staff can set a sheet aside by the
-- number written on the paper. Paper sheets name no respondent, so this links no person to the
-- answers; online responses keep no link to their invitation code.
alter table survey_paper_sheet add column response_id uuid;
