package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.parindex.assessment.CorrectedPart;

/**
 * What a correction of a unit's published result (a criterion, its bonus or its
 * deduction) would change, shown before the PAR office confirms it, as the publication
 * shows its preview first (issue 9, W5). Computed by the same code path as the correction
 * itself, in a transaction that is then rolled back.
 *
 * @param unitId the corrected unit
 * @param unitName its name
 * @param leafCode the corrected criterion ("3.3.4")
 * @param oldPoints the criterion's points as published now
 * @param newPoints the criterion's points after the correction (0 to its maximum)
 * @param oldTotal the unit's total as published now
 * @param newTotal the unit's total after the correction
 * @param oldRank the unit's rank as published now (1 to {@code unitCount})
 * @param newRank the unit's rank after the correction
 * @param unitCount the number of ranked units
 * @param moves the other units whose rank changes, in their new rank order
 * @param part what is corrected: a criterion (then {@code leafCode}), the bonus or the
 * deduction
 * @param yesNo the criterion is scored Đạt/Không đạt: its points are shown as the finding
 * @param figures the corrected figures of a criterion scored from figures, by the rule's
 * input name (its {@code newPoints} are what the rule gives for them); empty otherwise
 * @param warnings what the rule finds unlikely in those figures (more achieved than the
 * total, a total of zero: {@link org.parindex.engine.Rule#warnings}), shown before the
 * PAR office confirms; empty when none or when corrected by points
 * @param losesPoints a criterion that still loses points after the correction: it has a
 * public reason for them (false for a bonus or deduction)
 * @param publicReason the public reason for the criterion's lost points after the
 * correction, as the scorecard and the narrative will print it (the one written with the
 * correction, else the one the PAR office reviewed); empty when none (issue 9, F3)
 */
public record CorrectionPreview(long unitId, String unitName, String leafCode, BigDecimal oldPoints,
		BigDecimal newPoints, BigDecimal oldTotal, BigDecimal newTotal, int oldRank, int newRank, int unitCount,
		List<Move> moves, CorrectedPart part, boolean yesNo, Map<String, BigDecimal> figures,
		List<org.parindex.engine.Problem> warnings, boolean losesPoints, String publicReason) {

	/**
	 * The message key stating what is corrected: {@code correction.preview.leaf} for a
	 * criterion scored by points or from figures, {@code correction.preview.leaf.yes-no}
	 * for a yes/no criterion, {@code correction.preview.leaf.bonus} or
	 * {@code correction.preview.leaf.deduction}.
	 */
	public String whatKey() {
		if (this.part != CorrectedPart.CRITERION) {
			return "correction.preview.leaf." + this.part.name().toLowerCase(java.util.Locale.ROOT);
		}
		return this.yesNo ? "correction.preview.leaf.yes-no" : "correction.preview.leaf";
	}

	/**
	 * Another unit whose published rank the correction changes.
	 *
	 * @param oldRank its rank as published now
	 * @param newRank its rank after the correction
	 */
	public record Move(long unitId, String unitName, int oldRank, int newRank) {

	}

}
