-- E-mail reminders (notification module, docs/operations.md "E-mail"): each account may have an
-- address, may opt out of reminders, and chooses the language of its mails ('vi' or 'en').
alter table identity_account add column email varchar(254);
alter table identity_account add column email_opt_out boolean not null default false;
alter table identity_account add column language varchar(2) not null default 'vi';
alter table identity_account add constraint identity_account_language check (language in ('vi', 'en'));
