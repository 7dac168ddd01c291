package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The PAR office corrects a unit's published result: a criterion's final score (an
 * appraised or a survey criterion), in the rule's own terms (a yes/no criterion
 * (Đạt/Không đạt) by {@code met}, any other criterion by its points), or the unit's bonus
 * or deduction by its new points. The rule decides which one is required; the other must
 * be empty ({@link AppraisalService#correct}).
 *
 * @param unitId the unit whose result is corrected
 * @param part what is corrected: a criterion, the bonus or the deduction
 * @param leafCode the criterion's code ("3.3.4"); a criterion with sub-criteria is
 * refused, naming them; blank for a bonus or deduction
 * @param points the new points of a criterion scored by points (0 to its maximum, at most
 * 4 decimals), or the unit's new bonus or deduction (0 to the index set's cap, at most 4
 * decimals; 0 takes it away)
 * @param met the new finding of a yes/no criterion: met (its maximum) or not met (0)
 * @param reason why, 1 to 2,000 characters once trimmed; printed with the revision's
 * notice and kept in the criterion's history and the audit trail, never as the
 * criterion's public reason for lost points
 * @param figures the figures of a criterion scored from figures (a ratio, bands, a count,
 * a deduction per violation): the rule's inputs by name ({@code actual}, {@code base},
 * {@code value}, {@code count}, {@code violations}), non-negative; its points are what
 * the rule gives for them, as at appraisal; empty for any other correction
 * @param publicReason an appraised criterion's public reason for lost points ("lý do mất
 * điểm", printed on the scorecard and in the narrative) as the PAR office writes it with
 * the correction, at most 2,000 characters; blank keeps the reason it reviewed before.
 * Required when the criterion still loses points after the correction and has no reviewed
 * reason; ignored once it scores its maximum (no points lost, no reason); refused for a
 * bonus, a deduction or a survey criterion (issue 9, F3)
 */
public record CorrectScore(long unitId, CorrectedPart part, String leafCode, Optional<BigDecimal> points,
		Optional<Boolean> met, String reason, Map<String, BigDecimal> figures, String publicReason) {

	public CorrectScore {
		// in the rule's order, as the preview names them
		figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
	}

	/** A correction that keeps the criterion's reviewed public reason. */
	public CorrectScore(long unitId, CorrectedPart part, String leafCode, Optional<BigDecimal> points,
			Optional<Boolean> met, String reason, Map<String, BigDecimal> figures) {
		this(unitId, part, leafCode, points, met, reason, figures, "");
	}

	/** A correction without figures. */
	public CorrectScore(long unitId, CorrectedPart part, String leafCode, Optional<BigDecimal> points,
			Optional<Boolean> met, String reason) {
		this(unitId, part, leafCode, points, met, reason, Map.of(), "");
	}

	/** A criterion's correction. */
	public CorrectScore(long unitId, String leafCode, Optional<BigDecimal> points, Optional<Boolean> met,
			String reason) {
		this(unitId, CorrectedPart.CRITERION, leafCode, points, met, reason, Map.of(), "");
	}

	/** The criterion's code as typed, trimmed; blank for a bonus or deduction. */
	public String code() {
		return (this.part == CorrectedPart.CRITERION) ? this.leafCode.strip() : "";
	}

}
