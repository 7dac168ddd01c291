-- The appraisers' working comment (appraisal_comment, round1_comment) stays internal: read by
-- appraisers, the council and the PAR office only. The reason for a changed or lost score that
-- the unit reads and the publication prints is a field of its own, reviewed by the PAR office
-- before publication (docs/workflow.md, "Public reasons").
alter table assessment_leaf_entry add column public_reason varchar(4000) not null default '';
alter table assessment_leaf_entry add column reviewed_reason varchar(4000);
alter table assessment_leaf_entry add column reviewed_by varchar(80);
alter table assessment_leaf_entry add column reviewed_at timestamp with time zone;
alter table assessment_leaf_entry add constraint assessment_leaf_entry_review
    check ((reviewed_reason is null) = (reviewed_by is null) and (reviewed_by is null) = (reviewed_at is null));

-- A published year's comments were published as its reasons: they stay its reasons, reviewed
-- by the publication that printed them.
update assessment_leaf_entry set public_reason = appraisal_comment, reviewed_reason = appraisal_comment,
    reviewed_by = 'system', reviewed_at = current_timestamp
    where appraisal_comment <> '' and exists (select 1 from assessment_cycle c
        where c.index_set_id = assessment_leaf_entry.index_set_id and c.published_at is not null);

-- A year in progress: the comment on a score the appraisers changed becomes the draft of its
-- public reason, which the PAR office reviews (edits or approves) before anything is published;
-- comments on unchanged scores stay internal.
update assessment_leaf_entry set public_reason = appraisal_comment
    where appraisal_comment <> '' and public_reason = '' and override_points is not null;

-- A leaf's history is read by the unit: the appraisal steps kept the internal comment after the
-- score ("0.5; comment; ? question"). They keep the score only; the full text stays in the audit
-- trail (identity_audit_event), which only the PAR office reads.
update assessment_leaf_event set detail = substring(detail from 1 for position('; ' in detail) - 1)
    where phase in ('ROUND1', 'ROUND2', 'COUNCIL') and position('; ' in detail) > 0;
