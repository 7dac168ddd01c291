package org.parindex.contest.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.parindex.contest.AttemptPolicy;
import org.parindex.contest.CollectiveFormula;
import org.parindex.contest.ContestProblem;
import org.parindex.contest.ContestRules;
import org.parindex.contest.ContestView;
import org.parindex.contest.DefineContest;
import org.parindex.contest.TieBreak;
import org.parindex.platform.DecimalInput;

import org.springframework.context.MessageSource;

/**
 * The contest editor's fields as typed (every value a string, so a refused form comes
 * back exactly as sent). {@link #read} turns them into a {@link DefineContest}: values
 * the form cannot read (a date, a whole number) are reported with what was typed, and the
 * contest's rules ({@link ContestRules}) are checked on the rest in the same pass, so
 * every problem comes in one answer, each naming its field. Times are typed and shown in
 * Asia/Ho_Chi_Minh; time limits in minutes; the grace period in seconds.
 */
public class ContestInput {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** Places of the tie-break chain offered on the page. */
	static final int CHAIN_PLACES = TieBreak.values().length;

	private String slug = "";

	private String title = "";

	private String organiser = "";

	private String rules = "";

	private String opensAt = "";

	private String closesAt = "";

	private String grace = "60";

	private String minAge = "";

	private String maxAge = "";

	private String predictionQuestion = "";

	private String predictionTrueValue = "";

	private List<String> tieBreaks = new ArrayList<>();

	private String collective = CollectiveFormula.ENTRIES.name();

	private boolean onePerPhone;

	private String prizeMinScore = "";

	private String prizeCapPercent = "";

	private String retentionDays = "";

	private String version = "0";

	private List<GroupRow> groups = new ArrayList<>();

	private List<RoundRow> rounds = new ArrayList<>();

	private List<PrizeRow> prizes = new ArrayList<>();

	/**
	 * A new contest's page: starting {@code start}, open for 16 days (as the seed's), two
	 * groups, one round over the whole window, the usual chain and prizes.
	 */
	static ContestInput blank(MessageSource messages, Locale locale, LocalDateTime start) {
		ContestInput input = new ContestInput();
		LocalDateTime opens = start.withMinute(0).withSecond(0).withNano(0).plusHours(1);
		LocalDateTime closes = opens.plusDays(16);
		input.opensAt = LOCAL.format(opens);
		input.closesAt = LOCAL.format(closes);
		input.organiser = messages.getMessage("contest.new.organiser", null, locale);
		input.groups.add(new GroupRow("CB", messages.getMessage("contest.new.group.officials", null, locale)));
		input.groups.add(new GroupRow("ND", messages.getMessage("contest.new.group.citizens", null, locale)));
		input.rounds.add(new RoundRow(messages.getMessage("contest.new.round", null, locale), input.opensAt,
				input.closesAt, "1", AttemptPolicy.BEST.name(), "20", "20"));
		input.tieBreaks = new ArrayList<>(
				List.of(TieBreak.SCORE.name(), TieBreak.DURATION.name(), TieBreak.SUBMISSION_TIME.name()));
		for (String key : List.of("first", "second", "third", "consolation")) {
			PrizeRow row = new PrizeRow();
			row.setName(messages.getMessage("contest.new.prize." + key, null, locale));
			row.getQuotas().put(DefineContest.PrizeLevel.ANY_GROUP, key.equals("consolation") ? "5" : "1");
			input.prizes.add(row);
		}
		return input;
	}

	/** A stored contest's page. */
	static ContestInput of(ContestView view) {
		ContestInput input = new ContestInput();
		input.slug = view.slug();
		input.title = view.title();
		input.organiser = view.organiser();
		input.rules = view.rules();
		input.opensAt = local(view.opensAt());
		input.closesAt = local(view.closesAt());
		input.grace = String.valueOf(view.graceSeconds());
		input.minAge = (view.minAge() != null) ? view.minAge().toString() : "";
		input.maxAge = (view.maxAge() != null) ? view.maxAge().toString() : "";
		input.predictionQuestion = (view.predictionQuestion() != null) ? view.predictionQuestion() : "";
		input.predictionTrueValue = (view.predictionTrueValue() != null) ? view.predictionTrueValue().toString() : "";
		input.tieBreaks = new ArrayList<>(view.tieBreaks().stream().map(TieBreak::name).toList());
		input.collective = view.collective().name();
		input.onePerPhone = view.onePerPhone();
		input.prizeMinScore = (view.prizeMinScore() != null)
				? view.prizeMinScore().stripTrailingZeros().toPlainString().replace('.', ',') : "";
		input.prizeCapPercent = (view.prizeCapPercent() != null) ? view.prizeCapPercent().toString() : "";
		input.retentionDays = (view.retentionDays() != null) ? view.retentionDays().toString() : "";
		input.version = String.valueOf(view.version());
		view.groups().forEach((group) -> input.groups.add(new GroupRow(group.code(), group.name())));
		view.rounds()
			.forEach((round) -> input.rounds.add(new RoundRow(round.name(), local(round.opensAt()),
					local(round.closesAt()), String.valueOf(round.attemptsAllowed()), round.policy().name(),
					String.valueOf(round.timeLimitSeconds() / 60), String.valueOf(round.questionCount()))));
		view.prizes().forEach((level) -> {
			PrizeRow row = new PrizeRow();
			row.setName(level.name());
			level.quotas().forEach((group, count) -> row.getQuotas().put(group, count.toString()));
			input.prizes.add(row);
		});
		return input;
	}

