-- What a participant was shown, kept with the attempt (and with a round's paper form) at
-- the time of the draw: the question's text and its options' texts in the bank's option
-- order (one per line, "\" and line breaks escaped: OptionTexts). A later edit of
-- the bank's question changes neither what a past attempt shows nor how it was scored
-- (the answer key was already kept, V93). Empty for attempts drawn before this version:
-- those show the bank's text.
alter table contest_attempt_question add column question_text varchar(1000);
alter table contest_attempt_question add column option_texts varchar(6100);
alter table contest_paper_question add column question_text varchar(1000);
alter table contest_paper_question add column option_texts varchar(6100);
