package org.parindex.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A year's results were published (revision 1): each participating unit is told its total
 * and rank, with a link to its scorecard (issue 9, #24). Announced inside the publishing
 * transaction.
 *
 * @param indexSetId the published year's index set
 * @param year the year
 * @param at when it was published
 * @param units each unit's published outcome
 */
public record ResultsPublished(long indexSetId, int year, Instant at, List<UnitOutcome> units) {

	public ResultsPublished {
		units = List.copyOf(units);
	}

	/**
	 * One unit's published outcome.
	 *
	 * @param total its total points at the set's published precision
	 * @param rank its rank as the index set labels ranks ("06/17")
	 * @param scorecard the path of its public scorecard
	 */
	public record UnitOutcome(long unitId, String unitName, BigDecimal total, String rank, String scorecard) {

	}

}
