package org.parindex.contest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of {@link ContestRanking} over random rounds with frequent ties: every
 * participant ranked once, ranks are 1 plus the number of contenders strictly better
 * under the chain, and the order agrees with the chain.
 */
class ContestRankingPropertiesTests {

	@Property(tries = 300)
	void rankIsOnePlusTheNumberOfStrictlyBetterContenders(@ForAll("rounds") List<ScoredAttempt> round,
			@ForAll("chains") List<TieBreak> chain, @ForAll AttemptPolicy policy) {
		OptionalLong truth = OptionalLong.of(50);
		var ranking = ContestRanking.rank(round, policy, chain, truth);
		Set<String> participants = new HashSet<>();
		round.forEach((attempt) -> participants.add(attempt.participant()));
		assertThat(ranking).hasSize(participants.size());
		var order = ContestRanking.order(chain, truth);
		for (var placed : ranking) {
			long better = ranking.stream()
				.filter((other) -> order.compare(other.contender(), placed.contender()) < 0)
				.count();
			assertThat(placed.rank()).isEqualTo(better + 1);
		}
		for (int i = 1; i < ranking.size(); i++) {
			assertThat(order.compare(ranking.get(i - 1).contender(), ranking.get(i).contender()))
				.isLessThanOrEqualTo(0);
		}
	}

	@Provide
	Arbitrary<List<ScoredAttempt>> rounds() {
		Arbitrary<ScoredAttempt> attempt = Combinators
			.combine(Arbitraries.of("a", "b", "c", "d", "e", "f"), Arbitraries.integers().between(1, 3),
					Arbitraries.integers().between(8, 10), Arbitraries.longs().between(45, 55).injectNull(0.2),
					Arbitraries.longs().between(100, 103).injectNull(0.1), Arbitraries.longs().between(0, 3))
			.as((who, number, score, prediction, seconds, at) -> ContestRankingTests.attempt(who, number,
					Integer.toString(score), prediction, seconds, at));
		// one attempt per participant and number
		return attempt.list().ofMinSize(1).ofMaxSize(12).map((attempts) -> {
			Set<String> keys = new HashSet<>();
			List<ScoredAttempt> unique = new ArrayList<>();
			for (ScoredAttempt a : attempts) {
				if (keys.add(a.participant() + "#" + a.number())) {
					unique.add(a);
				}
			}
			return unique;
		});
	}

	@Provide
	Arbitrary<List<TieBreak>> chains() {
		return Arbitraries.of(TieBreak.values()).list().uniqueElements().ofMinSize(1).ofMaxSize(5);
	}

}
