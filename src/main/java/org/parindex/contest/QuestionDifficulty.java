package org.parindex.contest;

import java.util.Optional;

/**
 * How hard a question of the bank is (mức độ), one axis of the draw's strata (issue 11,
 * item 2; the Ministry of Justice's bank spans easy to hard,
 * {@code shared/domain/contest.md}). In files: {@code Dễ} [Easy], {@code Trung bình}
 * [Medium], {@code Khó} [Hard].
 */
public enum QuestionDifficulty {

	/** Dễ. */
	EASY("Dễ", "de", "easy"),

	/** Trung bình. */
	MEDIUM("Trung bình", "trung binh", "medium"),

	/** Khó. */
	HARD("Khó", "kho", "hard");

	private final String label;

	private final String vietnamese;

	private final String english;

	QuestionDifficulty(String label, String vietnamese, String english) {
		this.label = label;
		this.vietnamese = vietnamese;
		this.english = english;
	}

	/** The Vietnamese word a file carries ({@code Dễ}). */
	public String label() {
		return this.label;
	}

	/** The message key of its name ({@code contest.question.difficulty.easy}). */
	public String messageKey() {
		return "contest.question.difficulty." + this.english;
	}

	/**
	 * The difficulty a file's cell names: the Vietnamese or English word, in any case,
	 * with or without accents ({@code Dễ}, {@code de}, {@code Easy}, {@code EASY}).
	 */
	public static Optional<QuestionDifficulty> parse(String text) {
		String key = QuestionText.fold(text);
		for (QuestionDifficulty difficulty : values()) {
			if (key.equals(difficulty.vietnamese) || key.equals(difficulty.english)) {
				return Optional.of(difficulty);
			}
		}
		return Optional.empty();
	}

}
