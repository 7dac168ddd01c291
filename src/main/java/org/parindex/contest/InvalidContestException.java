package org.parindex.contest;

import java.util.List;

import org.parindex.platform.LocalizedException;

/**
 * A contest's definition was refused; nothing changed. Carries every problem found, each
 * naming its field ({@link ContestProblem}); the message key is the first one's.
 */
public class InvalidContestException extends LocalizedException {

	private final List<ContestProblem> problems;

	public InvalidContestException(List<ContestProblem> problems) {
		super(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in the order of the form's fields. */
	public List<ContestProblem> problems() {
		return this.problems;
	}

}
