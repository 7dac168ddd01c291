package org.parindex.survey;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A unit's survey result on one survey leaf as computed from the answers.
 *
 * @param respondents valid answers (options with a weight) the mean rests on, 0 or more
 * @param mean the weighted mean of the valid answers' option weights, 0 to 1: each
 * respondent group's (form's) mean, weighted by the group's weight among the groups that
 * have answers
 * @param points the leaf's maximum × mean (points, unrounded)
 * @param answers answers per option label, counted in the mean or not
 * @param excluded the labels left out of the mean ("không biết / không trả lời")
 */
public record SurveyLeafScore(long unitId, String leafCode, int respondents, BigDecimal mean, BigDecimal points,
		Map<String, Integer> answers, Set<String> excluded) {

	public SurveyLeafScore {
		answers = Map.copyOf(answers);
		excluded = Set.copyOf(excluded);
	}

}
