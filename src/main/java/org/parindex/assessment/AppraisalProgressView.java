package org.parindex.assessment;

/**
 * How far the appraisal of one unit's dossier has come, counted over the appraisal leaves
 * (criteria without sub-criteria, and sub-criteria) in someone's scope: an appraiser's
 * assigned areas, or every area for the council and the PAR office. Each count is between
 * 0 and {@code leaves}.
 *
 * @param unitId the participating unit
 * @param leaves the appraisal leaves in scope, the same for every unit of the cycle
 * @param appraised leaves scored in round 1
 * @param asked leaves the appraisers asked the unit to explain (giải trình)
 * @param answered asked leaves the unit has answered
 * @param finalized leaves given their final score (round 2 or the council)
 */
public record AppraisalProgressView(long unitId, int leaves, int appraised, int asked, int answered, int finalized) {

	/** Nothing of the unit's dossier in scope has been appraised yet. */
	public boolean untouched() {
		return this.appraised == 0 && this.asked == 0 && this.finalized == 0;
	}

}
