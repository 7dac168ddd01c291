package org.parindex.methodology;

import java.util.List;

import org.parindex.platform.LocalizedException;

/**
 * A crosswalk change was refused; nothing changed. The message key and arguments say why
 * ({@code crosswalk.*}): the first problem; {@link #problems()} lists every one, each
 * with the criterion whose field holds it, so that the page can mark every field to
 * correct.
 */
public class InvalidCrosswalkException extends LocalizedException {

	private final List<Problem> problems;

	public InvalidCrosswalkException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.problems = List.of(new Problem("", messageKey, List.of(arguments)));
	}

	/**
	 * Every problem found, in the order of the fields.
	 * @param problems one or more
	 */
	InvalidCrosswalkException(List<Problem> problems) {
		super(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
		this.problems = List.copyOf(problems);
	}

	/** Every problem found (one at least), in the order of the fields. */
	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One problem of a crosswalk sent.
	 *
	 * @param leaf the code of the year's criterion whose field holds it, or empty when
	 * the problem is not one field's
	 */
	public record Problem(String leaf, String messageKey, List<Object> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

	}

}
