package org.parindex.contest;

import java.util.List;

/**
 * A question was refused because of its content; nothing was stored. Every fault is
 * listed ({@link QuestionDraft#problems}).
 */
public class QuestionInvalidException extends RuntimeException {

	private final List<QuestionProblem> problems;

	QuestionInvalidException(List<QuestionProblem> problems) {
		super("Question refused: " + problems.size() + " problems");
		this.problems = List.copyOf(problems);
	}

	/** The faults, in the order of the fields. */
	public List<QuestionProblem> problems() {
		return this.problems;
	}

}
