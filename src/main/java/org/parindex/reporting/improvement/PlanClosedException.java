package org.parindex.reporting.improvement;

import org.parindex.platform.LocalizedException;

/**
 * A change to an improvement plan refused because a later year of its unit group is
 * published: the plan is then the record of what the unit did and stays as it was
 * ({@link ImprovementRules#closedBy}). Message {@code improvement.closed.refused} with
 * the plan's year and the year that closed it.
 */
public class PlanClosedException extends LocalizedException {

	public PlanClosedException(int year, int closedBy) {
		super("improvement.closed.refused", year, closedBy);
	}

}
