package org.parindex.engine;

/**
 * The part of the index a leaf's points count towards. Bonus (điểm thưởng) and deduction
 * (điểm trừ) are ledgers outside the tree, see {@link Adjustment}.
 */
public enum Component {

	/**
	 * Điểm thẩm định: criteria scored from the unit's inputs and appraised by the
	 * province.
	 */
	APPRAISAL,

	/** Điểm điều tra xã hội học: criteria scored from the sociological survey. */
	SURVEY

}
