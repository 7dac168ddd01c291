package org.parindex.engine;

/** The levels of the criteria tree. */
public enum Level {

	/** Lĩnh vực. Always a branch. */
	AREA,

	/** Tiêu chí. A leaf when it has no sub-criteria. */
	CRITERION,

	/** Tiêu chí thành phần. Always a leaf. */
	SUB_CRITERION

}
