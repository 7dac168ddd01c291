package org.parindex.survey;

import java.util.List;

/**
 * A contractor's table was refused; nothing was stored. Each issue names its row and
 * column.
 */
public class ContractorImportException extends RuntimeException {

	private final List<Issue> issues;

	public ContractorImportException(List<Issue> issues) {
		super("Contractor table refused: " + issues.size() + " issues");
		this.issues = List.copyOf(issues);
	}

	public List<Issue> issues() {
		return this.issues;
	}

	/**
	 * What is wrong at a place of the table.
	 *
	 * @param row the row's number in the file from 1, or 0 for the whole file
	 * @param column the column's letter ({@code A}…{@code I}), or empty for the whole row
	 * @param messageKey under {@code survey.contractor.}
	 */
	public record Issue(int row, String column, String messageKey, List<Object> arguments) {

		public Issue {
			arguments = List.copyOf(arguments);
		}

	}

}
