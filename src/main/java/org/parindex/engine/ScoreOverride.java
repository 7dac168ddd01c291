package org.parindex.engine;

import java.math.BigDecimal;

/**
 * Points set by the appraiser in place of the rule's result, with the reason (e.g. the
 * evidence does not support the figures entered).
 */
public record ScoreOverride(BigDecimal points, String reason) {

}
