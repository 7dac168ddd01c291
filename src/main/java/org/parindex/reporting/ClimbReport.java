package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Effort;
import org.parindex.engine.RankClimb;

/**
 * What it takes a unit to move up in a published year (issue 12, item 4): its scorecard,
 * the criteria on which it lost points with their effort tags, each higher rank with the
 * gap and the least-effort set of criteria that closes it, and the outcome of a what-if.
 *
 * @param scorecard the unit's published scorecard
 * @param lost its lost criteria in tree order, with the gain of recovering each (points)
 * @param targets each higher rank, best first (empty for the first unit)
 * @param efforts the effort tags used, by leaf code
 * @param scores the what-if scores used, by leaf code (points)
 * @param outcome the total and rank with those scores; empty without any
 */
public record ClimbReport(ScorecardReport scorecard, List<RankClimb.Lost> lost, List<RankClimb.Target> targets,
		Map<String, Effort> efforts, Map<String, BigDecimal> scores, Optional<RankClimb.Outcome> outcome) {

	public ClimbReport {
		lost = List.copyOf(lost);
		targets = List.copyOf(targets);
		efforts = Map.copyOf(efforts);
		scores = Map.copyOf(scores);
	}

	/** The scorecard row of a lost criterion, for its name and points. */
	public ScorecardRow row(String code) {
		return this.scorecard.rows()
			.stream()
			.filter((row) -> row.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No row " + code));
	}

}
