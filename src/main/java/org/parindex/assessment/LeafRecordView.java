package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything said about one leaf of one unit, round by round: the unit's inputs, the
 * self-score the rule computes from them and the unit's explanation (giải trình); round
 * 1's score and comment, the appraisers' question and the unit's answer; round 2's final
 * score and comment; and the evidence.
 *
 * @param version raised by every change; {@code -1} while the leaf has no entry
 * @param updatedBy who changed the leaf last
 */
public record LeafRecordView(String leafCode, Map<String, BigDecimal> inputs, String selfExplanation,
		Optional<BigDecimal> selfPoints, Optional<BigDecimal> round1Points, String round1Comment,
		Optional<String> question, Optional<String> answer, Optional<BigDecimal> finalPoints, String finalComment,
		int version, String updatedBy, List<EvidenceView> evidence) {

	public LeafRecordView {
		inputs = Map.copyOf(inputs);
		evidence = List.copyOf(evidence);
	}

	/** A leaf nobody has entered yet, with the evidence given so far. */
	public static LeafRecordView empty(String leafCode, List<EvidenceView> evidence) {
		return new LeafRecordView(leafCode, Map.of(), "", Optional.empty(), Optional.empty(), "", Optional.empty(),
				Optional.empty(), Optional.empty(), "", -1, "", evidence);
	}

	/** The unit has entered the rule's inputs of this leaf. */
	public boolean entered() {
		return !this.inputs.isEmpty();
	}

	/** The appraisers asked the unit to explain (yêu cầu giải trình). */
	public boolean flagged() {
		return this.question.isPresent();
	}

	/** The score in force: round 2's, else round 1's, else the self-score. */
	public Optional<BigDecimal> appraisedPoints() {
		return this.finalPoints.or(() -> this.round1Points).or(() -> this.selfPoints);
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
