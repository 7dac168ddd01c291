package org.parindex.assessment;

/**
 * Where a participating unit stands in its cycle: how many appraisal leaves have an
 * entry, how many survey leaves have a result, and how many bonus and deduction entries
 * it has.
 */
public record UnitProgress(long unitId, int entered, int appraisalLeaves, int surveyed, int surveyLeaves,
		int adjustments) {

	/** Share of appraisal leaves entered, 0 to 100. */
	public int percentEntered() {
		return (this.appraisalLeaves == 0) ? 0 : this.entered * 100 / this.appraisalLeaves;
	}

}
