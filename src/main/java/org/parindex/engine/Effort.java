package org.parindex.engine;

/**
 * How hard a unit judges it to recover the points it lost on a criterion (issue 12, item
 * 4): the unit tags each lost criterion, and {@link RankClimb} looks for the set of
 * criteria of least total effort that closes a gap in the ranking. A criterion not tagged
 * counts as {@link #MEDIUM}.
 */
public enum Effort {

	/** Dễ: a document to issue, a report to send on time (weight 1). */
	LOW(1),

	/** Trung bình: the default (weight 2). */
	MEDIUM(2),

	/** Khó: work over months or money the unit does not control (weight 3). */
	HIGH(3);

	private final int weight;

	Effort(int weight) {
		this.weight = weight;
	}

	/** The effort's weight in a sum of efforts: 1, 2 or 3. */
	public int weight() {
		return this.weight;
	}

}
