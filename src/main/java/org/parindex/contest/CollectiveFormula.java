package org.parindex.contest;

/**
 * How a contest ranks units (communes, departments) against each other for its collective
 * prizes (giải tập thể; issue 11 item 1; {@code shared/domain/contest.md}: provinces
 * award the units with the most entries, or the most per head of population).
 */
public enum CollectiveFormula {

	/** The number of participants whose counted entry names the unit. */
	ENTRIES,

	/**
	 * Those participants per 1,000 inhabitants of the unit (needs the unit's population,
	 * entered with the contest's results).
	 */
	ENTRIES_PER_POPULATION,

	/** The sum of the counted entries' scores (points). */
	TOTAL_SCORE

}
