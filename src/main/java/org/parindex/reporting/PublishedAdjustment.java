package org.parindex.reporting;

import java.math.BigDecimal;

import org.parindex.assessment.AdjustmentKind;

/**
 * An approved bonus (điểm thưởng) or deduction (điểm trừ) item as a revision of the
 * results published it: frozen with the revision, so that a later change to the ledger
 * never shows in an older revision's scorecard, narrative or exports (issue 9, rev9).
 *
 * @param adjustmentId the ledger item it was taken from (it orders the items)
 * @param unitId the unit it counted for
 * @param kind bonus or deduction
 * @param points its points as approved, more than 0
 * @param reason what it was for, as the council approved it
 * @param evidence the document it rests on (a decision's number); empty for none
 */
public record PublishedAdjustment(long adjustmentId, long unitId, AdjustmentKind kind, BigDecimal points, String reason,
		String evidence) {

}
