package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A criterion whose published points a revision changed, as the revision page lists it:
 * the points the revision before published and the points this one publishes, for each
 * sub-criterion (leaf) whose points differ, and the figures a correction by figures gave
 * (issue 9, rev9).
 *
 * @param unitId the unit whose criterion changed
 * @param unitName its name as published
 * @param code the criterion's code ("3.3.4")
 * @param name the criterion's name in the index set
 * @param oldPoints its points in the revision before, unrounded
 * @param newPoints its points in this revision, unrounded
 * @param figures the corrected figures by the rule's input name ({@code actual},
 * {@code base}, ...), in the rule's order; empty when corrected by points
 */
public record RevisionCriterion(long unitId, String unitName, String code, String name, BigDecimal oldPoints,
		BigDecimal newPoints, Map<String, BigDecimal> figures) {

	public RevisionCriterion {
		figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
	}

}
