package org.parindex.methodology;

/** An index set in a list: which year and unit group, its name. */
public record IndexSetSummary(long id, int year, long unitGroupId, String name, boolean illustrative,
		boolean published) {

}
