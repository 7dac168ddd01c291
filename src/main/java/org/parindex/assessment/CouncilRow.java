package org.parindex.assessment;

import java.math.BigDecimal;

/**
 * One unit in the council's table: appraisal points as the unit scored itself, after
 * round 1 and as finally appraised, and where the rounds stand.
 *
 * @param differing leaves whose appraised score differs from the self-score; for a unit
 * that never submitted, also each drafted leaf that counts 0 because nobody appraised it
 * @param flagged leaves the appraisers asked the unit to explain
 * @param answered flagged leaves the unit has answered
 * @param finalized leaves scored in round 2 (or by the council)
 * @param pendingFlags flagged leaves not yet finalized: the council must resolve them
 */
public record CouncilRow(long unitId, DossierStatus status, BigDecimal self, BigDecimal round1, BigDecimal appraised,
		int differing, int flagged, int answered, int finalized, int pendingFlags) {

	/** The appraised points differ from the self-assessment. */
	public boolean changed() {
		return this.self.compareTo(this.appraised) != 0;
	}

	/** Appraised minus self. */
	public BigDecimal difference() {
		return this.appraised.subtract(this.self);
	}

}
