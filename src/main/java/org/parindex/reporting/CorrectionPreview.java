package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a correction of a published criterion would change, shown before the PAR office
 * confirms it, as the publication shows its preview first (issue 9, W5). Computed by the
 * same code path as the correction itself, in a transaction that is then rolled back.
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
 */
public record CorrectionPreview(long unitId, String unitName, String leafCode, BigDecimal oldPoints,
		BigDecimal newPoints, BigDecimal oldTotal, BigDecimal newTotal, int oldRank, int newRank, int unitCount,
		List<Move> moves) {

	/**
	 * Another unit whose published rank the correction changes.
	 *
	 * @param oldRank its rank as published now
	 * @param newRank its rank after the correction
	 */
	public record Move(long unitId, String unitName, int oldRank, int newRank) {

	}

}
