package org.parindex.assessment;

import java.util.List;

/**
 * The appraisal leaves of one unit's dossier that nobody has appraised yet: no round-1
 * score and no final score. Their self-assessed points count in the year's results until
 * an appraiser scores them (docs/workflow.md, "the appraised score in force"), so
 * approving or publishing with any of them is a step the preview names.
 *
 * @param unitId the participating unit
 * @param count the leaves without an appraised score, 1 to {@code leaves}
 * @param leaves the appraisal leaves that apply to the unit (not-applicable ones left
 * out)
 * @param areaCodes the codes of the areas these leaves belong to, in the set's order
 */
public record UnappraisedLeaves(long unitId, int count, int leaves, List<String> areaCodes) {

	public UnappraisedLeaves {
		areaCodes = List.copyOf(areaCodes);
	}

}
