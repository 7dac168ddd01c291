package org.parindex.contest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The attempt policies, the tie-break chain and prizes, on small rounds written out by
 * hand.
 */
class ContestRankingTests {

	private static final Instant T0 = Instant.parse("2022-05-24T09:00:00Z");

	private static final List<TieBreak> QUANG_NAM = List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE,
			TieBreak.DURATION, TieBreak.SUBMISSION_TIME);

	static ScoredAttempt attempt(String who, int number, String score, Long prediction, Long seconds, long atSeconds) {
		return attempt(who, "CD", number, score, prediction, seconds, atSeconds);
	}

	static ScoredAttempt attempt(String who, String group, int number, String score, Long prediction, Long seconds,
			long atSeconds) {
		return new ScoredAttempt(who, group, number, new BigDecimal(score),
				(prediction == null) ? OptionalLong.empty() : OptionalLong.of(prediction),
				Optional.ofNullable(seconds).map(Duration::ofSeconds), T0.plusSeconds(atSeconds));
	}

	private static List<Object> order(List<ContestRanking.Placed> ranking) {
		return ranking.stream().map((p) -> (Object) (p.contender().participant() + "#" + p.rank())).toList();
	}

	@Test
	void equalScoresAreDecidedByPredictionThenDurationThenTime() {
		List<ScoredAttempt> round = List.of(attempt("an", 1, "10", 1200L, 300L, 50),
				attempt("binh", 1, "10", 1000L, 400L, 40), attempt("chi", 1, "10", 1000L, 300L, 60),
				attempt("dung", 1, "10", 1000L, 300L, 30), attempt("em", 1, "9", 1000L, 100L, 10));
		// the true value 1000: binh, chi and dung are exact; then the shorter; then the
		// earlier
		assertThat(order(ContestRanking.rank(round, AttemptPolicy.BEST, QUANG_NAM, OptionalLong.of(1000))))
			.containsExactly("dung#1", "chi#2", "binh#3", "an#4", "em#5");
		// until the true value is known, the prediction decides nothing
		assertThat(order(ContestRanking.rank(round, AttemptPolicy.BEST, QUANG_NAM, OptionalLong.empty())))
			.containsExactly("dung#1", "an#2", "chi#3", "binh#4", "em#5");
	}

	@Test
	void contendersEqualOnEveryKeyShareARank() {
		List<ScoredAttempt> round = List.of(attempt("an", 1, "8", 5L, 300L, 50), attempt("binh", 1, "10", 5L, 300L, 40),
				attempt("chi", 1, "8", 9L, 200L, 10), attempt("dung", 1, "7", 5L, 300L, 30));
		assertThat(order(ContestRanking.rank(round, AttemptPolicy.BEST, List.of(TieBreak.SCORE), OptionalLong.empty())))
			.containsExactly("binh#1", "an#2", "chi#2", "dung#4");
	}

	@Test
	void eachAttemptPolicyCountsItsAttempt() {
		List<ScoredAttempt> tries = List.of(attempt("an", 1, "6", 100L, 300L, 10),
				attempt("an", 2, "9", 100L, 500L, 20), attempt("an", 3, "9", 100L, 250L, 30),
				attempt("an", 4, "7", 100L, 100L, 40));
		assertThat(AttemptPolicy.FIRST.counted(tries, QUANG_NAM, OptionalLong.empty()).number()).isEqualTo(1);
		assertThat(AttemptPolicy.LAST.counted(tries, QUANG_NAM, OptionalLong.empty()).number()).isEqualTo(4);
		// the best score, then the shorter of the two nines
		assertThat(AttemptPolicy.BEST.counted(tries, QUANG_NAM, OptionalLong.empty()).number()).isEqualTo(3);
		// with score then time only (VCNET-like), the earlier of the two nines
		assertThat(AttemptPolicy.BEST
			.counted(tries, List.of(TieBreak.SCORE, TieBreak.SUBMISSION_TIME), OptionalLong.empty())
			.number()).isEqualTo(2);
		var ranked = ContestRanking.rank(tries, AttemptPolicy.LAST, QUANG_NAM, OptionalLong.empty());
		assertThat(ranked).extracting((p) -> p.contender().attempts(), (p) -> p.contender().counted().score())
			.containsExactly(tuple(4, new BigDecimal("7")));
	}

	@Test
	void fewerAttemptsDecidesAfterScoreAndTimeAsInDongNai() {
		List<ScoredAttempt> round = List.of(attempt("an", 1, "5", null, 300L, 10),
				attempt("an", 2, "10", null, 300L, 20), attempt("binh", 1, "10", null, 300L, 30));
		assertThat(order(ContestRanking.rank(round, AttemptPolicy.BEST,
				List.of(TieBreak.SCORE, TieBreak.DURATION, TieBreak.FEWER_ATTEMPTS), OptionalLong.empty())))
			.containsExactly("binh#1", "an#2");
	}

	@Test
	void aPaperEntryWithoutDurationOrPredictionComesAfterOnlineOnesOnThoseKeys() {
		List<ScoredAttempt> round = List.of(attempt("giay", 1, "10", null, null, 0),
				attempt("mang", 1, "10", 800L, 600L, 90));
		assertThat(order(ContestRanking.rank(round, AttemptPolicy.BEST, QUANG_NAM, OptionalLong.of(1000))))
			.containsExactly("mang#1", "giay#2");
	}

	@Test
	void refusesAChainWithoutKeysOrWithAKeyTwice() {
		List<ScoredAttempt> round = List.of(attempt("an", 1, "5", null, 300L, 10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ContestRanking.rank(round, AttemptPolicy.BEST, List.of(), OptionalLong.empty()));
		assertThatIllegalArgumentException().isThrownBy(() -> ContestRanking.rank(round, AttemptPolicy.BEST,
				List.of(TieBreak.SCORE, TieBreak.SCORE), OptionalLong.empty()));
	}

	@Test
	void prizesGoDownTheRankingOnePerPersonPerRoundWithGroupQuotas() {
		// Đồng Nai's weekly quotas per group: officials and students apart, then anyone
		List<ScoredAttempt> round = List.of(attempt("a", "CBCC", 1, "10", null, 100L, 1),
				attempt("b", "HS", 1, "10", null, 110L, 2), attempt("c", "CBCC", 1, "10", null, 120L, 3),
				attempt("d", "HS", 1, "9", null, 90L, 4), attempt("e", "KHAC", 1, "9", null, 95L, 5),
				attempt("f", "CBCC", 1, "8", null, 80L, 6));
		var ranking = ContestRanking.rank(round, AttemptPolicy.BEST,
				List.of(TieBreak.SCORE, TieBreak.DURATION, TieBreak.SUBMISSION_TIME), OptionalLong.empty());
		PrizePlan plan = new PrizePlan(
				List.of(new PrizePlan.Level("Giải Nhất", Map.of("", 1)),
						new PrizePlan.Level("Giải Nhì", Map.of("CBCC", 1, "HS", 1)),
						new PrizePlan.Level("Giải Ba", Map.of("", 2))),
				Optional.of(new BigDecimal("9")), Optional.empty());
		var award = PrizeAllocation.allocate(ranking, plan);
		assertThat(award.prizes()).extracting(PrizeAllocation.Prize::level, (p) -> p.winner().contender().participant())
			.containsExactly(tuple("Giải Nhất", "a"), tuple("Giải Nhì", "b"), tuple("Giải Nhì", "c"),
					tuple("Giải Ba", "d"), tuple("Giải Ba", "e"));
		assertThat(award.ties()).isEmpty();
	}

	@Test
	void aTieOnTheLastPrizeGivesItToAllAndSaysSoAndTheCapIsNeverPassed() {
		List<ScoredAttempt> round = List.of(attempt("a", 1, "10", null, 100L, 1), attempt("b", 1, "9", null, 100L, 2),
				attempt("c", 1, "9", null, 100L, 3), attempt("d", 1, "5", null, 100L, 4));
		var ranking = ContestRanking.rank(round, AttemptPolicy.BEST, List.of(TieBreak.SCORE), OptionalLong.empty());
		PrizePlan two = new PrizePlan(List.of(new PrizePlan.Level("Giải Nhất", Map.of("", 2))), Optional.empty(),
				Optional.empty());
		var award = PrizeAllocation.allocate(ranking, two);
		assertThat(award.prizes()).extracting((p) -> p.winner().contender().participant())
			.containsExactly("a", "b", "c");
		assertThat(award.ties()).hasSize(1);
		PrizePlan capped = new PrizePlan(List.of(new PrizePlan.Level("Giải Nhất", Map.of("", 3))), Optional.empty(),
				Optional.of(new BigDecimal("0.5")));
		var cappedAward = PrizeAllocation.allocate(ranking, capped);
		assertThat(cappedAward.prizes()).extracting((p) -> p.winner().contender().participant())
			.containsExactly("a", "b");
		assertThat(cappedAward.ties()).hasSize(1);
	}

}
