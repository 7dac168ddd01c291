package org.parindex.assessment;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Bounds;
import org.parindex.platform.Label;

/**
 * Records a bonus or deduction entry of a unit that a council decided outside ParIndex (a
 * year taken over from the province's decisions), with its reason and who decided it. It
 * counts at once; a year still in progress uses proposals and the council's decisions
 * instead.
 *
 * @param points positive points, at most the index set's cap for the kind
 * @param decidedBy who decided it (the council, by its member's name)
 */
public record RecordAdjustment(long indexSetId, long unitId, @NotNull AdjustmentKind kind,
		@Label("adjustment.points") @NotNull @Positive @Bounds.Points BigDecimal points,
		@Label("adjustment.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason,
		@Label("adjustment.decided-by") @NotBlank @Size(max = 80, message = "{bounds.text.max}") String decidedBy) {

}
