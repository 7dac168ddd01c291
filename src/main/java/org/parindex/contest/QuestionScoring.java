package org.parindex.contest;

import java.util.Set;

/**
 * Whether one answer is correct (issue 11, item 2). A single-answer question is answered
 * correctly when the one option chosen is its correct option. A multiple-answer question
 * is answered correctly only when exactly its correct options are chosen: one missing or
 * one extra makes the answer wrong, with no partial credit. That is the rule of the
 * Vietnamese contests whose questions have several correct options (VCNET: 4 options, 1
 * to 4 correct, the answer counts when all correct ones and only they are ticked;
 * {@code shared/domain/contest.md}), and Moodle's "all or nothing" grading.
 */
public final class QuestionScoring {

	private QuestionScoring() {
	}

	/**
	 * Whether an answer is correct.
	 * @param kind the question's kind
	 * @param correct the positions of its correct options (0 for A)
	 * @param chosen the positions the participant chose (empty when unanswered: wrong)
	 */
	public static boolean correct(QuestionKind kind, Set<Integer> correct, Set<Integer> chosen) {
		return switch (kind) {
			case SINGLE -> chosen.size() == 1 && correct.containsAll(chosen);
			case MULTIPLE -> !chosen.isEmpty() && chosen.equals(correct);
		};
	}

	/** Whether an answer to a stored question is correct. */
	public static boolean correct(QuestionView question, Set<Integer> chosen) {
		return correct(question.kind(), question.correctPositions(), chosen);
	}

}
