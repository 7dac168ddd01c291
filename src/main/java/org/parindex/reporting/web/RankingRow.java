package org.parindex.reporting.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parindex.engine.Component;
import org.parindex.engine.RankLabel;
import org.parindex.methodology.ClassBandView;
import org.parindex.methodology.IndexSetView;
import org.parindex.organization.UnitView;
import org.parindex.scoring.PredecessorStanding;
import org.parindex.scoring.PreviousStanding;
import org.parindex.scoring.UnitStanding;

import org.springframework.context.MessageSource;

/**
 * A row of the ranking table, as pages and the API show it (values unrounded).
 *
 * @param submitted false for a unit that never submitted its self-assessment (marked)
 * @param places the set's published precision, at which the values are shown
 * @param rankLabel how the set writes ranks
 * @param predecessors for a unit merged or split since the year before (not compared),
 * the units it came from with their results that year
 */
record RankingRow(int rank, int unitCount, UnitView unit, BigDecimal appraisal, BigDecimal survey, BigDecimal bonus,
		BigDecimal deduction, BigDecimal total, BigDecimal indexPercent, Optional<ClassBandView> classification,
		Optional<PreviousStanding> previous, boolean submitted, int places, RankLabel rankLabel,
		List<PredecessorStanding> predecessors) {

	/**
	 * What the exports say of a unit whose line of units changed since the year before
	 * (issue 12, item 3), as the scorecard page does: the unit it is compared with when
	 * that is a predecessor under another code ({@code trước đây: Huyện Đak Pơ}), or the
	 * units it was formed from when it is not compared
	 * ({@code hình thành từ: Huyện Kbang,
	 * Huyện Kông Chro; không so sánh với năm 2020}); empty for a unit compared with
	 * itself, or new.
	 */
	static String lineageRemark(Optional<PreviousStanding> previous, List<PredecessorStanding> predecessors,
			MessageSource messages, Locale locale) {
		Optional<UnitView> predecessor = previous.flatMap(PreviousStanding::predecessor);
		if (predecessor.isPresent()) {
			return messages.getMessage("ranking.remark.formerly",
					new Object[] { title(predecessor.get(), messages, locale) }, locale);
		}
		if (!predecessors.isEmpty()) {
			String units = predecessors.stream()
				.map((earlier) -> title(earlier.unit(), messages, locale))
				.collect(java.util.stream.Collectors.joining(", "));
			return messages.getMessage("ranking.remark.formed-from", new Object[] { units, predecessors.get(0).year() },
					locale);
		}
		return "";
	}

	private static String title(UnitView unit, MessageSource messages, Locale locale) {
		return messages.getMessage("unit.title." + unit.kind().key(), new Object[] { unit.name() }, locale);
	}

	static RankingRow of(UnitStanding standing, IndexSetView set) {
		return new RankingRow(standing.rank().rank(), standing.rank().unitCount(), standing.unit(),
				standing.result().component(Component.APPRAISAL), standing.result().component(Component.SURVEY),
				standing.result().bonus().applied(), standing.result().deduction().applied(), standing.result().total(),
				standing.result().indexPercent(), standing.result().classification().flatMap(set::classBand),
				standing.previous(), standing.submitted(), set.publishedPlaces(), set.rankLabel(),
				standing.predecessors());
	}

}
