package org.parindex.contest;

import java.util.List;

import org.parindex.platform.LocalizedException;

/**
 * A participant's request was refused; nothing changed. Carries every problem found, each
 * naming its form field (empty for the request as a whole, e.g. the contest is closed);
 * the message key is the first one's, under {@code contest.entry.}.
 */
public class EntryRefusedException extends LocalizedException {

	private final List<ContestProblem> problems;

	public EntryRefusedException(List<ContestProblem> problems) {
		super(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
		this.problems = List.copyOf(problems);
	}

	/** A refusal of the whole request, with the message {@code contest.entry.<key>}. */
	static EntryRefusedException of(String key, Object... arguments) {
		return new EntryRefusedException(List.of(new ContestProblem("", "contest.entry." + key, List.of(arguments))));
	}

	/** Every problem found, in the order of the form's fields. */
	public List<ContestProblem> problems() {
		return this.problems;
	}

}