	/**
	 * What {@link #read} made of the form: a command, or the problems and their fields.
	 */
	record Checked(@Nullable DefineContest command, List<String> errors, Set<String> invalid) {
	}

	/**
	 * Reads the form: values it cannot read, then the contest's rules on the rest, all in
	 * one list of messages in the user's language, each naming its field.
	 */
	Checked read(MessageSource messages, Locale locale) {
		Reader reader = new Reader(messages, locale);
		Instant contestOpens = reader.time("opensAt", label(messages, locale, "opensAt"), this.opensAt, Instant.EPOCH);
		Instant contestCloses = reader.time("closesAt", label(messages, locale, "closesAt"), this.closesAt,
				contestOpens.plusSeconds(86_400));
		int graceSeconds = reader.whole("grace", label(messages, locale, "grace"), this.grace, 0);
		Integer min = reader.optionalWhole("minAge", label(messages, locale, "minAge"), this.minAge);
		Integer max = reader.optionalWhole("maxAge", label(messages, locale, "maxAge"), this.maxAge);
		Long trueValue = reader.optionalLong("predictionTrueValue", label(messages, locale, "predictionTrueValue"),
				this.predictionTrueValue);
		List<TieBreak> chain = new ArrayList<>();
		for (String key : this.tieBreaks) {
			if (key != null && !key.isBlank()) {
				try {
					chain.add(TieBreak.valueOf(key));
				}
				catch (IllegalArgumentException ex) {
					// not a choice the page offers: left out
				}
			}
		}
		CollectiveFormula formula;
		try {
			formula = CollectiveFormula.valueOf(this.collective);
		}
		catch (IllegalArgumentException ex) {
			formula = CollectiveFormula.ENTRIES;
		}
		List<DefineContest.Group> groupList = new ArrayList<>();
		for (GroupRow row : this.groups) {
			if (!row.isBlank()) {
				groupList.add(new DefineContest.Group(row.getCode().strip().toUpperCase(Locale.ROOT),
						row.getName().strip(), null));
			}
		}
		List<DefineContest.Round> roundList = new ArrayList<>();
		int number = 0;
		for (RoundRow row : this.rounds) {
			if (row.isBlank()) {
				continue;
			}
			String at = "rounds[" + number + "].";
			int shown = number + 1;
			Instant opens = reader.time(at + "opensAt",
					of(messages, locale, "contest.field.round.of", shown, label(messages, locale, "round.opensAt")),
					row.getOpensAt(), contestOpens);
			Instant closes = reader.time(at + "closesAt",
					of(messages, locale, "contest.field.round.of", shown, label(messages, locale, "round.closesAt")),
					row.getClosesAt(), contestCloses);
			int attempts = reader.whole(at + "attempts",
					of(messages, locale, "contest.field.round.of", shown, label(messages, locale, "round.attempts")),
					row.getAttempts(), 1);
			int minutes = reader.whole(at + "timeLimit",
					of(messages, locale, "contest.field.round.of", shown, label(messages, locale, "round.timeLimit")),
					row.getTimeLimit(), 1);
			int questions = reader.whole(at + "questions",
					of(messages, locale, "contest.field.round.of", shown, label(messages, locale, "round.questions")),
					row.getQuestions(), 1);
			AttemptPolicy policy;
			try {
				policy = AttemptPolicy.valueOf(row.getPolicy());
			}
			catch (IllegalArgumentException ex) {
				policy = AttemptPolicy.BEST;
			}
			roundList.add(new DefineContest.Round(row.getName().strip(), opens, closes, attempts, policy,
					(minutes > 1_000_000) ? Integer.MAX_VALUE : minutes * 60, questions));
			number++;
		}
		List<DefineContest.PrizeLevel> levels = new ArrayList<>();
		int level = 0;
		for (PrizeRow row : this.prizes) {
			if (row.isBlank()) {
				continue;
			}
			Map<String, Integer> quotas = new LinkedHashMap<>();
			int shown = level + 1;
			for (Map.Entry<String, String> quota : row.getQuotas().entrySet()) {
				if (quota.getValue() == null || quota.getValue().isBlank()) {
					continue;
				}
				String group = quota.getKey().equals(DefineContest.PrizeLevel.ANY_GROUP)
						? messages.getMessage("contest.field.prize.any", null, locale)
						: messages.getMessage("contest.field.prize.group", new Object[] { quota.getKey() }, locale);
				Integer count = reader.optionalWhole("prizes[" + level + "].quota[" + quota.getKey() + "]",
						of(messages, locale, "contest.field.prize.of", shown, group), quota.getValue());
				if (count != null) {
					quotas.put(quota.getKey(), count);
				}
			}
			levels.add(new DefineContest.PrizeLevel(row.getName().strip(), quotas));
			level++;
		}
		BigDecimal minScore = null;
		if (!this.prizeMinScore.isBlank()) {
			try {
				// a score, read as every points field reads it: "1.000" is refused naming
				// both readings, never taken for one (docs/scoring.md; walk of issue 9)
				minScore = DecimalInput.parseDecimal(this.prizeMinScore).orElse(null);
			}
			catch (DecimalInput.AmbiguousNumberException ex) {
				reader.ambiguous("prizeMinScore", label(messages, locale, "prizeMinScore"), this.prizeMinScore);
			}
			catch (NumberFormatException ex) {
				reader.fault("prizeMinScore", label(messages, locale, "prizeMinScore"), "contest.input.decimal",
						this.prizeMinScore);
			}
		}
		Integer cap = reader.optionalWhole("prizeCapPercent", label(messages, locale, "prizeCapPercent"),
				this.prizeCapPercent);
		Integer retention = reader.optionalWhole("retentionDays", label(messages, locale, "retentionDays"),
				this.retentionDays);
		DefineContest command = new DefineContest(this.slug.strip(), this.title.strip(), this.organiser.strip(),
				this.rules.strip(), contestOpens, contestCloses, graceSeconds, min, max,
				this.predictionQuestion.isBlank() ? null : this.predictionQuestion.strip(), trueValue, chain, formula,
				this.onePerPhone, null, groupList, roundList, levels, minScore, cap, retention);
		List<String> errors = new ArrayList<>(reader.errors);
		Set<String> invalid = new LinkedHashSet<>(reader.invalid);
		for (ContestProblem problem : ContestRules.check(command)) {
			if (reader.invalid.contains(problem.field())) {
				// already said: the value could not be read
				continue;
			}
			errors.add(say(messages, locale, problem));
			invalid.add(problem.field());
		}
		return new Checked(errors.isEmpty() ? command : null, errors, invalid);
	}

