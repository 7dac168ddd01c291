-- Sessions and sign-in attempts (docs/security.md, "Sessions, sign-in and error pages").
-- credential_version: raised whenever an account's password, activity or role changes; each
-- session remembers the value it signed in with and ends when it differs.
-- attempts_since: when the current window of counted wrong passwords began (failed_attempts
-- counts the password checks of that window; five lock the account for 15 minutes).
alter table identity_account add column credential_version integer not null default 0;
alter table identity_account add column attempts_since timestamp with time zone;
