package org.parindex.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * When a year's ranking may be compared with the year before ("tăng 05 bậc so với năm
 * 2021"): only when both rank the same unit group (the caller's part) and similar
 * participants, that is when the units ranked in both years make up at least
 * {@value #MIN_SHARED_PERCENT} % of each year's units. Units are those that took part by
 * submitting their self-assessment; a ranking of 1 unit is not comparable with one of 17,
 * nor one of 17 with one of 25 (17 / 25 = 68 %). A unit that did not take part in one of
 * the years has no change either way. Rule stated in docs/scoring.md, "Year over year".
 */
public final class Comparability {

	/** The share of each year's units that both years must have in common, in percent. */
	public static final int MIN_SHARED_PERCENT = 80;

	private Comparability() {
	}

	/**
	 * Whether rankings of these units are comparable.
	 * @param previous the keys of the units ranked the year before
	 * @param current the keys of the units ranked this year
	 * @return false when either is empty or they share less than
	 * {@value #MIN_SHARED_PERCENT} % of either
	 */
	public static boolean comparable(Set<String> previous, Set<String> current) {
		if (previous.isEmpty() || current.isEmpty()) {
			return false;
		}
		Set<String> shared = new HashSet<>(previous);
		shared.retainAll(current);
		long both = shared.size() * 100L;
		return both >= (long) MIN_SHARED_PERCENT * previous.size()
				&& both >= (long) MIN_SHARED_PERCENT * current.size();
	}

}
