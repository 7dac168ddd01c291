package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks units by total, highest first. Totals equal under the {@link TieRule} share a
 * rank and the next rank skips (standard competition ranking: 1, 2, 2, 4), so a unit's
 * rank is one plus the number of units with a strictly higher total. Within a tie the
 * given order is kept.
 */
public final class Ranking {

	private Ranking() {
	}

	public static List<RankedUnit> rank(List<Standing> standings, TieRule tieRule) {
		List<Standing> sorted = new ArrayList<>(standings);
		Comparator<Standing> byTotal = Comparator.comparing(standing -> tieRule.comparable(standing.total()));
		sorted.sort(byTotal.reversed());
		List<RankedUnit> ranked = new ArrayList<>(sorted.size());
		BigDecimal previous = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			Standing standing = sorted.get(i);
			BigDecimal comparable = tieRule.comparable(standing.total());
			if (previous == null || comparable.compareTo(previous) != 0) {
				rank = i + 1;
				previous = comparable;
			}
			ranked.add(new RankedUnit(standing.unitKey(), standing.total(), rank, sorted.size()));
		}
		return ranked;
	}

}
