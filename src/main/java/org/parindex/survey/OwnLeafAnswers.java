package org.parindex.survey;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The survey's own responses (online and paper) about a unit on a survey leaf, shown
 * beside a contractor's results.
 *
 * @param answers valid answers (options with a weight) to the set's questions on the leaf
 * @param mean the plain mean of their weights, 0 to 1, before any respondent group's
 * weight; {@code null} without answers
 */
public record OwnLeafAnswers(long unitId, String leafCode, long answers, @Nullable BigDecimal mean) {

}
