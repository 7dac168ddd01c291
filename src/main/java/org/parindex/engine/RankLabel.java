package org.parindex.engine;

/**
 * How a province writes a rank of so many units (an index set's setting): Gia Lai pads
 * the rank to the width of the unit count ({@code 06/17}, {@code 006/126}), others pad to
 * two digits ({@code 01/7}, {@code 06/126}) or write it as it is ({@code 1/126},
 * {@code 6/17}).
 */
public enum RankLabel {

	/** Padded with zeros to the width of the unit count: {@code 06/17}, {@code 1/7}. */
	UNIT_COUNT_WIDTH,

	/** Padded with zeros to two digits: {@code 01/7}, {@code 06/17}, {@code 120/126}. */
	TWO_DIGITS,

	/** Not padded: {@code 1/126}, {@code 6/17}. */
	NONE;

	/**
	 * The rank alone as this style writes it.
	 * @param rank 1 or more
	 * @param unitCount the number of units ranked, at least {@code rank}
	 */
	public String rank(int rank, int unitCount) {
		int width = switch (this) {
			case UNIT_COUNT_WIDTH -> Integer.toString(unitCount).length();
			case TWO_DIGITS -> 2;
			case NONE -> 1;
		};
		StringBuilder padded = new StringBuilder(Integer.toString(rank));
		while (padded.length() < width) {
			padded.insert(0, '0');
		}
		return padded.toString();
	}

	/** The rank of so many units: {@code 06/17}. */
	public String label(int rank, int unitCount) {
		return rank(rank, unitCount) + "/" + unitCount;
	}

}
