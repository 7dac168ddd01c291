-- A batch of invitation codes withdrawn by the survey staff (issue 10, remaining findings: a printed
-- batch lost, or handed to the wrong unit). The batch keeps who withdrew it, when and why; its codes
-- not used by then are marked withdrawn and open nothing any more. Codes already used, and the
-- responses stored with them, stay as they were: counted, and linked to nothing.
alter table survey_invitation_batch add column withdrawn_at timestamp with time zone;
alter table survey_invitation_batch add column withdrawn_by varchar(100);
alter table survey_invitation_batch add column withdrawal_reason varchar(500);
-- how many of its codes were unused at the withdrawal and stopped working
alter table survey_invitation_batch add column withdrawn_codes integer;

-- Set on the unused codes of a withdrawn batch, in the transaction that withdraws it; a code is
-- used only while it is neither used nor withdrawn (one row's update), so a submission racing the
-- withdrawal either stores its response before it or finds the code withdrawn.
alter table survey_invitation add column withdrawn boolean not null default false;
