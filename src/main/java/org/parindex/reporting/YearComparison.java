package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Points;
import org.parindex.methodology.Crosswalk;

/**
 * A unit's published result compared criterion by criterion with its result of the year
 * before, through the crosswalk between the two years' index sets (issue 12, item 6):
 * where the sets differ, a criterion compares with its counterparts; a criterion into
 * which several were merged compares with the sum of their points and of their maxima
 * ({@link Counterpart#of}); one split from a previous criterion compares with that whole
 * criterion and says so; one without a counterpart, and the previous criteria nothing
 * compares with, are shown as such. Points are compared as shares of what applied (%),
 * since a criterion's maximum may change between years.
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
	 * @param before what it compares with in the unit's scorecard of the year before (its
	 * counterpart, or the sum of its merged counterparts), when it has counterparts and
	 * the unit has a result then
	 * @param previousCodes its counterparts' codes in the previous tree's order: one,
	 * several (merged), none
	 * @param splitFrom those of them other leaves of the year compare with too (split)
	 * @param basis why it has those counterparts
	 * @param change the change of the share of what applied, in percentage points (one
	 * place), when both apply
	 */
	public record Row(ScorecardRow now, Optional<Counterpart> before, List<String> previousCodes,
			List<String> splitFrom, Crosswalk.Basis basis, Optional<BigDecimal> change) {

		public Row {
			previousCodes = List.copyOf(previousCodes);
			splitFrom = List.copyOf(splitFrom);
		}

		/** Whether several previous criteria were merged into it. */
		public boolean merged() {
			return this.previousCodes.size() > 1;
		}

		/** Whether it was split from a previous criterion other leaves share. */
		public boolean split() {
			return !this.splitFrom.isEmpty();
		}

		/**
		 * The comparison rule: the row of a leaf given its counterparts' codes and the
		 * unit's rows of the year before.
		 * @param now the leaf's row this year
		 * @param previousCodes its counterparts, in the previous tree's order
		 * @param splitFrom those of them other leaves share
		 * @param basis why it has them
		 * @param then the unit's rows of the year before by code; empty when it had no
		 * result
		 */
		public static Row of(ScorecardRow now, List<String> previousCodes, List<String> splitFrom,
				Crosswalk.Basis basis, Map<String, ScorecardRow> then) {
			Optional<Counterpart> before = Counterpart.of(previousCodes, then);
			Optional<BigDecimal> change = before.filter((t) -> !t.notApplicable() && !now.notApplicable())
				.map((t) -> share(now.points(), now.applicableMax()).subtract(share(t.points(), t.applicableMax())));
			return new Row(now, before, previousCodes, splitFrom, basis, change);
		}

	}

	/**
	 * What a leaf compares with the year before: one previous criterion, or the sum of
	 * several merged into it.
	 *
	 * @param codes the previous criteria, in the previous tree's order
	 * @param points the unit's points on those of them that applied to it (sum)
	 * @param maxPoints their maxima (sum)
	 * @param applicableMax the maxima of those that applied to it (sum)
	 * @param notApplicable none of them applied to the unit
	 */
	public record Counterpart(List<String> codes, BigDecimal points, BigDecimal maxPoints, BigDecimal applicableMax,
			boolean notApplicable) {

		public Counterpart {
			codes = List.copyOf(codes);
		}

		/**
		 * The sum of the unit's rows of the given previous criteria: points and maxima of
		 * those that applied, all maxima; not applicable when none applied.
		 * @return empty when there are no codes or the unit has no row for one of them
		 * (it had no result that year)
		 */
		public static Optional<Counterpart> of(List<String> codes, Map<String, ScorecardRow> then) {
			if (codes.isEmpty()) {
				return Optional.empty();
			}
			List<ScorecardRow> rows = new ArrayList<>();
			for (String code : codes) {
				ScorecardRow row = then.get(code);
				if (row == null) {
					return Optional.empty();
				}
				rows.add(row);
			}
			BigDecimal points = BigDecimal.ZERO;
			BigDecimal max = BigDecimal.ZERO;
			BigDecimal applicable = BigDecimal.ZERO;
			boolean anyApplies = false;
			for (ScorecardRow row : rows) {
				max = max.add(row.maxPoints());
				if (!row.notApplicable()) {
					anyApplies = true;
					points = points.add(row.points());
					applicable = applicable.add(row.applicableMax());
				}
			}
			return Optional.of(new Counterpart(codes, points, max, applicable, !anyApplies));
		}

	}

	/** Points as a share of what applied (%, one place, half up). */
	private static BigDecimal share(BigDecimal points, BigDecimal applicableMax) {
		return Points.atPlaces(Points.percent(points, applicableMax), 1);
	}

	/** A previous leaf nothing compares with, with the unit's row then, if any. */
	public record Dropped(String code, String name, BigDecimal maxPoints, Optional<ScorecardRow> before) {

	}

}
