package org.parindex.engine;

import java.math.BigDecimal;

/**
 * A unit's change from the previous year: the score difference (unrounded) and the rank
 * difference, positive when the unit moved up ("tăng 2 bậc"), negative when it moved down
 * ("giảm 4 bậc"), zero when it kept its place ("giữ nguyên").
 */
public record Change(BigDecimal scoreDelta, int rankDelta) {

	public static Change between(BigDecimal previousTotal, int previousRank, BigDecimal currentTotal, int currentRank) {
		return new Change(currentTotal.subtract(previousTotal), previousRank - currentRank);
	}

	public Direction direction() {
		return (this.rankDelta > 0) ? Direction.UP : (this.rankDelta < 0) ? Direction.DOWN : Direction.SAME;
	}

	/** How many places the unit moved, whichever way. */
	public int places() {
		return Math.abs(this.rankDelta);
	}

	/** Which way the unit moved in the ranking. */
	public enum Direction {

		UP, DOWN, SAME

	}

}
