package org.parindex.contest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContestRulesTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static Instant at(String time) {
		return LocalDateTime.parse(time).atZone(VIETNAM).toInstant();
	}

	/** The seed's contest: 16h00 24/05/2022 to 16h00 09/06/2022, one round. */
	static DefineContest seed() {
		return new DefineContest("quy-tac-2022", "Cuộc thi tìm hiểu về cải cách hành chính năm 2022",
				"Ban Tổ chức cuộc thi huyện Đak Pơ", "Thể lệ", at("2022-05-24T16:00"), at("2022-06-09T16:00"), 60, 16,
				null, "Có bao nhiêu bài thi đạt điểm tuyệt đối?", null,
				List.of(TieBreak.SCORE, TieBreak.PREDICTION_DISTANCE, TieBreak.DURATION, TieBreak.SUBMISSION_TIME),
				CollectiveFormula.ENTRIES, false, null,
				List.of(new DefineContest.Group("CB", "Cán bộ, công chức, viên chức", null),
						new DefineContest.Group("ND", "Nhân dân", null)),
				List.of(new DefineContest.Round("Toàn cuộc thi", at("2022-05-24T16:00"), at("2022-06-09T16:00"), 3,
						AttemptPolicy.BEST, 1200, 20)),
				List.of(new DefineContest.PrizeLevel("Giải Nhất", Map.of("*", 1)),
						new DefineContest.PrizeLevel("Giải Khuyến khích", Map.of("CB", 3, "ND", 5))),
				BigDecimal.valueOf(5), 50);
	}

	@Test
	void theSeedsContestPasses() {
		assertThat(ContestRules.check(seed())).isEmpty();
	}

	@Test
	void everyProblemIsReportedAtOnceWithItsField() {
		DefineContest seed = seed();
		DefineContest bad = new DefineContest("Cuộc Thi", " ", seed.organiser(), seed.rules(), seed.closesAt(),
				seed.opensAt(), 4000, 60, 18, null, 12L, List.of(TieBreak.DURATION, TieBreak.DURATION),
				CollectiveFormula.ENTRIES, false, null,
				List.of(new DefineContest.Group("CB", "A", null), new DefineContest.Group("CB", "", null)),
				List.of(new DefineContest.Round("", seed.opensAt(), seed.opensAt(), 0, AttemptPolicy.FIRST, 10, 0)),
				List.of(new DefineContest.PrizeLevel("Nhất", Map.of("XX", 1)),
						new DefineContest.PrizeLevel("nhất", Map.of("*", 0))),
				BigDecimal.valueOf(-1), 0);
		assertThat(ContestRules.check(bad)).extracting(ContestProblem::field)
			.containsExactly("slug", "title", "closesAt", "grace", "maxAge", "predictionTrueValue", "tieBreaks",
					"tieBreaks", "groups[1].code", "groups[1].name", "rounds[0].name", "rounds[0].closesAt",
					"rounds[0].attempts", "rounds[0].timeLimit", "rounds[0].questions", "prizes[0].quota[XX]",
					"prizes[1].name", "prizes[1].quota[*]", "prizeMinScore", "prizeCapPercent");
	}

	@Test
	void roundsLieInsideTheWindowInOrderWithoutOverlap() {
		DefineContest seed = seed();
		List<DefineContest.Round> weeks = List.of(
				new DefineContest.Round("Tuần 1", at("2022-05-24T16:00"), at("2022-05-31T16:00"), 1,
						AttemptPolicy.FIRST, 600, 10),
				new DefineContest.Round("Tuần 2", at("2022-05-31T15:59"), at("2022-06-07T16:00"), 1,
						AttemptPolicy.FIRST, 600, 10),
				new DefineContest.Round("Tuần 3", at("2022-06-07T16:00"), at("2022-06-09T16:00:01"), 1,
						AttemptPolicy.FIRST, 600, 10));
		DefineContest weekly = withRounds(seed, weeks);
		assertThat(ContestRules.check(weekly)).extracting(ContestProblem::field, ContestProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("rounds[1].opensAt", "contest.problem.round.overlap"),
					org.assertj.core.groups.Tuple.tuple("rounds[2].opensAt", "contest.problem.round.outside"));
	}

	@Test
	void theChainStartsWithTheScoreAndPredictsOnlyWithAQuestion() {
		DefineContest seed = seed();
		DefineContest noQuestion = new DefineContest(seed.slug(), seed.title(), seed.organiser(), seed.rules(),
				seed.opensAt(), seed.closesAt(), 0, null, null, "  ", null, seed.tieBreaks(), seed.collective(), true,
				null, seed.groups(), seed.rounds(), List.of(), null, null);
		assertThat(ContestRules.check(noQuestion)).extracting(ContestProblem::messageKey)
			.containsExactly("contest.problem.tie-break.prediction");
	}

	@Test
	void thePrizePlanReadsTheAnyGroupQuotaAndTheCapAsAShare() {
		PrizePlan plan = ContestRules.prizePlan(seed().prizes(), BigDecimal.valueOf(5), 50);
		assertThat(plan.levels().get(0).quotas()).containsExactly(Map.entry("", 1));
		assertThat(plan.capShare()).contains(new BigDecimal("0.50"));
	}

	static DefineContest withRounds(DefineContest c, List<DefineContest.Round> rounds) {
		return new DefineContest(c.slug(), c.title(), c.organiser(), c.rules(), c.opensAt(), c.closesAt(),
				c.graceSeconds(), c.minAge(), c.maxAge(), c.predictionQuestion(), c.predictionTrueValue(),
				c.tieBreaks(), c.collective(), c.onePerPhone(), c.questionBankId(), c.groups(), rounds, c.prizes(),
				c.prizeMinScore(), c.prizeCapPercent());
	}

	static DefineContest withSlug(DefineContest c, String slug) {
		return new DefineContest(slug, c.title(), c.organiser(), c.rules(), c.opensAt(), c.closesAt(), c.graceSeconds(),
				c.minAge(), c.maxAge(), c.predictionQuestion(), c.predictionTrueValue(), c.tieBreaks(), c.collective(),
				c.onePerPhone(), c.questionBankId(), c.groups(), c.rounds(), c.prizes(), c.prizeMinScore(),
				c.prizeCapPercent());
	}

}
