-- Questions of a form copied from the year before whose survey leaf is no longer a survey
-- leaf of the new index set: copied unlinked (not scored) and listed here until the form is
-- saved again, so that the survey hub says "cần xem lại" (survey module).
create table survey_form_review (
    form_id bigint not null references survey_form (id) on delete cascade,
    question_code varchar(20) not null,
    -- the leaf the question scored in the set it was copied from
    former_leaf_code varchar(40) not null,
    primary key (form_id, question_code)
);
