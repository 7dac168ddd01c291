package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.Optional;

import org.parindex.engine.Change;
import org.parindex.organization.UnitView;

/**
 * A unit's total and rank the year before, and the change since.
 *
 * @param predecessor the unit this one re-founds under a new code, as it was named that
 * year, when the total and rank are that unit's (docs/scoring.md, "Year over year");
 * empty when they are the unit's own
 */
public record PreviousStanding(int year, BigDecimal total, int rank, int unitCount, Change change,
		Optional<UnitView> predecessor) {

	/** The unit's own standing the year before. */
	public PreviousStanding(int year, BigDecimal total, int rank, int unitCount, Change change) {
		this(year, total, rank, unitCount, change, Optional.empty());
	}

}
