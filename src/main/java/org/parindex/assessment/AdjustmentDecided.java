package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The council approved or rejected a proposed bonus or deduction. Published in the
 * transaction of the decision.
 *
 * @param points the points proposed, above zero
 * @param approved whether the council approved it (else rejected)
 * @param reason why the council decided so, as it wrote it
 * @param at when the council decided
 */
public record AdjustmentDecided(long cycleId, int year, long unitId, AdjustmentKind kind, BigDecimal points,
		boolean approved, String reason, Instant at) {

}
