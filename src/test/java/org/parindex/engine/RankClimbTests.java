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
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.parindex.engine.TestTrees.area;
import static org.parindex.engine.TestTrees.criterion;
import static org.parindex.engine.TestTrees.d;
import static org.parindex.engine.TestTrees.manual;
import static org.parindex.engine.TestTrees.set;
import static org.parindex.engine.TestTrees.unit;

/**
 * What it takes a unit to move up ({@link RankClimb}): gaps to each higher rank and the
 * least-effort set of lost criteria that closes each, checked against every subset and
 * against the engine's own scoring and ranking.
 */
class RankClimbTests {

	/** Five criteria worth 1, 2, 3, 4 and 5 points. */
	private static IndexSet fiveCriteria() {
		return set(area("1", criterion("1.1", "1", manual("0.01")), criterion("1.2", "2", manual("0.01")),
				criterion("1.3", "3", manual("0.01")), criterion("1.4", "4", manual("0.01")),
				criterion("1.5", "5", manual("0.01"))))
			.build();
	}

	private static UnitResult zeroEverywhere(IndexSet set) {
		TestTrees.UnitBuilder builder = unit("me");
		for (String code : List.of("1.1", "1.2", "1.3", "1.4", "1.5")) {
			builder.enter(code, "score", "0");
		}
		return Scorer.score(set, builder.build());
	}

	private static List<RankedUnit> ranking(UnitResult me, String... otherTotals) {
		List<Standing> standings = new ArrayList<>();
		standings.add(new Standing(me.unitKey(), me.total()));
		for (int i = 0; i < otherTotals.length; i++) {
			standings.add(new Standing("u" + i, d(otherTotals[i])));
		}
		return Ranking.rank(standings, TieRule.PUBLISHED_PRECISION);
	}

	@Test
	void eachHigherRankHasItsGapAndTheLeastEffortSetThatClosesIt() {
		IndexSet set = fiveCriteria();
		UnitResult me = zeroEverywhere(set);
		// others: 9 (rank 1), 4.5 (rank 2), 4.5 (rank 2), 1 (rank 4); me 0 → rank 5
		List<RankedUnit> ranking = ranking(me, "9", "4.5", "4.5", "1");
		Map<String, Effort> efforts = Map.of("1.5", Effort.HIGH, "1.4", Effort.HIGH, "1.1", Effort.LOW, "1.2",
				Effort.LOW, "1.3", Effort.LOW);

		List<RankClimb.Target> targets = RankClimb.targets(me, ranking, TieRule.PUBLISHED_PRECISION,
				set.componentMaxima(), efforts);

		assertThat(targets).extracting(RankClimb.Target::rank).containsExactly(1, 2, 4);
		RankClimb.Target fourth = targets.get(2);
		// reaching 1,00 at two places needs 0,995: one easy criterion; of the three, the
		// one recovering most (1.3, 3 points)
		assertThat(fourth.gap()).isEqualByComparingTo("0.995");
		assertThat(fourth.plan().orElseThrow().criteria()).extracting(RankClimb.Lost::code).containsExactly("1.3");
		assertThat(fourth.plan().orElseThrow().rank()).isEqualTo(4);
		// 4,5 with easy criteria only: 1.2 + 1.3 = 5 (effort 2) beats 1.5 alone (effort
		// 3)
		RankClimb.Plan second = targets.get(1).plan().orElseThrow();
		assertThat(second.criteria()).extracting(RankClimb.Lost::code).containsExactly("1.2", "1.3");
		assertThat(second.effort()).isEqualTo(2);
		assertThat(second.gain()).isEqualByComparingTo("5");
		assertThat(second.rank()).isEqualTo(2);
		// 9 needs 8,995: three criteria of effort 5 at least (e.g. 1.2 + 1.3 + 1.5 = 10)
		RankClimb.Plan first = targets.get(0).plan().orElseThrow();
		assertThat(first.gain()).isGreaterThanOrEqualTo(d("8.995"));
		assertThat(first.rank()).isEqualTo(1);
		assertThat(first.effort()).isEqualTo(5);
	}

