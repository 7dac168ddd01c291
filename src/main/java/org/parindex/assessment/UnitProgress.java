package org.parindex.assessment;

/**
 * Where a participating unit stands in its cycle: how many appraisal leaves have an
 * entry, how many survey leaves have a result, and its bonus and deduction as decided so
 * far, apart from what still awaits the council (issue 9, F13: the column counted entries
 * of any status under a bonus heading).
 *
 * @param bonus the points of its approved bonus entries, before the set's cap (0 when
 * none)
 * @param deduction the points of its approved deduction entries, before the set's cap
 * @param pendingAdjustments how many bonus and deduction proposals await the council's
 * decision
 */
public record UnitProgress(long unitId, int entered, int appraisalLeaves, int surveyed, int surveyLeaves,
		java.math.BigDecimal bonus, java.math.BigDecimal deduction, int pendingAdjustments) {

	/** Share of appraisal leaves entered, 0 to 100. */
	public int percentEntered() {
		return (this.appraisalLeaves == 0) ? 0 : this.entered * 100 / this.appraisalLeaves;
	}

}
