package org.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import org.parindex.engine.RankUncertainty;

/**
 * A unit's survey answers as the rank bootstrap draws them again (issue 12, item 5;
 * {@link SurveyPointsService#samples(long)}).
 *
 * @param unitId the unit
 * @param points the survey points the answers give now: the sum over the unit's survey
 * leaves of maximum × pooled mean (points, unrounded), the figure each resample replaces
 * @param leaves the unit's survey leaves with answers, each with its respondent groups'
 * tallies
 */
public record SurveySample(long unitId, BigDecimal points, List<RankUncertainty.LeafSample> leaves) {

	public SurveySample {
		leaves = List.copyOf(leaves);
	}

}
