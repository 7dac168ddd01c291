-- Paper entries of a contest (contest module, issue 11 item 4). A round's paper form is one fixed
-- question set, drawn once by the round's own draw and printed; it may be drawn again only while
-- no paper entry of the round exists (the service checks under the round's form row lock). Its
-- questions keep the option order printed (A, B, C ... in that order) and the answer key of the
-- moment it was fixed.
create table contest_paper_form (
    round_id bigint primary key references contest_round (id) on delete cascade,
    seed bigint not null,
    fixed_at timestamp with time zone not null
);

create table contest_paper_question (
    round_id bigint not null references contest_paper_form (round_id) on delete cascade,
    position integer not null,
    question_id bigint not null references contest_question (id),
    kind varchar(8) not null,
    option_order varchar(20) not null,
    correct varchar(20) not null,
    primary key (round_id, position),
    constraint contest_paper_question_kind check (kind in ('SINGLE', 'MULTIPLE'))
);

-- A keyed paper form is a submitted attempt marked as paper, with the day the committee received
-- it (and the postmark's day when the form came by post); it has no duration.
alter table contest_attempt add column paper boolean default false not null;
alter table contest_attempt add column received_on date;
alter table contest_attempt add column postmarked_on date;
