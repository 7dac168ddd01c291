package org.parindex.assessment;

import java.util.Locale;
import java.util.Map;

/**
 * Last year's remedies of a unit's improvement plan, beside the criteria of its
 * self-assessment (issue 12, item 7): the assessment module shows them but does not own
 * improvement plans; the reporting module, which does, implements this, so that
 * assessment does not depend on reporting.
 */
public interface PreviousRemedySource {

	/**
	 * Last year's remedies, keyed by the criterion codes of the set's year (matched by
	 * code or by the crosswalk between the years).
	 * @param indexSetId this year's index set
	 * @param unitId the unit
	 * @return empty when last year is not published or the unit wrote no remedy
	 */
	Map<String, PreviousRemedy> previousRemedies(long indexSetId, long unitId, Locale locale);

}
