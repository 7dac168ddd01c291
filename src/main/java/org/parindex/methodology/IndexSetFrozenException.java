package org.parindex.methodology;

/** The index set's year is published: the set can no longer change. */
public class IndexSetFrozenException extends RuntimeException {

	private final int year;

	public IndexSetFrozenException(int year) {
		super("The index set of " + year + " is published and frozen");
		this.year = year;
	}

	public int year() {
		return this.year;
	}

}
