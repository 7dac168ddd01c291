package org.parindex.methodology;

import java.util.List;

/** An index set was refused; nothing was stored. The issues say why. */
public class InvalidIndexSetException extends RuntimeException {

	private final List<IndexSetIssue> issues;

	public InvalidIndexSetException(List<IndexSetIssue> issues) {
		super("Invalid index set: " + issues);
		this.issues = List.copyOf(issues);
	}

	public List<IndexSetIssue> issues() {
		return this.issues;
	}

}