	@Test
	void aGapLargerThanEverythingLostHasNoPlan() {
		IndexSet set = fiveCriteria();
		UnitResult me = zeroEverywhere(set);

		List<RankClimb.Target> targets = RankClimb.targets(me, ranking(me, "16"), TieRule.PUBLISHED_PRECISION,
				set.componentMaxima(), Map.of());

		assertThat(targets).hasSize(1);
		assertThat(targets.get(0).gap()).isEqualByComparingTo("15.995");
		assertThat(targets.get(0).plan()).isEmpty();
	}

	@Test
	void theFirstUnitHasNoHigherRank() {
		IndexSet set = fiveCriteria();
		UnitResult me = zeroEverywhere(set);

		assertThat(RankClimb.targets(me, ranking(me, "0", "0.004"), TieRule.PUBLISHED_PRECISION, set.componentMaxima(),
				Map.of()))
			.isEmpty();
	}

	@Test
	void inAConvertedComponentAPointRecoveredCountsFullOverApplicable() {
		// 1.5 not applicable: applicable max 10 of 15, so each point recovered adds 1,5
		IndexSet set = fiveCriteria();
		TestTrees.UnitBuilder builder = unit("me").notApplicable("1.5");
		for (String code : List.of("1.1", "1.2", "1.3", "1.4")) {
			builder.enter(code, "score", "0");
		}
		UnitResult me = Scorer.score(set, builder.build());

		List<RankClimb.Lost> lost = RankClimb.lost(me, set.componentMaxima(), Map.of());

		assertThat(lost).extracting(RankClimb.Lost::code).containsExactly("1.1", "1.2", "1.3", "1.4");
		assertThat(lost.get(1).gain()).isEqualByComparingTo("3");
		RankClimb.Outcome outcome = RankClimb.whatIf(me, ranking(me, "4"), TieRule.PUBLISHED_PRECISION,
				set.componentMaxima(), Map.of("1.3", d("3")));
		assertThat(outcome.total()).isEqualByComparingTo("4.5");
		assertThat(outcome.rank()).isEqualTo(1);
		assertThat(outcome.rankBefore()).isEqualTo(2);
	}

