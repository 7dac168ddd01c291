package org.parindex.scoring;

import java.util.Optional;

import org.parindex.engine.RankedUnit;
import org.parindex.engine.UnitResult;
import org.parindex.organization.UnitView;

/**
 * One unit's result, rank, and place the year before.
 *
 * @param previous the unit's standing under the previous year's set, when it took part
 */
public record UnitStanding(UnitView unit, UnitResult result, RankedUnit rank, Optional<PreviousStanding> previous) {

}
