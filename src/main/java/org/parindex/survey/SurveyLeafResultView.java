package org.parindex.survey;

import java.math.BigDecimal;

/**
 * A unit's survey result on one survey leaf.
 *
 * @param respondents how many valid answers the mean rests on
 * @param mean the weighted mean of the answers' option weights, between 0 and 1
 * @param contractorRespondents how many of the valid answers a survey contractor
 * supplied, 0 or more
 * @param contractors the names of the contractors who supplied them, as entered at their
 * import, in name order and separated by {@value #SEPARATOR}; empty when none did or the
 * names were not recorded (results recorded only by their mean)
 */
public record SurveyLeafResultView(long unitId, String leafCode, int respondents, BigDecimal mean,
		int contractorRespondents, String contractors) {

	/** What separates two contractors' names in {@link #contractors()}. */
	public static final String SEPARATOR = "; ";

}
