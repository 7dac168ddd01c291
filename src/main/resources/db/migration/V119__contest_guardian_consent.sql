-- A participant under 18 at registration (age from the date of birth, Vietnam's calendar)
-- registers with a parent's or guardian's full name and the guardian's consent to the
-- processing of the child's personal data (Law 91/2025/QH15; docs/contest.md, Guardian
-- consent). Both empty for an adult. The retention job clears the name with the other
-- personal data and keeps the time of the consent (no personal data, the record that it
-- was given).
alter table contest_participant add column guardian_name varchar(100);
alter table contest_participant add column guardian_consented_at timestamp with time zone;
alter table contest_participant add constraint contest_participant_guardian
    check (guardian_name is null or guardian_consented_at is not null);
