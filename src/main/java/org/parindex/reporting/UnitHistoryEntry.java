package org.parindex.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.parindex.organization.UnitView;

/**
 * One line of a unit's history on its page ("Lịch sử đơn vị").
 *
 * @param kind what happened
 * @param effectiveOn from when
 * @param before for a rename, the unit's name and kind before
 * @param after for a rename, its name and kind after
 * @param units the other units involved (merged with, split from, successors), each with
 * the latest published year that has its scorecard
 */
public record UnitHistoryEntry(Kind kind, LocalDate effectiveOn, Optional<UnitView> before, Optional<UnitView> after,
		List<Related> units) {

	public UnitHistoryEntry {
		units = List.copyOf(units);
	}

	/** What happened to the unit. */
	public enum Kind {

		/** Renamed, or its kind changed. */
		RENAMED,

		/** Formed anew by merging the units. */
		MERGED_FROM,

		/** Continued, taking in the units merged into it. */
		ABSORBED,

		/** Came out of a split of the unit. */
		SPLIT_FROM,

		/** Re-founded under a new code from the unit; compared with it. */
		REFOUNDED_FROM,

		/** Merged into the unit; ended. */
		MERGED_INTO,

		/** Split into the units; ended. */
		SPLIT_INTO,

		/** Re-founded under a new code as the unit; ended. */
		REFOUNDED_AS,

		/** Ended without a successor. */
		DEACTIVATED;

		/** The message key suffix. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * A unit involved, and the latest published year with its scorecard, if any.
	 */
	public record Related(UnitView unit, Optional<Integer> year) {

	}

}
