package org.parindex.survey;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A contractor's result for one unit and survey leaf, over all its rows (questions and
 * forms) for that leaf.
 *
 * @param respondents the number of valid answers: the counts of weighted options, plus
 * the respondents of rows that give a mean
 * @param mean the weighted mean of the valid answers, 0 to 1 (each option's weight times
 * its count, each given mean times its respondents, divided by {@code respondents}), or
 * {@code null} when there is no valid answer
 */
public record ContractorLeafResult(long unitId, String leafCode, long respondents, @Nullable BigDecimal mean) {

}
