package org.parindex.contest;

import java.util.List;

/**
 * One fault of a question as typed or imported.
 *
 * @param field the field at fault: {@code code}, {@code category}, {@code difficulty},
 * {@code kind}, {@code text}, {@code option0} to {@code option5} (A to F),
 * {@code options} (the options as a whole), {@code correct} or {@code source}
 * @param messageKey the fault, under {@code contest.question.problem.} (or
 * {@code contest.question.import.} for a file)
 * @param arguments the message's arguments
 */
public record QuestionProblem(String field, String messageKey, List<Object> arguments) {

	public QuestionProblem {
		arguments = List.copyOf(arguments);
	}

	static QuestionProblem of(String field, String key, Object... arguments) {
		return new QuestionProblem(field, key, List.of(arguments));
	}

}
