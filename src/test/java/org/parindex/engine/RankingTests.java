package org.parindex.engine;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parindex.engine.TestTrees.d;

class RankingTests {

	private static List<Standing> standings(String... keyAndTotal) {
		List<Standing> standings = new ArrayList<>();
		for (int i = 0; i < keyAndTotal.length; i += 2) {
			standings.add(new Standing(keyAndTotal[i], d(keyAndTotal[i + 1])));
		}
		return standings;
	}

	@Test
	void ranksByTotalHighestFirst() {
		List<RankedUnit> ranked = Ranking.rank(standings("a", "60.5", "b", "81", "c", "70.25"),
				TieRule.PUBLISHED_PRECISION);

		assertThat(ranked).extracting(RankedUnit::unitKey, RankedUnit::rank)
			.containsExactly(tuple("b", 1), tuple("c", 2), tuple("a", 3));
	}

	@Test
	void equalTotalsShareARankAndTheNextRankSkips() {
		List<RankedUnit> ranked = Ranking.rank(standings("a", "90", "b", "80", "c", "80", "d", "70"),
				TieRule.PUBLISHED_PRECISION);

		assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4);
		assertThat(ranked).extracting(RankedUnit::unitKey).containsExactly("a", "b", "c", "d");
	}

	@Test
	void totalsEqualAtTwoPlacesTie() {
		List<RankedUnit> ranked = Ranking.rank(standings("a", "75.262", "b", "75.258"), TieRule.PUBLISHED_PRECISION);

		assertThat(ranked).extracting(RankedUnit::unitKey, RankedUnit::rank)
			.containsExactly(tuple("a", 1), tuple("b", 1));
	}

	@Test
	void totalsDifferentAtTwoPlacesDoNotTie() {
		List<RankedUnit> ranked = Ranking.rank(standings("a", "75.262", "b", "75.266"), TieRule.PUBLISHED_PRECISION);

		assertThat(ranked).extracting(RankedUnit::unitKey, RankedUnit::rank)
			.containsExactly(tuple("b", 1), tuple("a", 2));
	}

	@Test
	void totalsEqualAtThePublishedThreePlacesTie() {
		// both are published as 97,685: same figure, same rank
		List<RankedUnit> ranked = Ranking.rank(standings("a", "97.6849", "b", "97.6851", "c", "97.684"),
				new TieRule(3));

		assertThat(ranked).extracting(RankedUnit::unitKey, RankedUnit::rank)
			.containsExactly(tuple("a", 1), tuple("b", 1), tuple("c", 3));
	}

	@Test
	void tieRuleWithMorePlacesSeparatesCloseTotals() {
		List<RankedUnit> ranked = Ranking.rank(standings("a", "75.258", "b", "75.262"), new TieRule(3));

		assertThat(ranked).extracting(RankedUnit::unitKey, RankedUnit::rank)
			.containsExactly(tuple("b", 1), tuple("a", 2));
	}

	@Test
	void tiedUnitsKeepTheOrderGiven() {
		List<RankedUnit> ranked = Ranking.rank(standings("z", "75.258", "a", "75.262", "m", "75.26"),
				TieRule.PUBLISHED_PRECISION);

		assertThat(ranked).extracting(RankedUnit::unitKey).containsExactly("z", "a", "m");
		assertThat(ranked).extracting(RankedUnit::rank).containsOnly(1);
	}

	@Test
	void rankedUnitsKeepTheirUnroundedTotals() {
		List<RankedUnit> ranked = Ranking.rank(standings("a", "75.262"), TieRule.PUBLISHED_PRECISION);

		assertThat(ranked.get(0).total()).isEqualTo(d("75.262"));
	}

	@Test
	void rankIsANumberOfTheUnitCountLeavingPaddingToTheCaller() {
		List<Standing> standings = new ArrayList<>();
		for (int i = 1; i <= 17; i++) {
			standings.add(new Standing("u" + i, d(String.valueOf(100 - i))));
		}

		RankedUnit sixth = Ranking.rank(standings, TieRule.PUBLISHED_PRECISION).get(5);

		assertThat(sixth.rank()).isEqualTo(6);
		assertThat(sixth.unitCount()).isEqualTo(17);
	}

	@Test
	void noStandingsGiveAnEmptyRanking() {
		assertThat(Ranking.rank(List.of(), TieRule.PUBLISHED_PRECISION)).isEmpty();
	}

	@Test
	void tieRuleRoundsHalfUp() {
		assertThat(TieRule.PUBLISHED_PRECISION.comparable(d("75.265"))).isEqualTo(d("75.27"));
		assertThat(TieRule.PUBLISHED_PRECISION.comparable(d("75.2649"))).isEqualTo(d("75.26"));
	}

}
