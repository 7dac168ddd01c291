package org.parindex.scoring;

import java.util.List;
import java.util.Optional;

import org.parindex.engine.RankedUnit;
import org.parindex.engine.UnitResult;
import org.parindex.organization.UnitView;

/**
 * One unit's result, rank, and place the year before.
 *
 * @param previous the unit's standing (or its re-founded predecessor's) under the
 * previous year's set, when it took part and the two years' rankings are comparable
 * @param submitted false for a unit that never submitted its self-assessment: it is
 * scored on what was appraised, zero elsewhere, and every page and export says so
 * @param predecessors for a unit that took in other units or came out of a split since
 * the year before (and is therefore not compared), the results those units had the year
 * before; empty otherwise
 */
public record UnitStanding(UnitView unit, UnitResult result, RankedUnit rank, Optional<PreviousStanding> previous,
		boolean submitted, List<PredecessorStanding> predecessors) {

	public UnitStanding {
		predecessors = List.copyOf(predecessors);
	}

	/** The standing of a unit without predecessors to show. */
	public UnitStanding(UnitView unit, UnitResult result, RankedUnit rank, Optional<PreviousStanding> previous,
			boolean submitted) {
		this(unit, result, rank, previous, submitted, List.of());
	}

	/** The standing of a unit that submitted. */
	public UnitStanding(UnitView unit, UnitResult result, RankedUnit rank, Optional<PreviousStanding> previous) {
		this(unit, result, rank, previous, true);
	}

}
