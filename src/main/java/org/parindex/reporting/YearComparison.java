package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.parindex.methodology.Crosswalk;

/**
 * A unit's published result compared criterion by criterion with its result of the year
 * before, through the crosswalk between the two years' index sets (issue 12, item 6):
 * where the sets differ, a criterion compares with its counterpart; one without a
 * counterpart, and the previous criteria nothing compares with, are shown as such. Points
 * are compared as shares of what applied (%), since a criterion's maximum may change
 * between years.
 *
 * @param scorecard the year's published scorecard
 * @param previousYear the year before, when the unit group has a published set for it
 * @param previousTotal the unit's published total that year, when it took part (points)
 * @param rows one per leaf of the year's set, in the tree's order
 * @param dropped the previous year's leaves nothing compares with, with the unit's points
 * then
 */
public record YearComparison(ScorecardReport scorecard, Optional<Integer> previousYear,
		Optional<BigDecimal> previousTotal, List<Row> rows, List<Dropped> dropped) {

	public YearComparison {
		rows = List.copyOf(rows);
		dropped = List.copyOf(dropped);
	}

	/** Whether the unit has a result of the year before to compare with. */
	public boolean comparable() {
		return this.previousTotal.isPresent();
	}

	/**
	 * One leaf of the year.
	 *
	 * @param now the leaf's row in the year's scorecard
	 * @param before the counterpart's row in the unit's scorecard of the year before,
	 * when there is a counterpart and the unit has a result then
	 * @param previousCode the counterpart's code, when there is one
	 * @param basis why it has that counterpart
	 * @param change the change of the share of what applied, in percentage points (one
	 * place), when both apply
	 */
	public record Row(ScorecardRow now, Optional<ScorecardRow> before, Optional<String> previousCode,
			Crosswalk.Basis basis, Optional<BigDecimal> change) {

	}

	/** A previous leaf nothing compares with, with the unit's row then, if any. */
	public record Dropped(String code, String name, BigDecimal maxPoints, Optional<ScorecardRow> before) {

	}

}
