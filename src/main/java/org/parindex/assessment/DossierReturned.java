package org.parindex.assessment;

import java.time.Instant;

/**
 * The PAR office returned a unit's submitted self-assessment with a reason; the unit may
 * edit and submit it again until {@code selfAssessmentUntil}.
 *
 * @param at when it was returned
 */
public record DossierReturned(long cycleId, int year, long unitId, String reason, Instant selfAssessmentUntil,
		Instant at) {

}
