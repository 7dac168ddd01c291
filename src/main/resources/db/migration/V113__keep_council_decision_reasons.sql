-- Why the council approved or rejected a bonus or deduction (issue 9, appr9 F7): a decision
-- asks for confirmation and a reason, shown to the unit and the PAR office and audited.
-- Empty for decisions made before it was kept and for years taken over from paper.
alter table assessment_adjustment add column decision_reason varchar(2000) default '' not null;
