package org.parindex.assessment;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Records a bonus or deduction entry of a unit, with its reason. */
public record RecordAdjustment(long indexSetId, long unitId, @NotNull AdjustmentKind kind,
		@NotNull @Positive BigDecimal points, @NotBlank @Size(max = 2000) String reason) {

}
