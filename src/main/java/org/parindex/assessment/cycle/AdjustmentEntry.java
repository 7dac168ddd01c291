package org.parindex.assessment.cycle;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.parindex.assessment.AdjustmentKind;
import org.parindex.assessment.AdjustmentProposalView;
import org.parindex.assessment.AdjustmentStatus;
import org.parindex.assessment.AdjustmentView;

/**
 * A bonus (điểm thưởng) or deduction (điểm trừ) entry of a unit in the cycle's ledger:
 * proposed by the PAR office, approved or rejected by the council; only approved entries
 * count. An approved entry always names who decided it.
 *
 * @param id 0 until stored
 * @param points positive points, at most the index set's cap for the kind
 * @param evidence the document it rests on, e.g. a commendation decision's number
 * @param decisionReason why the council approved or rejected it, 1 to
 * {@value #DECISION_REASON_MAX} characters; empty while proposed, for a decision taken
 * over from paper and for decisions made before reasons were kept
 */
public record AdjustmentEntry(long id, long unitId, AdjustmentKind kind, BigDecimal points, String reason,
		String evidence, AdjustmentStatus status, String proposedBy, OffsetDateTime proposedAt,
		Optional<String> decidedBy, Optional<OffsetDateTime> decidedAt, String decisionReason) {

	/** Characters of a decision's reason at most ({@code assessment_adjustment}). */
	public static final int DECISION_REASON_MAX = 2000;

	static AdjustmentEntry proposed(long unitId, AdjustmentKind kind, BigDecimal points, String reason, String evidence,
			String by, OffsetDateTime at) {
		return new AdjustmentEntry(0, unitId, kind, points, reason, evidence, AdjustmentStatus.PROPOSED, by, at,
				Optional.empty(), Optional.empty(), "");
	}

	AdjustmentEntry decided(AdjustmentStatus decision, String by, OffsetDateTime at, String why) {
		return new AdjustmentEntry(this.id, this.unitId, this.kind, this.points, this.reason, this.evidence, decision,
				this.proposedBy, this.proposedAt, Optional.of(by), Optional.of(at), why);
	}

	/** The same entry, replaced by a correction after publication. */
	AdjustmentEntry superseded() {
		return new AdjustmentEntry(this.id, this.unitId, this.kind, this.points, this.reason, this.evidence,
				AdjustmentStatus.SUPERSEDED, this.proposedBy, this.proposedAt, this.decidedBy, this.decidedAt,
				this.decisionReason);
	}

	/** The same entry with the id the database gave it. */
	public AdjustmentEntry withId(long newId) {
		return new AdjustmentEntry(newId, this.unitId, this.kind, this.points, this.reason, this.evidence, this.status,
				this.proposedBy, this.proposedAt, this.decidedBy, this.decidedAt, this.decisionReason);
	}

	public AdjustmentProposalView proposalView() {
		return new AdjustmentProposalView(this.id, this.unitId, this.kind, this.points, this.reason, this.evidence,
				this.status, this.proposedBy, this.decidedBy, this.decisionReason, this.proposedAt, this.decidedAt);
	}

	public AdjustmentView view() {
		return new AdjustmentView(this.id, this.unitId, this.kind, this.points, this.reason);
	}

}
