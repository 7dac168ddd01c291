package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of {@link Ranking}: standard competition ranking on totals compared at the
 * tie rule's places. Totals are drawn from a narrow range with three places so that ties
 * at two places are frequent.
 */
class RankingPropertiesTests {

	@Property(tries = 200)
	void rankIsOnePlusTheNumberOfStrictlyHigherTotals(@ForAll("standings") List<Standing> standings,
			@ForAll @IntRange(min = 0, max = 4) int places) {
		TieRule tieRule = new TieRule(places);

		List<RankedUnit> ranked = Ranking.rank(standings, tieRule);

		for (RankedUnit unit : ranked) {
			BigDecimal own = tieRule.comparable(unit.total());
			long higher = standings.stream()
				.filter(other -> tieRule.comparable(other.total()).compareTo(own) > 0)
				.count();
			assertThat(unit.rank()).as(unit.unitKey()).isEqualTo(1 + (int) higher);
			assertThat(unit.unitCount()).isEqualTo(standings.size());
		}
	}

	@Property(tries = 200)
	void unitsWithEqualComparableTotalsShareARank(@ForAll("standings") List<Standing> standings) {
		TieRule tieRule = TieRule.PUBLISHED_PRECISION;

		List<RankedUnit> ranked = Ranking.rank(standings, tieRule);

		for (RankedUnit one : ranked) {
			for (RankedUnit other : ranked) {
				int byTotal = tieRule.comparable(one.total()).compareTo(tieRule.comparable(other.total()));
				assertThat(Integer.signum(Integer.compare(other.rank(), one.rank())))
					.isEqualTo(Integer.signum(byTotal));
			}
		}
	}

	@Property(tries = 200)
	void rankingListsEveryUnitOnceBestFirstStartingAtOne(@ForAll("standings") List<Standing> standings) {
		List<RankedUnit> ranked = Ranking.rank(standings, TieRule.PUBLISHED_PRECISION);

		assertThat(ranked).extracting(RankedUnit::unitKey)
			.containsExactlyInAnyOrderElementsOf(standings.stream().map(Standing::unitKey).toList());
		assertThat(ranked.get(0).rank()).isEqualTo(1);
		assertThat(ranked).extracting(RankedUnit::rank).isSorted();
		assertThat(ranked).extracting(RankedUnit::rank).allMatch(rank -> rank >= 1 && rank <= standings.size());
	}

	@Property(tries = 200)
	void raisingOneTotalNeverWorsensItsRankNorImprovesAnothers(@ForAll("standings") List<Standing> standings,
			@ForAll @IntRange(min = 0, max = 29) int which,
			@ForAll @BigRange(min = "0", max = "3") @Scale(3) BigDecimal raise) {
		int index = which % standings.size();
		Standing raised = standings.get(index);
		List<Standing> after = new ArrayList<>(standings);
		after.set(index, new Standing(raised.unitKey(), raised.total().add(raise)));

		Map<String, Integer> ranksBefore = ranks(Ranking.rank(standings, TieRule.PUBLISHED_PRECISION));
		Map<String, Integer> ranksAfter = ranks(Ranking.rank(after, TieRule.PUBLISHED_PRECISION));

		assertThat(ranksAfter.get(raised.unitKey())).isLessThanOrEqualTo(ranksBefore.get(raised.unitKey()));
		for (Standing other : standings) {
			if (!other.unitKey().equals(raised.unitKey())) {
				assertThat(ranksAfter.get(other.unitKey())).as(other.unitKey())
					.isGreaterThanOrEqualTo(ranksBefore.get(other.unitKey()));
			}
		}
	}

	private static Map<String, Integer> ranks(List<RankedUnit> ranked) {
		Map<String, Integer> ranks = new HashMap<>();
		ranked.forEach(unit -> ranks.put(unit.unitKey(), unit.rank()));
		return ranks;
	}

	@Provide
	Arbitrary<List<Standing>> standings() {
		return Arbitraries.bigDecimals()
			.between(new BigDecimal("70"), new BigDecimal("72"))
			.ofScale(3)
			.list()
			.ofMinSize(1)
			.ofMaxSize(30)
			.map(totals -> {
				List<Standing> standings = new ArrayList<>();
				for (int i = 0; i < totals.size(); i++) {
					standings.add(new Standing("u" + i, totals.get(i)));
				}
				return standings;
			});
	}

}
