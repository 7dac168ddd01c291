package org.parindex.engine;

/** How a leaf's points came about. */
public enum LeafStatus {

	/** Computed by the leaf's rule from the unit's inputs. */
	COMPUTED,

	/** Set by the appraiser in place of the rule's result. */
	OVERRIDDEN,

	/** Nothing entered: no points. */
	NOT_ENTERED,

	/**
	 * The inputs break the rule's limits (see the problems): no points until corrected.
	 */
	INVALID,

	/**
	 * The node does not apply to the unit (marked by the PAR office with a reason): no
	 * points, none lost, left out of the applicable maximum.
	 */
	NOT_APPLICABLE

}
