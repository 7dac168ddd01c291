package org.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Records a unit's survey results on survey leaves of an index set, replacing earlier
 * ones.
 */
public record RecordSurveyResults(long indexSetId, long unitId, List<@Valid Result> results) {

	public RecordSurveyResults {
		results = List.copyOf(results);
	}

	/** One survey leaf's result. */
	public record Result(@NotBlank String leafCode, @PositiveOrZero int respondents,
			@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal mean) {

	}

}
