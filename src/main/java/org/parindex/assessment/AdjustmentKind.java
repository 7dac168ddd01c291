package org.parindex.assessment;

/** The two ledgers outside the tree. */
public enum AdjustmentKind {

	/** Điểm thưởng. */
	BONUS,

	/** Điểm trừ. */
	DEDUCTION

}
