-- The closing job for expired attempts (contest.AttemptClosing) looks up the attempts not yet
-- submitted whose end has passed, every minute: served by this index instead of a scan of every
-- attempt ever made.
create index contest_attempt_open on contest_attempt (submitted_at, ends_at);
