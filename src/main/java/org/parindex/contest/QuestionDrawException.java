package org.parindex.contest;

import org.parindex.platform.LocalizedException;

/**
 * A draw's plan was refused: not valid, or more than the bank can fill. The message's
 * arguments are the stratum's category ({@code ""} for any), its difficulty as
 * {@link QuestionDifficulty#ordinal} ({@code -1} for any), the questions needed and the
 * questions available.
 */
public class QuestionDrawException extends LocalizedException {

	QuestionDrawException(String messageKey, String category, int difficulty, int needed, int available) {
		super(messageKey, category, difficulty, needed, available);
	}

	static QuestionDrawException shortOf(QuestionDraw.Stratum stratum, int available) {
		String key = "contest.question.draw.short."
				+ (stratum.category().isPresent() ? (stratum.difficulty().isPresent() ? "cell" : "category")
						: (stratum.difficulty().isPresent() ? "difficulty" : "any"));
		return new QuestionDrawException(key, stratum.categoryArgument(), stratum.difficultyArgument(), stratum.count(),
				available);
	}

}
