package org.parindex.organization;

/** What happened to a unit. */
public enum UnitEventType {

	CREATED,

	/** Its name or kind changed (e.g. a district became a town). */
	RENAMED,

	/** It stopped existing without a successor. */
	DEACTIVATED,

	/** It was merged into the related unit. */
	MERGED_INTO,

	/** Part of it became the related unit. */
	SPLIT_INTO,

	/** It took over (part of) the related unit, which merged or split. */
	SUCCEEDS

}
