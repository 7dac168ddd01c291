package org.parindex.assessment;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Bounds;
import org.parindex.platform.Label;

/**
 * The PAR office proposes a bonus (điểm thưởng) or deduction (điểm trừ) for a unit, with
 * its reason and the document it rests on; the council decides. Points are above zero and
 * within {@code numeric(9, 4)}.
 */
public record ProposeAdjustment(long cycleId, long unitId, @Label("adjustment.kind") @NotNull AdjustmentKind kind,
		@Label("adjustment.points") @NotNull @Positive @Bounds.Points BigDecimal points,
		@Label("adjustment.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason,
		@Label("adjustment.evidence") @NotBlank @Size(max = 1000, message = "{bounds.text.max}") String evidence) {

}
