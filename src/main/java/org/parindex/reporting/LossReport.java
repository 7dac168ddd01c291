package org.parindex.reporting;

import java.util.List;

/**
 * Where the units of a published year lost points (issue 12, item 3).
 *
 * @param ranking the year's ranking
 * @param rows a row per node of the index set, in tree order ({@link LossAnalysis})
 */
public record LossReport(RankingReport ranking, List<LossAnalysis.Row> rows) {

	/** How many leaves the "decided the ranking" list shows at most. */
	public static final int DECISIVE = 10;

	public LossReport {
		rows = List.copyOf(rows);
	}

	/** The leaves every unit they apply to scored in full: they decided nothing. */
	public List<LossAnalysis.Row> decidedNothing() {
		return this.rows.stream().filter((row) -> row.leaf() && row.everyoneAtMaximum()).toList();
	}

	/** The leaves that account for most of the differences between totals. */
	public List<LossAnalysis.Row> decisive() {
		return LossAnalysis.decisive(this.rows, DECISIVE);
	}

}
