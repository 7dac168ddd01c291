package org.parindex.scoring;

import java.util.Optional;

import org.parindex.engine.RankedUnit;
import org.parindex.engine.UnitResult;
import org.parindex.organization.UnitView;

/**
 * One unit's result, rank, and place the year before.
 *
 * @param previous the unit's standing under the previous year's set, when it took part
 * and the two years' rankings are comparable
 * @param submitted false for a unit that never submitted its self-assessment: it is
 * scored on what was appraised, zero elsewhere, and every page and export says so
 */
public record UnitStanding(UnitView unit, UnitResult result, RankedUnit rank, Optional<PreviousStanding> previous,
		boolean submitted) {

	/** The standing of a unit that submitted. */
	public UnitStanding(UnitView unit, UnitResult result, RankedUnit rank, Optional<PreviousStanding> previous) {
		this(unit, result, rank, previous, true);
	}

}
