package org.parindex.assessment;

import java.time.OffsetDateTime;

/**
 * A criterion (or a whole area) that does not apply to a unit in a year's cycle, with the
 * PAR office's reason, who marked it and when.
 */
public record NotApplicableView(long cycleId, long unitId, String nodeCode, String reason, String markedBy,
		OffsetDateTime markedAt) {

}
