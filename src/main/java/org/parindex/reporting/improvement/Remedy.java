package org.parindex.reporting.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One remedy of a unit's improvement plan (biện pháp khắc phục): a criterion that lost
 * points in the published year, prefilled from the published results, and what the unit
 * will do about it.
 *
 * @param code the criterion's code in the published year's index set
 * @param name the criterion's name
 * @param lostPoints points lost out of what applies to the unit (&gt; 0)
 * @param reason the public reason published with the score; empty when none
 * @param remedy what will be done; empty until the unit writes it (at most 2,000
 * characters)
 * @param owner the person or office responsible (free text, at most 2,000 characters)
 * @param deadline by when; empty when not set
 * @param status how far it has come
 * @param note a note on the status (at most 2,000 characters)
 */
public record Remedy(String code, String name, BigDecimal lostPoints, String reason, String remedy, String owner,
		Optional<LocalDate> deadline, RemedyStatus status, String note) {

	/** Whether the remedy is overdue on {@code today}: its deadline passed, not done. */
	public boolean overdue(LocalDate today) {
		return this.status != RemedyStatus.DONE && this.deadline.isPresent() && this.deadline.get().isBefore(today);
	}

	/** Whether the unit wrote anything for it yet. */
	public boolean written() {
		return !this.remedy.isBlank();
	}

}
