package org.parindex.reporting.improvement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.parindex.engine.Component;
import org.parindex.reporting.ScorecardRow;

/**
 * The rules of the improvement plan (issue 12, item 7), free of I/O: which criteria get a
 * remedy, how an entered remedy is checked, until when a plan may be edited, and which
 * remedy of last year a criterion of this year carries.
 */
public final class ImprovementRules {

	/** Longest remedy, owner or note, in characters. */
	public static final int MAX_TEXT = 2000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private ImprovementRules() {
	}

	/**
	 * The code of the one remedy for the survey part as a whole (the unit's answer to the
	 * points its citizens' answers lost). It holds a hyphen, which no criterion's code
	 * may ({@code CreateIndexSet.NodeDraft.CODE}), so it never meets a criterion.
	 */
	public static final String SURVEY_PART = "survey-part";

	/**
	 * The criteria the unit controls that get a remedy each: the appraised leaves where
	 * the unit scored below the maximum of what applies to it, in the tree's order
	 * (not-applicable leaves never).
	 */
	public static List<ScorecardRow> lostCriteria(List<ScorecardRow> rows) {
		return rows.stream().filter((row) -> lost(row) && !survey(row)).toList();
	}

	/**
	 * The survey criteria that lost points (the leaves scored from the sociological
	 * survey's answers below what applies to the unit), in the tree's order. They share
	 * one remedy ({@link #SURVEY_PART}): the unit does not score them itself, and a
	 * review conference answers the citizens' verdict with one set of measures, not one
	 * owner and deadline per question (docs/reports.md).
	 */
	public static List<ScorecardRow> lostSurveyCriteria(List<ScorecardRow> rows) {
		return rows.stream().filter((row) -> lost(row) && survey(row)).toList();
	}

	/**
	 * The codes of the remedies a plan holds, in the order the page shows them: each lost
	 * criterion the unit controls; then, when any survey criterion lost points, the
	 * survey part's one remedy; then each lost survey criterion that already has a remedy
	 * of its own stored (written before survey losses shared one remedy), so nothing
	 * stored is hidden.
	 * @param stored the codes that have a stored remedy
	 */
	public static List<String> remedyCodes(List<ScorecardRow> rows, Set<String> stored) {
		List<String> codes = new ArrayList<>();
		lostCriteria(rows).forEach((row) -> codes.add(row.code()));
		List<ScorecardRow> survey = lostSurveyCriteria(rows);
		if (!survey.isEmpty()) {
			codes.add(SURVEY_PART);
		}
		survey.stream().map(ScorecardRow::code).filter(stored::contains).forEach(codes::add);
		return codes;
	}

	private static boolean lost(ScorecardRow row) {
		return row.leaf() && row.lostAny();
	}

	private static boolean survey(ScorecardRow row) {
		return row.component().filter((c) -> c == Component.SURVEY).isPresent();
	}

	/**
	 * The first later year of the plan's unit group whose results are published: the plan
	 * is the record from then on and is read-only. Until then (the next year's cycle
	 * running included) the unit updates its remedies, as it reports their progress in
	 * its next self-assessment.
	 * @param year the plan's year
	 * @param publishedYears the years of the unit group whose results are published
	 * @return empty while the plan may be edited
	 */
	public static Optional<Integer> closedBy(int year, Collection<Integer> publishedYears) {
		return publishedYears.stream().filter((y) -> y > year).min(Integer::compare);
	}

	/**
	 * Reads a deadline typed as {@code dd/MM/yyyy} (one-digit day and month accepted).
	 * @return empty for a blank value
	 * @throws IllegalArgumentException for a value that is no date
	 */
	public static Optional<LocalDate> deadline(String value) {
		String text = value.strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		String[] parts = text.split("/");
		if (parts.length != 3 || parts[2].length() != 4) {
			throw new IllegalArgumentException(text);
		}
		try {
			return Optional.of(LocalDate.parse(pad(parts[0]) + "/" + pad(parts[1]) + "/" + parts[2], DAY));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(text, ex);
		}
	}