	/**
	 * A problem in the user's language: a field of the contest itself is named by its
	 * label; groups, rounds and prize levels name themselves in their messages.
	 */
	static String say(MessageSource messages, Locale locale, ContestProblem problem) {
		String text = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
		if (problem.field().contains("[")) {
			return text;
		}
		return messages.getMessage("contest.input.field",
				new Object[] { label(messages, locale, problem.field()), text }, locale);
	}

	private static String of(MessageSource messages, Locale locale, String key, int shown, String label) {
		return messages.getMessage(key, new Object[] { shown, label }, locale);
	}

	private static String label(MessageSource messages, Locale locale, String field) {
		return messages.getMessage("contest.field." + field, null, field, locale);
	}

	static String local(Instant instant) {
		return LOCAL.format(instant.atZone(VIETNAM));
	}

	/** Reads typed values, collecting what it cannot read. */
	private static final class Reader {

		private final MessageSource messages;

		private final Locale locale;

		private final List<String> errors = new ArrayList<>();

		private final Set<String> invalid = new LinkedHashSet<>();

		Reader(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
		}

		Instant time(String field, String label, String typed, Instant otherwise) {
			if (typed.isBlank()) {
				fault(field, label, "contest.input.time.missing", typed);
				return otherwise;
			}
			try {
				return LocalDateTime.parse(typed.strip(), LOCAL).atZone(VIETNAM).toInstant();
			}
			catch (DateTimeParseException ex) {
				fault(field, label, "contest.input.time", typed);
				return otherwise;
			}
		}

