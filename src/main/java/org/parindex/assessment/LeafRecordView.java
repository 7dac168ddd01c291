package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.platform.Bounds;

/**
 * Everything said about one leaf of one unit, round by round: the unit's inputs, the
 * self-score the rule computes from them and the unit's explanation (giải trình); round
 * 1's score and comment, the appraisers' question and the unit's answer; round 2's final
 * score and comment; the public reason; and the evidence.
 *
 * @param round1Comment round 1's internal comment: for appraisers, council and PAR office
 * only, never shown to the unit
 * @param finalComment the appraisers' latest internal comment: never shown to the unit
 * @param version raised by every change; {@code -1} while the leaf has no entry
 * @param updatedBy who changed the leaf last
 * @param overridePoints the appraised score in force when it differs from the self-score
 * (what the engine scores in place of the rule)
 * @param publicReason the public reason for a changed or lost score as the appraisers
 * wrote it (empty for none): the unit reads it
 * @param reviewedReason the text the PAR office reviewed for publication, if reviewed
 */
public record LeafRecordView(String leafCode, Map<String, BigDecimal> inputs, String selfExplanation,
		Optional<BigDecimal> selfPoints, Optional<BigDecimal> round1Points, String round1Comment,
		Optional<String> question, Optional<String> answer, Optional<BigDecimal> finalPoints, String finalComment,
		int version, String updatedBy, List<EvidenceView> evidence, Optional<BigDecimal> overridePoints,
		String publicReason, Optional<String> reviewedReason) {

	public LeafRecordView {
		inputs = Map.copyOf(inputs);
		evidence = List.copyOf(evidence);
	}

	/** A leaf nobody has entered yet, with the evidence given so far. */
	public static LeafRecordView empty(String leafCode, List<EvidenceView> evidence) {
		return new LeafRecordView(leafCode, Map.of(), "", Optional.empty(), Optional.empty(), "", Optional.empty(),
				Optional.empty(), Optional.empty(), "", -1, "", evidence, Optional.empty(), "", Optional.empty());
	}

	/** The unit has entered the rule's inputs of this leaf. */
	public boolean entered() {
		return !this.inputs.isEmpty();
	}

	/** The appraisers asked the unit to explain (yêu cầu giải trình). */
	public boolean flagged() {
		return this.question.isPresent();
	}

	/**
	 * The score in force, as the engine scores it: the appraisers' (round 2's, else round
	 * 1's) where it differs from the self-score, else the self-score itself (exactly, not
	 * as the points column rounds it).
	 */
	public Optional<BigDecimal> appraisedPoints() {
		return this.overridePoints.or(() -> this.selfPoints);
	}

	/**
	 * The appraisers changed the score: the score in force differs from the self-score at
	 * the points column's precision ({@link Bounds#samePoints}; the unit is shown every
	 * such leaf; the council counts them).
	 */
	public boolean changedByAppraisers() {
		return this.overridePoints.isPresent()
				&& (this.selfPoints.isEmpty() || !Bounds.samePoints(this.selfPoints.get(), this.overridePoints.get()));
	}

	/** Round 1's score, or the self-score when round 1 has not scored the leaf. */
	public Optional<BigDecimal> round1OrSelf() {
		return this.round1Points.or(() -> this.selfPoints);
	}

	/** Evidence given with the self-assessment (files and document references). */
	public List<EvidenceView> selfEvidence() {
		return this.evidence.stream().filter((e) -> e.phase() == EvidencePhase.SELF).toList();
	}

	/** Files given with the answer to the appraisers' question. */
	public List<EvidenceView> explanationEvidence() {
		return this.evidence.stream().filter((e) -> e.phase() == EvidencePhase.EXPLANATION).toList();
	}

}
