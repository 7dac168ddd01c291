package org.parindex.contest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rules a contest's definition must follow (issue 11 item 1), all checked at once so
 * that the committee sees every problem in one answer. Pure: no I/O, no clock.
 */
public final class ContestRules {

	/** At most this many participant groups. */
	public static final int MAX_GROUPS = 20;

	/** At most this many rounds (a year of weekly rounds). */
	public static final int MAX_ROUNDS = 60;

	/** At most this many prize levels. */
	public static final int MAX_PRIZE_LEVELS = 10;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern GROUP_CODE = Pattern.compile("[A-Z0-9]{1,10}");

	private ContestRules() {
	}

	/**
	 * Every problem of a definition, in the order of the form's fields; empty when it can
	 * be stored.
	 */
	public static List<ContestProblem> check(DefineContest contest) {
		List<ContestProblem> problems = new ArrayList<>();
		if (contest.slug().length() < 3 || contest.slug().length() > 60 || !SLUG.matcher(contest.slug()).matches()) {
			problems.add(ContestProblem.of("slug", "slug", contest.slug()));
		}
		text(problems, "title", contest.title(), 300, true);
		text(problems, "organiser", contest.organiser(), 300, true);
		text(problems, "rules", contest.rules(), 20_000, false);
		if (!contest.closesAt().isAfter(contest.opensAt())) {
			problems.add(ContestProblem.of("closesAt", "window"));
		}
		if (contest.graceSeconds() < 0 || contest.graceSeconds() > 1800) {
			problems.add(ContestProblem.of("grace", "grace", 30));
		}
		age(problems, "minAge", contest.minAge());
		age(problems, "maxAge", contest.maxAge());
		if (contest.minAge() != null && contest.maxAge() != null && contest.minAge() > contest.maxAge()) {
			problems.add(ContestProblem.of("maxAge", "ages", contest.minAge(), contest.maxAge()));
		}
		boolean predicts = contest.predictionQuestion() != null && !contest.predictionQuestion().isBlank();
		if (predicts) {
			text(problems, "predictionQuestion", contest.predictionQuestion(), 500, true);
		}
		if (contest.predictionTrueValue() != null) {
			if (!predicts) {
				problems.add(ContestProblem.of("predictionTrueValue", "prediction.no-question"));
			}
			else if (contest.predictionTrueValue() < 0) {
				problems.add(ContestProblem.of("predictionTrueValue", "prediction.negative"));
			}
		}
		tieBreaks(problems, contest.tieBreaks(), predicts);
		Set<String> codes = groups(problems, contest.groups());
		rounds(problems, contest);
		prizes(problems, contest.prizes(), codes);
		if (contest.prizeMinScore() != null && contest.prizeMinScore().signum() < 0) {
			problems.add(ContestProblem.of("prizeMinScore", "prize.min-score"));
		}
		if (contest.prizeCapPercent() != null && (contest.prizeCapPercent() < 1 || contest.prizeCapPercent() > 100)) {
			problems.add(ContestProblem.of("prizeCapPercent", "prize.cap"));
		}
		if (contest.retentionDays() != null && (contest.retentionDays() < 1 || contest.retentionDays() > 3650)) {
			problems.add(ContestProblem.of("retentionDays", "retention"));
		}
		return problems;
	}

	private static void tieBreaks(List<ContestProblem> problems, List<TieBreak> chain, boolean predicts) {
		if (chain.isEmpty() || chain.get(0) != TieBreak.SCORE) {
			problems.add(ContestProblem.of("tieBreaks", "tie-break.score-first"));
		}
		if (new HashSet<>(chain).size() < chain.size()) {
			problems.add(ContestProblem.of("tieBreaks", "tie-break.twice"));
		}
		if (!predicts && chain.contains(TieBreak.PREDICTION_DISTANCE)) {
			problems.add(ContestProblem.of("tieBreaks", "tie-break.prediction"));
		}
	}

	private static Set<String> groups(List<ContestProblem> problems, List<DefineContest.Group> groups) {
		Set<String> codes = new HashSet<>();
		if (groups.isEmpty() || groups.size() > MAX_GROUPS) {
			problems.add(ContestProblem.of("groups", "groups.count", MAX_GROUPS));
		}
		for (int i = 0; i < groups.size(); i++) {
			DefineContest.Group group = groups.get(i);
			String field = "groups[" + i + "].";
			if (!GROUP_CODE.matcher(group.code()).matches()) {
				problems.add(ContestProblem.of(field + "code", "group.code", i + 1, group.code()));
			}
			else if (!codes.add(group.code())) {
				problems.add(ContestProblem.of(field + "code", "group.code.twice", i + 1, group.code()));
			}
			if (group.name().isBlank()) {
				problems.add(ContestProblem.of(field + "name", "group.name", i + 1));
			}
			else if (group.name().length() > 200) {
				problems.add(ContestProblem.of(field + "name", "group.name.long", i + 1, 200));
			}
		}
		return codes;
	}

