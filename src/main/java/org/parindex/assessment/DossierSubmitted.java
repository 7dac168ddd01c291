package org.parindex.assessment;

import java.time.Instant;

/**
 * A unit's leader submitted its self-assessment: the appraisers may start round 1 on it,
 * until {@code appraisalUntil}.
 *
 * @param at when it was submitted
 */
public record DossierSubmitted(long cycleId, int year, long indexSetId, long unitId, Instant appraisalUntil,
		Instant at) {

}
