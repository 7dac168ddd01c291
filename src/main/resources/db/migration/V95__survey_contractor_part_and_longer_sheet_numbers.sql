-- How many of a unit's valid answers on a survey leaf a survey contractor supplied (counts and
-- means of its tables), so that the scorecard shows them apart from the province's own answers,
-- whose spread over the options survey_leaf_answer_count keeps.
alter table survey_leaf_result add column contractor_respondents integer not null default 0;
alter table survey_leaf_result add constraint survey_leaf_result_contractor
    check (contractor_respondents >= 0 and contractor_respondents <= respondents);

-- Paper sheet numbers as officers write them ("Số 1", "Hộp 12/Tổ 3/Phiếu 45"): up to 30 characters.
alter table survey_paper_sheet alter column sheet_number set data type varchar(30);
