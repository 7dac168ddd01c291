package org.parindex.reporting.web;

import java.math.BigDecimal;
import java.util.Optional;

import org.parindex.engine.Component;
import org.parindex.engine.RankLabel;
import org.parindex.methodology.ClassBandView;
import org.parindex.methodology.IndexSetView;
import org.parindex.organization.UnitView;
import org.parindex.scoring.PreviousStanding;
import org.parindex.scoring.UnitStanding;

/**
 * A row of the ranking table, as pages and the API show it (values unrounded).
 *
 * @param submitted false for a unit that never submitted its self-assessment (marked)
 * @param places the set's published precision, at which the values are shown
 * @param rankLabel how the set writes ranks
 */
record RankingRow(int rank, int unitCount, UnitView unit, BigDecimal appraisal, BigDecimal survey, BigDecimal bonus,
		BigDecimal deduction, BigDecimal total, BigDecimal indexPercent, Optional<ClassBandView> classification,
		Optional<PreviousStanding> previous, boolean submitted, int places, RankLabel rankLabel) {

	static RankingRow of(UnitStanding standing, IndexSetView set) {
		return new RankingRow(standing.rank().rank(), standing.rank().unitCount(), standing.unit(),
				standing.result().component(Component.APPRAISAL), standing.result().component(Component.SURVEY),
				standing.result().bonus().applied(), standing.result().deduction().applied(), standing.result().total(),
				standing.result().indexPercent(), standing.result().classification().flatMap(set::classBand),
				standing.previous(), standing.submitted(), set.publishedPlaces(), set.rankLabel());
	}

}
