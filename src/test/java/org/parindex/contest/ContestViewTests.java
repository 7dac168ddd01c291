package org.parindex.contest;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContestViewTests {

	private static final Instant OPENS = ContestRulesTests.at("2022-05-24T16:00");

	private static final Instant CLOSES = ContestRulesTests.at("2022-06-09T16:00");

	/** Two weekly rounds with a gap between them inside the contest's window. */
	static ContestView twoRounds() {
		return new ContestView(1, "hai-dot", "Hai đợt", "Ban Tổ chức", "Thể lệ", OPENS, CLOSES, 60, 16, null, null,
				null, List.of(TieBreak.SCORE), CollectiveFormula.ENTRIES, false, null, List.of(),
				List.of(new ContestView.RoundView(1, 1, "Tuần 1", OPENS, ContestRulesTests.at("2022-05-31T16:00"), 3,
						AttemptPolicy.BEST, 1200, 20),
						new ContestView.RoundView(2, 2, "Tuần 2", ContestRulesTests.at("2022-06-01T08:00"), CLOSES, 3,
								AttemptPolicy.BEST, 1200, 20)),
				List.of(), null, null, 1, null);
	}

	@Test
	void thePublicPageNextChangesAtTheNextOpeningOrCloseStrictlyAfterNow() {
		ContestView contest = twoRounds();
		assertThat(contest.nextChangeAfter(OPENS.minusMillis(1))).contains(OPENS);
		// at the opening itself the next change is the first round's close
		assertThat(contest.nextChangeAfter(OPENS)).contains(ContestRulesTests.at("2022-05-31T16:00"));
		assertThat(contest.nextChangeAfter(ContestRulesTests.at("2022-05-31T16:00")))
			.contains(ContestRulesTests.at("2022-06-01T08:00"));
		assertThat(contest.nextChangeAfter(ContestRulesTests.at("2022-06-05T00:00"))).contains(CLOSES);
		assertThat(contest.nextChangeAfter(CLOSES)).isEmpty();
	}

	@Test
	void theTimeForEntriesIsOverAfterTheLastRoundNotBeforeTheOpeningNorBetweenRounds() {
		ContestView contest = twoRounds();
		assertThat(contest.over(OPENS.minusMillis(1))).isFalse();
		assertThat(contest.over(ContestRulesTests.at("2022-05-31T20:00"))).isFalse();
		assertThat(contest.over(CLOSES.minusMillis(1))).isFalse();
		assertThat(contest.over(CLOSES)).isTrue();
		ContestView oneShortRound = new ContestView(2, "mot-dot", "Một đợt", "Ban Tổ chức", "Thể lệ", OPENS, CLOSES, 60,
				16, null, null, null, List.of(TieBreak.SCORE), CollectiveFormula.ENTRIES, false, null, List.of(),
				List.of(new ContestView.RoundView(1, 1, "Tuần 1", OPENS, ContestRulesTests.at("2022-05-31T16:00"), 3,
						AttemptPolicy.BEST, 1200, 20)),
				List.of(), null, null, 1, null);
		// the contest's window is still open, but its only round is over
		assertThat(oneShortRound.over(ContestRulesTests.at("2022-05-31T16:00"))).isTrue();
		assertThat(oneShortRound.status(ContestRulesTests.at("2022-05-31T16:00"))).isEqualTo(ContestStatus.OPEN);
	}

}
