-- A published revision is a frozen record (issue 9, rev9): the approved bonus (điểm thưởng) and
-- deduction (điểm trừ) items it counted, each with its kind, points, reason and basis, are kept
-- with the revision, so that a later correction of the ledger never shows in an older revision's
-- scorecard, narrative or exports. adjustment_id is assessment_adjustment.id (no foreign key
-- across modules): it orders the items as the ledger listed them.
create table reporting_publication_adjustment (
    publication_id bigint not null references reporting_publication (id) on delete cascade,
    -- organization_unit.id; no foreign key across modules
    unit_id bigint not null,
    adjustment_id bigint not null,
    kind varchar(20) not null,
    points numeric(9, 4) not null,
    reason varchar(2000) not null,
    evidence varchar(1000) not null default '',
    primary key (publication_id, adjustment_id),
    constraint reporting_publication_adjustment_kind check (kind in ('BONUS', 'DEDUCTION'))
);

create index reporting_publication_adjustment_unit_idx on reporting_publication_adjustment (publication_id, unit_id);

-- Revisions published before: the approved items of the current ledger, the best record there is.
insert into reporting_publication_adjustment (publication_id, unit_id, adjustment_id, kind, points, reason, evidence)
select p.id, a.unit_id, a.id, a.kind, a.points, a.reason, a.evidence
from reporting_publication p
join assessment_adjustment a on a.index_set_id = p.index_set_id
where a.status = 'APPROVED';

-- A survey criterion's correction after publication keeps the public reason for its lost points
-- apart from the correction's own reason (issue 9, F3): the correction's reason stays in the
-- correction record and the audit trail. Corrections made before published their reason, so it
-- stays their public reason.
alter table assessment_survey_correction add column public_reason varchar(2000) not null default '';
update assessment_survey_correction set public_reason = reason;
