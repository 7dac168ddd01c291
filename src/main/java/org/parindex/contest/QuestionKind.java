package org.parindex.contest;

import java.util.Optional;

/**
 * Whether a question has one correct option or several (issue 11, item 2). VCNET's
 * contests use 4 options with 1 to 4 correct ({@code shared/domain/contest.md}); here a
 * single-answer question has exactly one correct option and a multiple-answer question
 * two or more (up to all of its options), as the bank's file format says
 * ({@code docs/contest.md}). In files: {@code Một đáp án} [Single], {@code Nhiều đáp án}
 * [Multiple].
 */
public enum QuestionKind {

	/** Một đáp án: exactly one correct option; the page offers radio buttons. */
	SINGLE("Một đáp án", "mot dap an", "single"),

	/**
	 * Nhiều đáp án: two or more correct options; the page offers check boxes, and the
	 * answer is correct only when exactly the correct options are chosen.
	 */
	MULTIPLE("Nhiều đáp án", "nhieu dap an", "multiple");

	private final String label;

	private final String vietnamese;

	private final String english;

	QuestionKind(String label, String vietnamese, String english) {
		this.label = label;
		this.vietnamese = vietnamese;
		this.english = english;
	}

	/** The Vietnamese words a file carries ({@code Một đáp án}). */
	public String label() {
		return this.label;
	}

	/** The message key of its name ({@code contest.question.kind.single}). */
	public String messageKey() {
		return "contest.question.kind." + this.english;
	}

	/**
	 * The kind a file's cell names: the Vietnamese or English words, in any case, with or
	 * without accents.
	 */
	public static Optional<QuestionKind> parse(String text) {
		String key = QuestionText.fold(text);
		for (QuestionKind kind : values()) {
			if (key.equals(kind.vietnamese) || key.equals(kind.english)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
