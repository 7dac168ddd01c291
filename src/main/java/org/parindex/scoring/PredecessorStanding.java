package org.parindex.scoring;

import java.math.BigDecimal;

import org.parindex.organization.UnitView;

/**
 * The result the year before of a unit that merged into, or split into, the unit shown:
 * context beside a unit that is not compared (docs/scoring.md, "Year over year").
 *
 * @param unit the earlier unit, as it was named that year
 * @param year the year before
 * @param total its total that year, in points
 * @param rank its rank that year, from 1
 * @param unitCount how many units that year's ranking had
 */
public record PredecessorStanding(UnitView unit, int year, BigDecimal total, int rank, int unitCount) {

}
