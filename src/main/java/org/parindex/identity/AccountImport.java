package org.parindex.identity;

import java.util.List;

/** Rows of an account file and what the check of each found. */
public final class AccountImport {

	private AccountImport() {
	}

	/**
	 * One row of an account file: username, name and position, role (its code such as
	 * {@code UNIT_OFFICER} or {@code unit-officer}), the unit code for unit roles, and an
	 * optional e-mail address for reminders.
	 *
	 * @param row the row's number in the file, counting from 1 as spreadsheets do
	 * @param email blank for none; at most {@link EmailAddresses#MAX_LENGTH} characters
	 */
	public record Row(int row, String username, String displayName, String role, String unitCode,
			String email) implements java.io.Serializable {

	}

	/**
	 * A row and its problems (message keys with arguments); no problems means it can be
	 * imported.
	 */
	public record Check(Row row, List<Problem> problems) {

		public Check {
			problems = List.copyOf(problems);
		}

		public boolean valid() {
			return this.problems.isEmpty();
		}

	}

	/** What is wrong with a row. */
	public record Problem(String messageKey, List<Object> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

	}

	/** An account created from a file, with the one-time password to hand over. */
	public record Created(String username, String displayName, Role role, String temporaryPassword) {

	}

}
