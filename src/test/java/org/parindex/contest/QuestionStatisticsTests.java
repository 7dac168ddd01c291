package org.parindex.contest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionStatisticsTests {

	private static QuestionStatistics.Attempt attempt(long id, int score, long... rightWrong) {
		List<QuestionStatistics.Answer> answers = new ArrayList<>();
		for (long q : rightWrong) {
			answers.add(new QuestionStatistics.Answer(Math.abs(q), q > 0));
		}
		return new QuestionStatistics.Attempt(id, score, answers);
	}

	@Test
	void groupsAre27PercentRoundedAtLeastOneAndNeverOverlap() {
		assertThat(QuestionStatistics.groupSize(0)).isZero();
		assertThat(QuestionStatistics.groupSize(1)).isZero();
		assertThat(QuestionStatistics.groupSize(2)).isEqualTo(1);
		assertThat(QuestionStatistics.groupSize(3)).isEqualTo(1);
		assertThat(QuestionStatistics.groupSize(10)).isEqualTo(3);
		assertThat(QuestionStatistics.groupSize(100)).isEqualTo(27);
		assertThat(QuestionStatistics.groupSize(1000)).isEqualTo(270);
	}

	@Test
	void aQuestionTheStrongGetAndTheWeakMissDiscriminatesFully() {
		// 10 attempts: groups of 3; question 1 right exactly in the top 3, question 2
		// right by all
		List<QuestionStatistics.Attempt> attempts = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			attempts.add(attempt(i, 11 - i, (i <= 3) ? 1 : -1, 2));
		}
		Map<Long, QuestionStatistics.Statistic> stats = QuestionStatistics.of(attempts);
		QuestionStatistics.Statistic first = stats.get(1L);
		assertThat(first.attempts()).isEqualTo(10);
		assertThat(first.correct()).isEqualTo(3);
		assertThat(first.share()).isEqualByComparingTo("0.3");
		assertThat(first.discrimination()).contains(new BigDecimal("1.00"));
		QuestionStatistics.Statistic second = stats.get(2L);
		assertThat(second.share()).isEqualByComparingTo("1");
		assertThat(second.discrimination()).contains(new BigDecimal("0.00"));
	}

	@Test
	void aQuestionTheWeakGetMoreOftenHasANegativeIndexAndSharesCountOnlyThoseWhoGotIt() {
		List<QuestionStatistics.Attempt> attempts = List.of(attempt(1, 9, -5, 6), attempt(2, 8, 6), attempt(3, 7, 5, 6),
				attempt(4, 1, 5, -6), attempt(5, 0, 5));
		// 5 attempts: groups of 1 (round(1.35)); upper = #1, lower = #5
		Map<Long, QuestionStatistics.Statistic> stats = QuestionStatistics.of(attempts);
		assertThat(stats.get(5L).attempts()).isEqualTo(4);
		assertThat(stats.get(5L).correct()).isEqualTo(3);
		assertThat(stats.get(5L).share()).isEqualByComparingTo("0.75");
		assertThat(stats.get(5L).discrimination()).contains(new BigDecimal("-1.00"));
		// the lower attempt did not get question 6: no index
		assertThat(stats.get(6L).discrimination()).isEmpty();
	}

	@Test
	void equalScoresAreSplitByAttemptIdSoTheGroupsAreAlwaysTheSame() {
		List<QuestionStatistics.Attempt> attempts = List.of(attempt(4, 5, -1), attempt(2, 5, 1), attempt(3, 5, -1),
				attempt(1, 5, -1));
		// groups of 1: upper = id 1 (wrong), lower = id 4 (wrong)
		assertThat(QuestionStatistics.of(attempts).get(1L).discrimination()).contains(new BigDecimal("0.00"));
		assertThat(QuestionStatistics.of(List.of(attempts.get(3), attempts.get(2), attempts.get(1), attempts.get(0)))
			.get(1L)
			.discrimination()).contains(new BigDecimal("0.00"));
	}

	@Test
	void noAttemptsGiveNoStatistics() {
		assertThat(QuestionStatistics.of(List.of())).isEmpty();
		assertThat(QuestionStatistics.of(List.of(attempt(1, 3, 7))).get(7L).discrimination()).isEmpty();
	}

}
