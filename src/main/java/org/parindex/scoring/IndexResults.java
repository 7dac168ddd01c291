package org.parindex.scoring;

import java.util.List;
import java.util.Optional;

import org.parindex.methodology.IndexSetView;

/**
 * The results of every participating unit under one index set, in rank order (ties in the
 * province's order of units).
 *
 * @param previousYear the year compared with, when the unit group has a set for the year
 * before
 */
public record IndexResults(IndexSetView set, List<UnitStanding> standings, Optional<Integer> previousYear) {

	public IndexResults {
		standings = List.copyOf(standings);
	}

	public int unitCount() {
		return this.standings.size();
	}

	public Optional<UnitStanding> standing(String unitCode) {
		return this.standings.stream().filter((standing) -> standing.unit().code().equals(unitCode)).findFirst();
	}

}
