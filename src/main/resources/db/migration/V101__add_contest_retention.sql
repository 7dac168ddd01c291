-- Retention of contest participants' personal data (contest module, issue 11 item 5): the committee sets
-- how many days after the contest closes the personal data is kept; then a scheduled job anonymises the
-- participants (name replaced by "Người dự thi #n"; CCCD, phone, address and date of birth cleared;
-- scores and prizes kept) and records when.
alter table contest_contest add column retention_days integer;
alter table contest_contest add column personal_data_erased_at timestamp with time zone;
alter table contest_contest add constraint contest_contest_retention
    check (retention_days is null or retention_days between 1 and 3650);
alter table contest_participant alter column cccd drop not null;
alter table contest_participant alter column phone drop not null;
alter table contest_participant alter column birth_date drop not null;
alter table contest_participant alter column address drop not null;