		int whole(String field, String label, String typed, int otherwise) {
			Integer value = optionalWhole(field, label, typed);
			if (value == null) {
				if (typed.isBlank()) {
					fault(field, label, "contest.input.missing", typed);
				}
				return otherwise;
			}
			return value;
		}

		@Nullable Integer optionalWhole(String field, String label, String typed) {
			Long value = optionalLong(field, label, typed);
			if (value == null) {
				return null;
			}
			if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
				fault(field, label, "contest.input.whole", typed);
				return null;
			}
			return value.intValue();
		}

		@Nullable Long optionalLong(String field, String label, String typed) {
			if (typed.isBlank()) {
				return null;
			}
			try {
				// counts as everywhere: "." groups thousands, a decimal (1.5) is refused
				// rather than read as 15 (issue 9, num9)
				return org.parindex.platform.DecimalInput.parseWhole(typed).orElseThrow();
			}
			catch (NumberFormatException ex) {
				fault(field, label, "contest.input.whole", typed);
				return null;
			}
		}

		/** A number with two readings: both named, and how to write the one meant. */
		void ambiguous(String field, String label, String typed) {
			this.invalid.add(field);
			this.errors.add(this.messages.getMessage(
					org.parindex.platform.web.FormErrors.ambiguous(label, typed.strip(), this.locale), this.locale));
		}

