package org.parindex.contest;

import java.util.List;

/**
 * One reason a contest's definition is refused: the field at fault and a message naming
 * it.
 *
 * @param field the form field, e.g. {@code closesAt}, {@code rounds[1].timeLimit},
 * {@code prizes[0].quota[CB]}; groups, rounds and prize levels count from 0
 * @param messageKey a key under {@code contest.problem.} in {@code messages_*.properties}
 * @param arguments the message's arguments (numbers, names; rounds and levels counted
 * from 1 as the page shows them)
 */
public record ContestProblem(String field, String messageKey, List<Object> arguments) {

	public ContestProblem {
		arguments = List.copyOf(arguments);
	}

	static ContestProblem of(String field, String key, Object... arguments) {
		return new ContestProblem(field, "contest.problem." + key, List.of(arguments));
	}

}
