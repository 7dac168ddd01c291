package org.parindex.contest;

import java.util.Optional;

/**
 * Which questions of a bank a list shows.
 *
 * @param category only this category (compared folded, {@link QuestionText#fold}), or any
 * @param difficulty only this difficulty, or any
 * @param search words the code, question, options or source must contain (folded: case
 * and accents ignored), or empty for any
 * @param retired whether retired questions are listed too
 */
public record QuestionFilter(Optional<String> category, Optional<QuestionDifficulty> difficulty, String search,
		boolean retired) {

	/** Every question, retired ones included. */
	public static QuestionFilter all() {
		return new QuestionFilter(Optional.empty(), Optional.empty(), "", true);
	}

	/** Whether a question passes the filter. */
	public boolean accepts(QuestionView question) {
		if (!this.retired && question.retired()) {
			return false;
		}
		if (this.category.isPresent()
				&& !QuestionText.fold(this.category.get()).equals(QuestionText.fold(question.category()))) {
			return false;
		}
		if (this.difficulty.isPresent() && this.difficulty.get() != question.difficulty()) {
			return false;
		}
		String words = QuestionText.fold(this.search);
		if (words.isEmpty()) {
			return true;
		}
		StringBuilder haystack = new StringBuilder(question.code()).append(' ')
			.append(question.text())
			.append(' ')
			.append(question.source());
		question.options().forEach((option) -> haystack.append(' ').append(option.text()));
		String folded = QuestionText.fold(haystack.toString());
		for (String word : words.split(" ")) {
			if (!folded.contains(word)) {
				return false;
			}
		}
		return true;
	}

}
