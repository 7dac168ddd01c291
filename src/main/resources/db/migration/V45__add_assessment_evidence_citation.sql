-- Where in a file or cited document the proof is (issue 9, item 14 e): a page or section
-- as the unit writes it, e.g. "tr. 3, mục II.2"; null when not cited.
alter table assessment_evidence add column citation varchar(200);
