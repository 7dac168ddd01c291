package org.parindex.engine;

import java.math.BigDecimal;

/**
 * When two totals count as equal for ranking: compared after rounding half up to
 * {@code places} (the published precision, two by default). Equal totals share a rank and
 * the next rank skips (1, 2, 2, 4).
 */
public record TieRule(int places) {

	/** Compare at two places, as results are published. */
	public static final TieRule PUBLISHED_PRECISION = new TieRule(2);

	public static final int MAX_PLACES = 6;

	/** The total as the tie rule compares it. */
	public BigDecimal comparable(BigDecimal total) {
		return Points.atPlaces(total, this.places);
	}

}
