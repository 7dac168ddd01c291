package org.parindex.reporting;

import java.util.List;

import org.parindex.engine.LeafStatistics;
import org.parindex.organization.UnitGroupView;
import org.parindex.scoring.IndexResults;
import org.parindex.scoring.UnitStanding;

/**
 * One unit's scorecard for a year: its standing, the tree as rows, the appraisal
 * statistics and the narrative summary.
 *
 * @param rows the tree in order, each node with its depth
 * @param appraisal leaves at maximum and losing points in the appraisal part
 * @param publication the revision it is read from
 * @param adjustments the unit's approved bonus and deduction items as that revision
 * published them
 */
public record ScorecardReport(UnitGroupView group, IndexResults results, UnitStanding standing, List<ScorecardRow> rows,
		LeafStatistics appraisal, Narrative narrative, PublicationView publication,
		List<PublishedAdjustment> adjustments) {

	public ScorecardReport {
		rows = List.copyOf(rows);
		adjustments = List.copyOf(adjustments);
	}

	/** The area rows, for the chart of points by area against maximum. */
	public List<ScorecardRow> areas() {
		return this.rows.stream().filter((row) -> row.depth() == 0).toList();
	}

}
