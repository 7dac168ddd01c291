package org.parindex.contest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Creates or changes a knowledge contest (issue 11 item 1): what the contest committee
 * sets before the contest opens. Checked by {@link ContestRules} (every problem at once).
 *
 * @param slug the public address {@code /cuoc-thi/{slug}}: 3–60 lower-case letters,
 * digits and single hyphens
 * @param title the contest's title, at most 300 characters
 * @param organiser the organising committee (Ban Tổ chức) or unit, at most 300 characters
 * @param rules the rules (thể lệ) as plain text, at most 20,000 characters
 * @param opensAt the first instant of the contest
 * @param closesAt the end of the contest (exclusive), after {@code opensAt}
 * @param graceSeconds how long after an attempt's end a submission still counts, 0–1,800
 * seconds ({@link AttemptDeadline})
 * @param minAge the youngest age allowed on the contest's first day, 0–120, if the rules
 * set one
 * @param maxAge the oldest age allowed, if set; not below {@code minAge}
 * @param predictionQuestion the prediction question (câu hỏi dự đoán), at most 500
 * characters, if the contest has one
 * @param predictionTrueValue its true value once known (0 or more)
 * @param tieBreaks the ranking's keys in order; {@link TieBreak#SCORE} first, each once
 * @param collective how units are ranked for collective prizes
 * @param onePerPhone whether a phone number may also enter only once (CCCD always)
 * @param questionBankId the question bank drawn from, unless a group has its own
 * @param groups the participant groups, 1–20, codes unique
 * @param rounds the rounds in order, 1–60, windows inside the contest's, not overlapping
 * @param prizes the prize levels, best first, 0–10, names unique
 * @param prizeMinScore the lowest score that may win a prize (points), if set
 * @param prizeCapPercent the largest share of a round's contenders who may win, 1–100 %,
 * if set
 * @param retentionDays how many days after the contest closes its participants' personal
 * data is kept (1–3,650), then anonymised by {@link ContestRetention}; kept without limit
 * when not set
 */
public record DefineContest(String slug, String title, String organiser, String rules, Instant opensAt,
		Instant closesAt, int graceSeconds, @Nullable Integer minAge, @Nullable Integer maxAge,
		@Nullable String predictionQuestion, @Nullable Long predictionTrueValue, List<TieBreak> tieBreaks,
		CollectiveFormula collective, boolean onePerPhone, @Nullable Long questionBankId, List<Group> groups,
		List<Round> rounds, List<PrizeLevel> prizes, @Nullable BigDecimal prizeMinScore,
		@Nullable Integer prizeCapPercent, @Nullable Integer retentionDays) {

	/** A contest without a retention period. */
	public DefineContest(String slug, String title, String organiser, String rules, Instant opensAt, Instant closesAt,
			int graceSeconds, @Nullable Integer minAge, @Nullable Integer maxAge, @Nullable String predictionQuestion,
			@Nullable Long predictionTrueValue, List<TieBreak> tieBreaks, CollectiveFormula collective,
			boolean onePerPhone, @Nullable Long questionBankId, List<Group> groups, List<Round> rounds,
			List<PrizeLevel> prizes, @Nullable BigDecimal prizeMinScore, @Nullable Integer prizeCapPercent) {
		this(slug, title, organiser, rules, opensAt, closesAt, graceSeconds, minAge, maxAge, predictionQuestion,
				predictionTrueValue, tieBreaks, collective, onePerPhone, questionBankId, groups, rounds, prizes,
				prizeMinScore, prizeCapPercent, null);
	}

	public DefineContest {
		tieBreaks = List.copyOf(tieBreaks);
		groups = List.copyOf(groups);
		rounds = List.copyOf(rounds);
		prizes = List.copyOf(prizes);
	}

	/**
	 * A participant group.
	 *
	 * @param code 1–10 capital letters or digits, unique in the contest (e.g. {@code CB})
	 * @param name e.g. "Cán bộ, công chức, viên chức", at most 200 characters
	 * @param questionBankId its own question bank, if not the contest's
	 */
	public record Group(String code, String name, @Nullable Long questionBankId) {
	}

	/**
	 * A round (đợt thi; a weekly round or the whole contest).
	 *
	 * @param name e.g. "Tuần 1", at most 200 characters
	 * @param opensAt its first instant, not before the contest's
	 * @param closesAt its end (exclusive), not after the contest's, not after the next
	 * round opens
	 * @param attemptsAllowed attempts per participant, 1–50
	 * @param policy which attempt counts
	 * @param timeLimitSeconds an attempt's time limit, 60–10,800 seconds
	 * @param questionCount questions drawn per attempt, 1–100
	 */
	public record Round(String name, Instant opensAt, Instant closesAt, int attemptsAllowed, AttemptPolicy policy,
			int timeLimitSeconds, int questionCount) {
	}

	/**
	 * A prize level.
	 *
	 * @param name e.g. "Giải Nhất", at most 100 characters
	 * @param quotas prizes per group code, {@link PrizeLevel#ANY_GROUP} for any group;
	 * each 1–10,000 (groups without prizes at this level are left out)
	 */
	public record PrizeLevel(String name, Map<String, Integer> quotas) {

		/** The quota key open to every group. */
		public static final String ANY_GROUP = "*";

		public PrizeLevel {
			quotas = Map.copyOf(quotas);
		}

	}

}
