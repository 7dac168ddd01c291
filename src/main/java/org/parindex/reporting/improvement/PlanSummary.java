package org.parindex.reporting.improvement;

import org.parindex.organization.UnitView;

/**
 * One unit's line in the PAR office's overview of a year's plans.
 *
 * @param lost remedies due: each appraised criterion that lost points, one for the survey
 * part when it lost any, and any older remedy of a single survey criterion
 * @param written remedies the unit wrote
 * @param done remedies done
 * @param overdue remedies past their deadline, not done
 */
public record PlanSummary(UnitView unit, int lost, int written, int done, int overdue, String link) {

}
