package org.parindex.assessment;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Bounds;
import org.parindex.platform.Label;

/** Records a bonus or deduction entry of a unit, with its reason. */
public record RecordAdjustment(long indexSetId, long unitId, @NotNull AdjustmentKind kind,
		@Label("adjustment.points") @NotNull @Positive @Bounds.Points BigDecimal points,
		@Label("adjustment.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason) {

}
