package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A bonus or deduction entry with its decision: proposed by the PAR office, approved or
 * rejected by the council. Only approved entries count.
 *
 * @param evidence the document it rests on, e.g. a commendation decision's number
 * @param decisionReason why the council decided so; empty while proposed or when not kept
 * (decisions taken over from paper)
 * @param proposedAt when the PAR office proposed it
 * @param decidedAt when the council decided it; empty while proposed
 */
public record AdjustmentProposalView(long id, long unitId, AdjustmentKind kind, BigDecimal points, String reason,
		String evidence, AdjustmentStatus status, String proposedBy, Optional<String> decidedBy, String decisionReason,
		OffsetDateTime proposedAt, Optional<OffsetDateTime> decidedAt) {

	/**
	 * The points the decision counts for the unit: the points proposed once approved, 0
	 * when refused, still proposed or replaced by a correction.
	 */
	public BigDecimal countedPoints() {
		return (this.status == AdjustmentStatus.APPROVED) ? this.points : BigDecimal.ZERO;
	}

	/** Whether the council has decided it (approved or refused). */
	public boolean decided() {
		return this.status != AdjustmentStatus.PROPOSED;
	}

}