	@Test
	void whatIfRefusesUnknownLeavesAndScoresOutOfRange() {
		IndexSet set = fiveCriteria();
		UnitResult me = zeroEverywhere(set);
		List<RankedUnit> ranking = ranking(me, "3");

		assertThatIllegalArgumentException().isThrownBy(() -> RankClimb.whatIf(me, ranking, TieRule.PUBLISHED_PRECISION,
				set.componentMaxima(), Map.of("9.9", d("1"))));
		assertThatIllegalArgumentException().isThrownBy(() -> RankClimb.whatIf(me, ranking, TieRule.PUBLISHED_PRECISION,
				set.componentMaxima(), Map.of("1.1", d("1.01"))));
		assertThatIllegalArgumentException().isThrownBy(() -> RankClimb.whatIf(me, ranking, TieRule.PUBLISHED_PRECISION,
				set.componentMaxima(), Map.of("1.1", d("-0.01"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RankClimb.targets(me, ranking.stream().filter((r) -> !r.unitKey().equals("me")).toList(),
					TieRule.PUBLISHED_PRECISION, set.componentMaxima(), Map.of()));
	}

	/**
	 * Against every subset of the lost criteria: no set of less effort (or equal effort
	 * and fewer criteria) reaches the rank, and the plan's total and rank are what the
	 * engine scores and ranks with those criteria at their maximum.
	 */
	@Property(tries = 150)
	void thePlanIsTheLeastEffortSetAndTheEngineAgrees(@ForAll("scores") List<Integer> hundredths,
			@ForAll("efforts") List<Effort> efforts, @ForAll("totals") List<Integer> otherHundredths,
			@ForAll @IntRange(min = 0, max = 3) int places) {
		TieRule tieRule = new TieRule(places);
		List<Node> criteria = new ArrayList<>();
		TestTrees.UnitBuilder builder = unit("me");
		Map<String, Effort> tags = new HashMap<>();
		for (int i = 0; i < hundredths.size(); i++) {
			String code = "1." + (i + 1);
			criteria.add(criterion(code, "2", manual("0.01")));
			builder.enter(code, "score", BigDecimal.valueOf(hundredths.get(i), 2).toPlainString());
			tags.put(code, efforts.get(i % efforts.size()));
		}
		IndexSet set = set(area("1", criteria.toArray(Node[]::new))).build();
		UnitResult me = Scorer.score(set, builder.build());
		List<Standing> standings = new ArrayList<>();
		standings.add(new Standing("me", me.total()));
		for (int i = 0; i < otherHundredths.size(); i++) {
			standings.add(new Standing("o" + i, BigDecimal.valueOf(otherHundredths.get(i), 3)));
		}
		List<RankedUnit> ranking = Ranking.rank(standings, tieRule);

		List<RankClimb.Target> targets = RankClimb.targets(me, ranking, tieRule, set.componentMaxima(), tags);
		List<RankClimb.Lost> lost = RankClimb.lost(me, set.componentMaxima(), tags);

		for (RankClimb.Target target : targets) {
			int bestEffort = Integer.MAX_VALUE;
			int bestCount = Integer.MAX_VALUE;
			for (int mask = 0; mask < (1 << lost.size()); mask++) {
				int effort = 0;
				TestTrees.UnitBuilder recovered = unit("me");
				for (int i = 0; i < hundredths.size(); i++) {
					recovered.enter("1." + (i + 1), "score", BigDecimal.valueOf(hundredths.get(i), 2).toPlainString());
				}
				for (int i = 0; i < lost.size(); i++) {
					if ((mask & (1 << i)) != 0) {
						effort += lost.get(i).effort().weight();
						recovered.enter(lost.get(i).code(), "score", "2");
					}
				}
				if (rankOf(Scorer.score(set, recovered.build()).total(), ranking, tieRule) <= target.rank()
						&& (effort < bestEffort || (effort == bestEffort && Integer.bitCount(mask) < bestCount))) {
					bestEffort = effort;
					bestCount = Integer.bitCount(mask);
				}
			}
			if (bestEffort == Integer.MAX_VALUE) {
				assertThat(target.plan()).isEmpty();
				continue;
			}
			RankClimb.Plan plan = target.plan().orElseThrow();
			assertThat(plan.effort()).isEqualTo(bestEffort);
			assertThat(plan.criteria()).hasSize(bestCount);
			TestTrees.UnitBuilder recovered = unit("me");
			for (int i = 0; i < hundredths.size(); i++) {
				recovered.enter("1." + (i + 1), "score", BigDecimal.valueOf(hundredths.get(i), 2).toPlainString());
			}
			plan.criteria().forEach((criterion) -> recovered.enter(criterion.code(), "score", "2"));
			BigDecimal total = Scorer.score(set, recovered.build()).total();
			assertThat(plan.total()).isEqualByComparingTo(total);
			assertThat(plan.rank()).isEqualTo(rankOf(total, ranking, tieRule)).isLessThanOrEqualTo(target.rank());
		}
	}

	private static int rankOf(BigDecimal total, List<RankedUnit> ranking, TieRule tieRule) {
		List<Standing> standings = new ArrayList<>();
		for (RankedUnit ranked : ranking) {
			standings.add(new Standing(ranked.unitKey(), ranked.unitKey().equals("me") ? total : ranked.total()));
		}
		return Ranking.rank(standings, tieRule)
			.stream()
			.filter((ranked) -> ranked.unitKey().equals("me"))
			.findFirst()
			.orElseThrow()
			.rank();
	}

	@Provide
	Arbitrary<List<Integer>> scores() {
		return Arbitraries.integers().between(0, 200).list().ofMinSize(1).ofMaxSize(9);
	}

	@Provide
	Arbitrary<List<Effort>> efforts() {
		return Arbitraries.of(Effort.class).list().ofMinSize(1).ofMaxSize(9);
	}

	@Provide
	Arbitrary<List<Integer>> totals() {
		return Arbitraries.integers().between(0, 18000).list().ofMinSize(1).ofMaxSize(6);
	}

}
