package org.parindex.assessment;

import java.util.List;

import org.parindex.engine.Problem;

/** Entries were refused; nothing was stored. The problems name the leaves and inputs. */
public class InvalidEntryException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidEntryException(List<Problem> problems) {
		super("Invalid entries: " + problems.stream().map(Problem::describe).toList());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
