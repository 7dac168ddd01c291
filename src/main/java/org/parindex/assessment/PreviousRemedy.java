package org.parindex.assessment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Last year's remedy for a criterion, as the unit's self-assessment shows it.
 *
 * @param year the published year the remedy answered
 * @param previousCode the criterion's code that year
 * @param remedy what was to be done
 * @param owner who is responsible
 * @param deadline by when, if set
 * @param statusKey the status's message key ({@code improvement.status.*})
 * @param overdue the deadline passed and it is not done
 * @param link the plan's page
 */
public record PreviousRemedy(int year, String previousCode, String remedy, String owner, Optional<LocalDate> deadline,
		String statusKey, boolean overdue, String link) {

}
