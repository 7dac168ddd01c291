package org.parindex.contest;

import java.util.List;

/**
 * A question file was refused; nothing was stored. Each fault names its row and column
 * (up to {@value QuestionFiles#MAX_ISSUES} faults; the rest are summed up in a last one).
 */
public class QuestionImportException extends RuntimeException {

	private final List<Issue> issues;

	QuestionImportException(List<Issue> issues) {
		super("Question file refused: " + issues.size() + " issues");
		this.issues = List.copyOf(issues);
	}

	/** The faults, by row. */
	public List<Issue> issues() {
		return this.issues;
	}

	/**
	 * A fault at a place of the file.
	 *
	 * @param row the row's number in the file from 1, or 0 for the whole file
	 * @param column the column's letters ({@code L}), or empty for the whole row
	 * @param field the column's field (as {@link QuestionProblem#field}, or
	 * {@code header}), or empty for the whole row; names the column in messages
	 * @param messageKey under {@code contest.question.}
	 * @param arguments the message's arguments
	 */
	public record Issue(int row, String column, String field, String messageKey, List<Object> arguments) {

		public Issue {
			arguments = List.copyOf(arguments);
		}

	}

}
