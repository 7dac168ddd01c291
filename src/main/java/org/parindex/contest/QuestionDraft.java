package org.parindex.contest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A question as the committee typed it or a file gave it, to add to a bank or to replace
 * a question's content (issue 11, item 2; the file format in {@code docs/contest.md}).
 * Texts are cleaned ({@link QuestionText#clean}) when the draft is made;
 * {@link #problems} lists what keeps it from being stored.
 *
 * @param code unique within the bank: 1 to {@value #MAX_CODE} letters (A–Z, a–z), digits,
 * {@code -}, {@code .} or {@code _}
 * @param category the category (chủ đề), 1 to {@value #MAX_CATEGORY} characters
 * @param difficulty the difficulty, or {@code null} when not given
 * @param kind single or multiple answer, or {@code null} when not given
 * @param text the question, 1 to {@value #MAX_TEXT} characters
 * @param options the options A to F as typed, blanks within included, blanks after the
 * last filled one dropped (at most {@value #MAX_OPTIONS} entries); the filled ones must
 * run from A without gaps, 2 to 6 of them, each at most {@value #MAX_OPTION} characters
 * @param correct the positions of the correct options (0 for A); one for a single-answer
 * question, two or more for a multiple-answer one, each a filled option
 * @param source the legal text or public page the answer comes from, at most
 * {@value #MAX_SOURCE} characters, empty when none
 */
public record QuestionDraft(String code, String category, @Nullable QuestionDifficulty difficulty,
		@Nullable QuestionKind kind, String text, List<String> options, Set<Integer> correct, String source) {

	/** The longest code. */
	public static final int MAX_CODE = 20;

	/** The longest category. */
	public static final int MAX_CATEGORY = 100;

	/** The longest question text. */
	public static final int MAX_TEXT = 1000;

	/** The longest option. */
	public static final int MAX_OPTION = 500;

	/** The longest source. */
	public static final int MAX_SOURCE = 500;

	/** The fewest options. */
	public static final int MIN_OPTIONS = 2;

	/** The most options (A to F). */
	public static final int MAX_OPTIONS = 6;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

	public QuestionDraft {
		code = QuestionText.clean(code);
		category = QuestionText.clean(category);
		text = QuestionText.clean(text);
		source = QuestionText.clean(source);
		List<String> cleaned = new ArrayList<>(options.stream().map(QuestionText::clean).toList());
		while (!cleaned.isEmpty() && cleaned.get(cleaned.size() - 1).isEmpty()) {
			cleaned.remove(cleaned.size() - 1);
		}
		options = List.copyOf(cleaned);
		correct = Set.copyOf(new TreeSet<>(correct));
	}

	/** The letter of an option's position: 0 gives {@code A}. */
	public static String letter(int position) {
		return String.valueOf((char) ('A' + position));
	}

	/** The filled options, in order (the blanks after the last one left out). */
	public List<String> filledOptions() {
		int last = -1;
		for (int i = 0; i < this.options.size(); i++) {
			if (!this.options.get(i).isEmpty()) {
				last = i;
			}
		}
		return this.options.subList(0, last + 1);
	}

	/**
	 * What keeps the draft from being stored, in the order of the fields; empty when it
	 * may be stored. The rules: every bound of the fields above; options filled from A
	 * without gaps, no two the same (ignoring case and accents); the correct options
	 * among the filled ones, exactly one for {@link QuestionKind#SINGLE} and at least two
	 * for {@link QuestionKind#MULTIPLE}.
	 */
	public List<QuestionProblem> problems() {
		List<QuestionProblem> problems = new ArrayList<>();
		if (this.code.isEmpty()) {
			problems.add(QuestionProblem.of("code", "contest.question.problem.required"));
		}
		else if (this.code.length() > MAX_CODE) {
			problems.add(QuestionProblem.of("code", "contest.question.problem.too-long", this.code.length(), MAX_CODE));
		}
		else if (!CODE.matcher(this.code).matches()) {
			problems.add(QuestionProblem.of("code", "contest.question.problem.code-chars", this.code));
		}
		bounded(problems, "category", this.category, MAX_CATEGORY, true);
		if (this.difficulty == null) {
			problems.add(QuestionProblem.of("difficulty", "contest.question.problem.required"));
		}
		if (this.kind == null) {
			problems.add(QuestionProblem.of("kind", "contest.question.problem.required"));
		}
		bounded(problems, "text", this.text, MAX_TEXT, true);
		List<String> filled = filledOptions();
		if (this.options.size() > MAX_OPTIONS) {
			problems.add(QuestionProblem.of("options", "contest.question.problem.options-many", MAX_OPTIONS));
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < filled.size() && i < MAX_OPTIONS; i++) {
			String option = filled.get(i);
			if (option.isEmpty()) {
				problems.add(QuestionProblem.of("option" + i, "contest.question.problem.option-gap", letter(i),
						letter(filled.size() - 1)));
				continue;
			}
			bounded(problems, "option" + i, option, MAX_OPTION, false);
			Integer same = seen.putIfAbsent(QuestionText.fold(option), i);
			if (same != null) {
				problems.add(QuestionProblem.of("option" + i, "contest.question.problem.option-duplicate", letter(i),
						letter(same)));
			}
		}
		if (filled.size() < MIN_OPTIONS) {
			problems
				.add(QuestionProblem.of("options", "contest.question.problem.options-few", MIN_OPTIONS, filled.size()));
		}
		boolean correctFilled = true;
		for (int position : this.correct) {
			if (position < 0 || position >= filled.size() || filled.get(position).isEmpty()) {
				problems.add(QuestionProblem.of("correct", "contest.question.problem.correct-blank",
						(position >= 0 && position < MAX_OPTIONS) ? letter(position) : String.valueOf(position)));
				correctFilled = false;
			}
		}
		if (this.correct.isEmpty()) {
			problems.add(QuestionProblem.of("correct", "contest.question.problem.correct-none"));
		}
		else if (correctFilled && this.kind == QuestionKind.SINGLE && this.correct.size() != 1) {
			problems.add(QuestionProblem.of("correct", "contest.question.problem.single-count", this.correct.size()));
		}
		else if (correctFilled && this.kind == QuestionKind.MULTIPLE && this.correct.size() < 2) {
			problems.add(QuestionProblem.of("correct", "contest.question.problem.multiple-count", this.correct.size()));
		}
		bounded(problems, "source", this.source, MAX_SOURCE, false);
		return problems;
	}

	private static void bounded(List<QuestionProblem> problems, String field, String value, int max, boolean required) {
		if (required && value.isEmpty()) {
			problems.add(QuestionProblem.of(field, "contest.question.problem.required"));
		}
		else if (value.length() > max) {
			problems.add(QuestionProblem.of(field, "contest.question.problem.too-long", value.length(), max));
		}
	}

}