		void fault(String field, String label, String key, String typed) {
			this.invalid.add(field);
			this.errors.add(this.messages.getMessage("contest.input.field",
					new Object[] { label, this.messages.getMessage(key, new Object[] { typed.strip() }, this.locale) },
					this.locale));
		}

	}

	// form binding

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(@Nullable String slug) {
		this.slug = (slug != null) ? slug : "";
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = (title != null) ? title : "";
	}

	public String getOrganiser() {
		return this.organiser;
	}

	public void setOrganiser(@Nullable String organiser) {
		this.organiser = (organiser != null) ? organiser : "";
	}

	public String getRules() {
		return this.rules;
	}

	public void setRules(@Nullable String rules) {
		this.rules = (rules != null) ? rules : "";
	}

	public String getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(@Nullable String opensAt) {
		this.opensAt = (opensAt != null) ? opensAt : "";
	}

	public String getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(@Nullable String closesAt) {
		this.closesAt = (closesAt != null) ? closesAt : "";
	}

	public String getGrace() {
		return this.grace;
	}

	public void setGrace(@Nullable String grace) {
		this.grace = (grace != null) ? grace : "";
	}

	public String getMinAge() {
		return this.minAge;
	}

	public void setMinAge(@Nullable String minAge) {
		this.minAge = (minAge != null) ? minAge : "";
	}

	public String getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(@Nullable String maxAge) {
		this.maxAge = (maxAge != null) ? maxAge : "";
	}

	public String getPredictionQuestion() {
		return this.predictionQuestion;
	}

	public void setPredictionQuestion(@Nullable String predictionQuestion) {
		this.predictionQuestion = (predictionQuestion != null) ? predictionQuestion : "";
	}

	public String getPredictionTrueValue() {
		return this.predictionTrueValue;
	}

	public void setPredictionTrueValue(@Nullable String predictionTrueValue) {
		this.predictionTrueValue = (predictionTrueValue != null) ? predictionTrueValue : "";
	}

	public List<String> getTieBreaks() {
		return this.tieBreaks;
	}

	public void setTieBreaks(@Nullable List<String> tieBreaks) {
		this.tieBreaks = (tieBreaks != null) ? tieBreaks : new ArrayList<>();
	}

	/** The chain's choice at a place of the page, {@code ""} for none. */
	public String tieBreakAt(int place) {
		return (place < this.tieBreaks.size() && this.tieBreaks.get(place) != null) ? this.tieBreaks.get(place) : "";
	}

	public String getCollective() {
		return this.collective;
	}

	public void setCollective(@Nullable String collective) {
		this.collective = (collective != null) ? collective : "";
	}

	public boolean isOnePerPhone() {
		return this.onePerPhone;
	}

	public void setOnePerPhone(boolean onePerPhone) {
		this.onePerPhone = onePerPhone;
	}

	public String getPrizeMinScore() {
		return this.prizeMinScore;
	}

	public void setPrizeMinScore(@Nullable String prizeMinScore) {
		this.prizeMinScore = (prizeMinScore != null) ? prizeMinScore : "";
	}

	public String getPrizeCapPercent() {
		return this.prizeCapPercent;
	}

	public void setPrizeCapPercent(@Nullable String prizeCapPercent) {
		this.prizeCapPercent = (prizeCapPercent != null) ? prizeCapPercent : "";
	}

	public String getRetentionDays() {
		return this.retentionDays;
	}

	public void setRetentionDays(@Nullable String retentionDays) {
		this.retentionDays = (retentionDays != null) ? retentionDays : "";
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable String version) {
		this.version = (version != null) ? version : "0";
	}

	public List<GroupRow> getGroups() {
		return this.groups;
	}

	public void setGroups(List<GroupRow> groups) {
		this.groups = groups;
	}

	public List<RoundRow> getRounds() {
		return this.rounds;
	}

	public void setRounds(List<RoundRow> rounds) {
		this.rounds = rounds;
	}

	public List<PrizeRow> getPrizes() {
		return this.prizes;
	}

	public void setPrizes(List<PrizeRow> prizes) {
		this.prizes = prizes;
	}

	/** The codes of the groups typed, for the prize table's columns. */
	public List<String> groupCodes() {
		return this.groups.stream()
			.map((row) -> row.getCode().strip().toUpperCase(Locale.ROOT))
			.filter((code) -> !code.isEmpty())
			.distinct()
			.toList();
	}

	/** A participant group's row. */
	public static class GroupRow {

		private String code = "";

		private String name = "";

		public GroupRow() {
		}

		GroupRow(String code, String name) {
			this.code = code;
			this.name = name;
		}

		boolean isBlank() {
			return this.code.isBlank() && this.name.isBlank();
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(@Nullable String code) {
			this.code = (code != null) ? code : "";
		}

		public String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = (name != null) ? name : "";
		}

	}

	/** A round's row; the time limit in minutes. */
	public static class RoundRow {

		private String name = "";

		private String opensAt = "";

		private String closesAt = "";

		private String attempts = "1";

		private String policy = AttemptPolicy.BEST.name();

		private String timeLimit = "20";

		private String questions = "20";

		public RoundRow() {
		}

		RoundRow(String name, String opensAt, String closesAt, String attempts, String policy, String timeLimit,
				String questions) {
			this.name = name;
			this.opensAt = opensAt;
			this.closesAt = closesAt;
			this.attempts = attempts;
			this.policy = policy;
			this.timeLimit = timeLimit;
			this.questions = questions;
		}

		boolean isBlank() {
			return this.name.isBlank() && this.opensAt.isBlank() && this.closesAt.isBlank();
		}

		public String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = (name != null) ? name : "";
		}

		public String getOpensAt() {
			return this.opensAt;
		}

		public void setOpensAt(@Nullable String opensAt) {
			this.opensAt = (opensAt != null) ? opensAt : "";
		}

		public String getClosesAt() {
			return this.closesAt;
		}

		public void setClosesAt(@Nullable String closesAt) {
			this.closesAt = (closesAt != null) ? closesAt : "";
		}

		public String getAttempts() {
			return this.attempts;
		}

		public void setAttempts(@Nullable String attempts) {
			this.attempts = (attempts != null) ? attempts : "";
		}

		public String getPolicy() {
			return this.policy;
		}

		public void setPolicy(@Nullable String policy) {
			this.policy = (policy != null) ? policy : "";
		}

		public String getTimeLimit() {
			return this.timeLimit;
		}

		public void setTimeLimit(@Nullable String timeLimit) {
			this.timeLimit = (timeLimit != null) ? timeLimit : "";
		}

		public String getQuestions() {
			return this.questions;
		}

		public void setQuestions(@Nullable String questions) {
			this.questions = (questions != null) ? questions : "";
		}

	}

	/**
	 * A prize level's row: its name and the number of prizes per group code ("*": any).
	 */
	public static class PrizeRow {

		private String name = "";

		private Map<String, String> quotas = new LinkedHashMap<>();

		boolean isBlank() {
			return this.name.isBlank() && this.quotas.values().stream().allMatch((v) -> v == null || v.isBlank());
		}

		public String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = (name != null) ? name : "";
		}

		public Map<String, String> getQuotas() {
			return this.quotas;
		}

		public void setQuotas(Map<String, String> quotas) {
			this.quotas = quotas;
		}

		/** The typed count for a group code, {@code ""} if none. */
		public String quota(String group) {
			String value = this.quotas.get(group);
			return (value != null) ? value : "";
		}

	}

}
