package org.parindex.assessment;

import java.util.Locale;

/**
 * Where a unit's self-assessment stands (DESIGN.md §4); message keys {@code dossier.*}.
 */
public enum DossierStatus {

	/** Bản nháp: the unit is still entering its self-assessment. */
	DRAFT,

	/** Đã nộp: the unit leader submitted it; it is locked. */
	SUBMITTED,

	/** Trả lại: the PAR office returned it with a reason; the unit may edit again. */
	RETURNED,

	/** Khóa khi hết hạn: the deadline passed before it was submitted. */
	LOCKED;

	/** The unit may still change its self-assessment (before the deadline). */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/**
	 * The status as the pages show it: a draft or returned dossier whose self-assessment
	 * deadline has passed is locked, whether or not the deadline job has recorded the
	 * lock yet ({@code DeadlineLocks}, every minute), since nothing can change it any
	 * more.
	 * @param selfAssessmentPassed whether the cycle's self-assessment deadline has passed
	 */
	public DossierStatus shown(boolean selfAssessmentPassed) {
		return (selfAssessmentPassed && editable()) ? LOCKED : this;
	}

	public String messageKey() {
		return "dossier." + name().toLowerCase(Locale.ROOT);
	}

}
