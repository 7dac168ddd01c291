package org.parindex.reporting.web;

import java.math.BigDecimal;
import java.util.Optional;

import org.parindex.engine.Component;
import org.parindex.methodology.ClassBandView;
import org.parindex.methodology.IndexSetView;
import org.parindex.organization.UnitView;
import org.parindex.scoring.PreviousStanding;
import org.parindex.scoring.UnitStanding;

/** A row of the ranking table, as pages and the API show it (values unrounded). */
record RankingRow(int rank, int unitCount, UnitView unit, BigDecimal appraisal, BigDecimal survey, BigDecimal bonus,
		BigDecimal deduction, BigDecimal total, BigDecimal indexPercent, Optional<ClassBandView> classification,
		Optional<PreviousStanding> previous) {

	static RankingRow of(UnitStanding standing, IndexSetView set) {
		return new RankingRow(standing.rank().rank(), standing.rank().unitCount(), standing.unit(),
				standing.result().component(Component.APPRAISAL), standing.result().component(Component.SURVEY),
				standing.result().bonus().applied(), standing.result().deduction().applied(), standing.result().total(),
				standing.result().indexPercent(), standing.result().classification().flatMap(set::classBand),
				standing.previous());
	}

}
