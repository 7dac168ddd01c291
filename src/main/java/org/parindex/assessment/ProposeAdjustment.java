package org.parindex.assessment;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The PAR office proposes a bonus (điểm thưởng) or deduction (điểm trừ) for a unit, with
 * its reason and the document it rests on; the council decides.
 */
public record ProposeAdjustment(long cycleId, long unitId, @NotNull AdjustmentKind kind,
		@NotNull @Positive BigDecimal points, @NotBlank @Size(max = 2000) String reason,
		@NotBlank @Size(max = 1000) String evidence) {

}
