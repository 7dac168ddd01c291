package org.parindex.reporting.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One remedy of a unit's improvement plan (biện pháp khắc phục): a criterion that lost
 * points in the published year, prefilled from the published results, and what the unit
 * will do about it.
 *
 * @param code the criterion's code in the published year's index set, or
 * {@link ImprovementRules#SURVEY_PART} for the survey part's one remedy
 * @param name the criterion's name; empty for the survey part
 * @param lostPoints points lost out of what applies to the unit (&gt; 0); for the survey
 * part, the points all its lost criteria lost
 * @param reason the public reason published with the score; empty when none
 * @param remedy what will be done; empty until the unit writes it (at most 2,000
 * characters)
 * @param owner the person or office responsible (free text, at most 2,000 characters)
 * @param deadline by when; empty when not set
 * @param status how far it has come
 * @param note a note on the status (at most 2,000 characters)
 * @param survey it answers survey points: the survey part's remedy, or one stored for a
 * single survey criterion before survey losses shared one
 */
public record Remedy(String code, String name, BigDecimal lostPoints, String reason, String remedy, String owner,
		Optional<LocalDate> deadline, RemedyStatus status, String note, boolean survey) {

	/** Whether this is the survey part's one remedy. */
	public boolean surveyPart() {
		return ImprovementRules.SURVEY_PART.equals(this.code);
	}

	/** Whether the remedy is overdue on {@code today}: its deadline passed, not done. */
	public boolean overdue(LocalDate today) {
		return this.status != RemedyStatus.DONE && this.deadline.isPresent() && this.deadline.get().isBefore(today);
	}

	/**
	 * What the remedy says, as a short digest (16 hexadecimal digits) the plan's page
	 * sends back with each row, so that a save never writes over a change someone else
	 * stored after the page was opened (walk of issue 12).
	 */
	public String fingerprint() {
		return ImprovementRules.fingerprint(this.remedy, this.owner, this.deadline, this.status, this.note);
	}

	/** Whether the unit wrote anything for it yet. */
	public boolean written() {
		return !this.remedy.isBlank();
	}

}
