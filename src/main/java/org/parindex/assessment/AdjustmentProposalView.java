package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A bonus or deduction entry with its decision: proposed by the PAR office, approved or
 * rejected by the council. Only approved entries count.
 *
 * @param evidence the document it rests on, e.g. a commendation decision's number
 * @param decisionReason why the council decided so; empty while proposed or when not kept
 * (decisions taken over from paper)
 */
public record AdjustmentProposalView(long id, long unitId, AdjustmentKind kind, BigDecimal points, String reason,
		String evidence, AdjustmentStatus status, String proposedBy, Optional<String> decidedBy,
		String decisionReason) {

}
