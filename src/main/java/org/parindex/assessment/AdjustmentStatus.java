package org.parindex.assessment;

import java.util.Locale;

/**
 * A bonus or deduction entry is proposed by the PAR office and counts once the council
 * approves it; message keys {@code adjustment.status.*}.
 */
public enum AdjustmentStatus {

	PROPOSED, APPROVED, REJECTED,

	/** Approved, then replaced by a correction after publication: no longer counts. */
	SUPERSEDED;

	public String messageKey() {
		return "adjustment.status." + name().toLowerCase(Locale.ROOT);
	}

}
