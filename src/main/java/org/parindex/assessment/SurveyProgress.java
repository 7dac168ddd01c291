package org.parindex.assessment;

import java.util.Map;

/**
 * How far the sociological survey has come for each unit of a year, for the cycle's
 * progress screen. The survey module provides it (it depends on this module, not the
 * other way round).
 */
public interface SurveyProgress {

	/**
	 * How many survey leaves of the index set have a result, by unit id.
	 * @param indexSetId the year's index set
	 */
	Map<Long, Integer> surveyedLeaves(long indexSetId);

}
