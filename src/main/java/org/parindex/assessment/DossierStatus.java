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

	public String messageKey() {
		return "dossier." + name().toLowerCase(Locale.ROOT);
	}

}
