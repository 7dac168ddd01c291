package org.parindex.assessment.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's self-assessed points as its own pages show them before submission: the
 * appraisal component (the only one a unit scores itself; the survey's points come from
 * the sociological survey) and each area, each beside its maximum. Unrounded sums of the
 * leaves' self-scores as the engine computes them; leaves without inputs count 0.
 *
 * @param appraisal the sum of the self-scores of the appraisal leaves, 0 to
 * {@code appraisalMax}
 * @param appraisalMax the index set's appraisal maximum (e.g. 64)
 * @param entered leaves with a self-score
 * @param leaves appraisal leaves in all
 * @param areas the areas holding appraisal leaves, in the set's order
 */
public record SelfTotals(BigDecimal appraisal, BigDecimal appraisalMax, int entered, int leaves,
		List<AreaTotal> areas) {

	public SelfTotals {
		areas = List.copyOf(areas);
	}

	/**
	 * One area's self-assessed points.
	 *
	 * @param points the sum of its leaves' self-scores
	 * @param max the sum of its appraisal leaves' maxima
	 */
	public record AreaTotal(String code, String name, BigDecimal points, BigDecimal max) {

	}

}
