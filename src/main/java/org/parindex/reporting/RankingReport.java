package org.parindex.reporting;

import org.parindex.organization.UnitGroupView;
import org.parindex.scoring.IndexResults;

/** The ranking of a year and unit group, with everything a ranking table shows. */
public record RankingReport(UnitGroupView group, IndexResults results) {

}
