package org.parindex.assessment;

import java.util.Locale;

/**
 * What of a unit's published result a correction after publication changes: one
 * criterion's final points (an appraised criterion or a survey criterion), the unit's
 * bonus (điểm thưởng) or its deduction (điểm trừ). Message keys
 * {@code correction.part.*}.
 */
public enum CorrectedPart {

	CRITERION, BONUS, DEDUCTION;

	public String messageKey() {
		return "correction.part." + name().toLowerCase(Locale.ROOT);
	}

	/** The ledger's kind for a bonus or deduction; empty for a criterion. */
	public java.util.Optional<AdjustmentKind> adjustmentKind() {
		return switch (this) {
			case BONUS -> java.util.Optional.of(AdjustmentKind.BONUS);
			case DEDUCTION -> java.util.Optional.of(AdjustmentKind.DEDUCTION);
			case CRITERION -> java.util.Optional.empty();
		};
	}

}