	private static void rounds(List<ContestProblem> problems, DefineContest contest) {
		List<DefineContest.Round> rounds = contest.rounds();
		if (rounds.isEmpty() || rounds.size() > MAX_ROUNDS) {
			problems.add(ContestProblem.of("rounds", "rounds.count", MAX_ROUNDS));
		}
		for (int i = 0; i < rounds.size(); i++) {
			DefineContest.Round round = rounds.get(i);
			String field = "rounds[" + i + "].";
			int shown = i + 1;
			if (round.name().isBlank()) {
				problems.add(ContestProblem.of(field + "name", "round.name", shown));
			}
			else if (round.name().length() > 200) {
				problems.add(ContestProblem.of(field + "name", "round.name.long", shown, 200));
			}
			if (!round.closesAt().isAfter(round.opensAt())) {
				problems.add(ContestProblem.of(field + "closesAt", "round.window", shown));
			}
			else if (round.opensAt().isBefore(contest.opensAt()) || round.closesAt().isAfter(contest.closesAt())) {
				problems.add(ContestProblem.of(field + "opensAt", "round.outside", shown));
			}
			else if (i > 0 && round.opensAt().isBefore(rounds.get(i - 1).closesAt())) {
				problems.add(ContestProblem.of(field + "opensAt", "round.overlap", shown, i));
			}
			if (round.attemptsAllowed() < 1 || round.attemptsAllowed() > 50) {
				problems.add(ContestProblem.of(field + "attempts", "round.attempts", shown, 50));
			}
			if (round.timeLimitSeconds() < 60 || round.timeLimitSeconds() > 10_800) {
				problems.add(ContestProblem.of(field + "timeLimit", "round.time-limit", shown, 1, 180));
			}
			if (round.questionCount() < 1 || round.questionCount() > 100) {
				problems.add(ContestProblem.of(field + "questions", "round.questions", shown, 100));
			}
		}
	}

	private static void prizes(List<ContestProblem> problems, List<DefineContest.PrizeLevel> levels,
			Set<String> codes) {
		if (levels.size() > MAX_PRIZE_LEVELS) {
			problems.add(ContestProblem.of("prizes", "prizes.count", MAX_PRIZE_LEVELS));
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < levels.size(); i++) {
			DefineContest.PrizeLevel level = levels.get(i);
			String field = "prizes[" + i + "].";
			int shown = i + 1;
			if (level.name().isBlank()) {
				problems.add(ContestProblem.of(field + "name", "prize.name", shown));
			}
			else if (level.name().length() > 100) {
				problems.add(ContestProblem.of(field + "name", "prize.name.long", shown, 100));
			}
			else if (!names.add(level.name().strip().toLowerCase(Locale.ROOT))) {
				problems.add(ContestProblem.of(field + "name", "prize.name.twice", shown, level.name()));
			}
			if (level.quotas().isEmpty()) {
				problems.add(ContestProblem.of(field + "quota", "prize.none", shown, level.name()));
			}
			for (Map.Entry<String, Integer> quota : level.quotas().entrySet()) {
				String where = field + "quota[" + quota.getKey() + "]";
				if (!quota.getKey().equals(DefineContest.PrizeLevel.ANY_GROUP) && !codes.contains(quota.getKey())) {
					problems.add(ContestProblem.of(where, "prize.group", shown, quota.getKey()));
				}
				else if (quota.getValue() < 1 || quota.getValue() > 10_000) {
					problems.add(ContestProblem.of(where, "prize.quota", shown, 10_000));
				}
			}
		}
	}

	private static void text(List<ContestProblem> problems, String field, String value, int max, boolean required) {
		if (required && value.isBlank()) {
			problems.add(ContestProblem.of(field, "required"));
		}
		else if (value.length() > max) {
			problems.add(ContestProblem.of(field, "too-long", max));
		}
	}

	private static void age(List<ContestProblem> problems, String field, @Nullable Integer age) {
		if (age != null && (age < 0 || age > 120)) {
			problems.add(ContestProblem.of(field, "age"));
		}
	}

	/**
	 * A round's prizes as the ranking rules read them ({@link PrizeAllocation}).
	 * @param levels the levels of a definition that passed {@link #check}
	 * @param minScore the lowest score that may win (points), if set
	 * @param capPercent the largest share of contenders who may win (1–100 %), if set
	 */
	static PrizePlan prizePlan(List<DefineContest.PrizeLevel> levels, @Nullable BigDecimal minScore,
			@Nullable Integer capPercent) {
		List<PrizePlan.Level> plan = new ArrayList<>();
		for (DefineContest.PrizeLevel level : levels) {
			java.util.Map<String, Integer> quotas = new java.util.HashMap<>();
			level.quotas()
				.forEach((group, count) -> quotas.put(group.equals(DefineContest.PrizeLevel.ANY_GROUP) ? "" : group,
						count));
			plan.add(new PrizePlan.Level(level.name(), quotas));
		}
		return new PrizePlan(plan, java.util.Optional.ofNullable(minScore), java.util.Optional.ofNullable(capPercent)
			.map((percent) -> BigDecimal.valueOf(percent).movePointLeft(2)));
	}

}
