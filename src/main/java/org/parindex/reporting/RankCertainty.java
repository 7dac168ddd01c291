package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * How sure a year's ranking is, given that its survey points rest on samples (issue 12,
 * item 5): each unit's 5th to 95th percentile rank over the bootstrap's resamples of the
 * survey answers, and the pairs of units whose published order the resamples reverse
 * often ({@link RankCertaintyService}; the method in {@code docs/scoring.md}, "How sure
 * the ranking is").
 *
 * @param units every ranked unit, in rank order
 * @param fragile the pairs whose order is not robust, most often reversed first
 * @param resamples how many resamples the figures rest on
 * @param fragilePercent the share of resamples (%) from which a reversed order makes a
 * pair fragile
 * @param sampledUnits how many units have survey answers to draw from (the others' totals
 * are held fixed)
 */
public record RankCertainty(List<UnitInterval> units, List<FragilePair> fragile, int resamples, int fragilePercent,
		int sampledUnits) {

	public RankCertainty {
		units = List.copyOf(units);
		fragile = List.copyOf(fragile);
	}

	/**
	 * The interval of one unit, if any.
	 */
	public java.util.Optional<UnitInterval> unit(long unitId) {
		return this.units.stream().filter((u) -> u.unitId() == unitId).findFirst();
	}

	/**
	 * A unit's published rank and the band its rank falls in over 90 % of the resamples.
	 *
	 * @param rank the published rank (1 = first)
	 * @param lowRank the 5th percentile rank (the best it reaches), 1 or more
	 * @param highRank the 95th percentile rank (the worst), at least {@code lowRank}
	 * @param unitCount how many units are ranked
	 */
	public record UnitInterval(long unitId, String unitName, int rank, int lowRank, int highRank, int unitCount) {

		/** Whether the rank is the same in at least 90 % of the resamples. */
		public boolean certain() {
			return this.lowRank == this.highRank;
		}

	}

	/**
	 * Two units, {@code first} published above {@code second}, whose order the resamples
	 * reversed {@code reversedPercent} % of the time.
	 *
	 * @param reversedPercent the share of resamples that put {@code second} above
	 * {@code first} (%, two decimals)
	 */
	public record FragilePair(String first, String second, int firstRank, int secondRank, BigDecimal reversedPercent) {

	}

}
