package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.methodology.NodeView;

/**
 * The units × sub-criteria matrix of a published year (issue 12, item 1): every unit in
 * rank order with its points on every leaf of the index set, beside the statistics of
 * each leaf across the units ({@link LossAnalysis}).
 *
 * @param ranking the year's ranking
 * @param leaves the set's leaves in tree order
 * @param units the units in rank order, each with its points per leaf
 * @param losses the statistics of every node across the units, in tree order
 */
public record MatrixReport(RankingReport ranking, List<NodeView> leaves, List<UnitRow> units, LossReport losses) {

	public MatrixReport {
		leaves = List.copyOf(leaves);
		units = List.copyOf(units);
	}

	/**
	 * A unit's row.
	 *
	 * @param rank its rank (1 = best)
	 * @param total its total (points)
	 * @param points its points per leaf code; empty for a leaf not applicable to it
	 * @param bonus its bonus as applied (capped; points)
	 * @param deduction its deduction as applied (capped; points)
	 */
	public record UnitRow(String code, String name, int rank, BigDecimal total,
			Map<String, Optional<BigDecimal>> points, BigDecimal bonus, BigDecimal deduction) {

		public UnitRow {
			points = Map.copyOf(points);
		}

	}

}
