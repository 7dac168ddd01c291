package org.parindex.assessment;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

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
		@NotNull @Positive BigDecimal points, @NotBlank @Size(max = 2000) String reason,
		@NotBlank @Size(max = 80) String decidedBy) {

}