	private static String pad(String part) {
		return (part.length() == 1) ? "0" + part : part;
	}

	/**
	 * The problems of one remedy as entered, by field ({@code remedy}, {@code owner},
	 * {@code deadline}, {@code status}, {@code note}) with their message keys; empty when
	 * it may be stored. A remedy whose status is set past "not started" must say what is
	 * done; an owner or a deadline needs the remedy they belong to
	 * ({@code improvement.invalid.remedy-needed}); a remedy needs its owner (one of
	 * spaces only is none, {@code improvement.invalid.owner-empty}); texts are at most
	 * {@link #MAX_TEXT} characters; the deadline must be a date, not before 1 January of
	 * the year after the plan's year ({@code improvement.invalid.deadline-early}): the
	 * plan answers results published that year, so an earlier day was past before the
	 * plan could be made (walk A of 02/12, finding 9).
	 * @param year the plan's year (the year whose results it answers)
	 */
	public static Map<String, String> problems(int year, String remedy, String owner, String deadline, String status,
			String note) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<RemedyStatus> parsed = RemedyStatus.parse(status);
		if (remedy.length() > MAX_TEXT) {
			problems.put("remedy", "improvement.invalid.too-long");
		}
		else if (remedy.isBlank() && parsed.isPresent() && parsed.get() != RemedyStatus.NOT_STARTED) {
			problems.put("remedy", "improvement.invalid.remedy-empty");
		}
		else if (remedy.isBlank() && (!owner.isBlank() || !deadline.isBlank())) {
			problems.put("remedy", "improvement.invalid.remedy-needed");
		}
		if (owner.length() > MAX_TEXT) {
			problems.put("owner", "improvement.invalid.too-long");
		}
		else if (!remedy.isBlank() && owner.isBlank()) {
			problems.put("owner", "improvement.invalid.owner-empty");
		}
		try {
			Optional<LocalDate> day = deadline(deadline);
			if (day.isPresent() && day.get().isBefore(earliestDeadline(year))) {
				problems.put("deadline", "improvement.invalid.deadline-early");
			}
		}
		catch (IllegalArgumentException ex) {
			problems.put("deadline", "improvement.invalid.deadline");
		}
		if (parsed.isEmpty()) {
			problems.put("status", "improvement.invalid.status");
		}
		if (note.length() > MAX_TEXT) {
			problems.put("note", "improvement.invalid.too-long");
		}
		return problems;
	}

	/**
	 * The earliest deadline a remedy of the plan after {@code year} may have: 1 January
	 * of the next year, when the year's results are published and the plan is made.
	 */
	public static LocalDate earliestDeadline(int year) {
		return LocalDate.of(year + 1, 1, 1);
	}

	/**
	 * Last year's remedy a criterion of this year carries: the remedy of the same code,
	 * or, when a crosswalk between the years exists, of the criterion it names as the
	 * counterpart (which wins over the code: a renumbered set moves remedies with their
	 * criteria).
	 * @param code the criterion's code this year
	 * @param counterpart the crosswalk's counterpart of {@code code} (its code last
	 * year), or {@code null} when no crosswalk decides it
	 * @param lastYear last year's remedies by code
	 */
	public static <T> Optional<T> carried(String code, Function<String, Optional<String>> counterpart,
			Map<String, T> lastYear) {
		Optional<String> previous = counterpart.apply(code);
		return Optional.ofNullable(lastYear.get(previous.orElse(code)));
	}

	/**
	 * A digest of a remedy's values (16 hexadecimal digits of their SHA-256), the same
	 * for the same values: what {@link Remedy#fingerprint()} gives and a row sent back is
	 * compared with.
	 */
	static String fingerprint(String remedy, String owner, java.util.Optional<java.time.LocalDate> deadline,
			RemedyStatus status, String note) {
		String values = String.join("\u0000", remedy, owner, deadline.map(java.time.LocalDate::toString).orElse(""),
				status.name(), note);
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(values.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
