package org.parindex.assessment;

import java.util.Locale;
import java.util.Optional;

/**
 * The published result of a unit's year, for the unit's own dossier page once the year is
 * published (issue 9, F18/F19): the assessment module shows it but does not own
 * publications; the reporting module, which does, implements this, so that assessment
 * does not depend on reporting.
 */
public interface PublishedResultSource {

	/**
	 * The unit's result in the latest published revision of the set's year.
	 * @param indexSetId the year's index set
	 * @param unitId the unit
	 * @param locale the language of criterion names and reasons' labels
	 * @return empty while the year is not published or when the unit took no part
	 */
	Optional<PublishedUnitResult> publishedResult(long indexSetId, long unitId, Locale locale);

}
