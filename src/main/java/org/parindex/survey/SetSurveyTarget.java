package org.parindex.survey;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Sets the respondents sought for a form and a unit: directly, or from the population
 * {@code N} with the margin of error {@code e} ({@link SampleSize}); when a population is
 * given it decides, and the margin defaults to 5 %.
 *
 * @param respondents the target entered directly, 1 to 1.000.000
 * @param population the population, 1 to 100.000.000
 * @param marginPercent the margin of error in %, 0,1 to 50
 */
public record SetSurveyTarget(long formId, long unitId,
		@Nullable @Min(value = 1, message = "{survey.target.respondents.range}") @Max(value = 1_000_000,
				message = "{survey.target.respondents.range}") Integer respondents,
		@Nullable @Min(value = 1, message = "{survey.target.population.range}") @Max(value = SampleSize.MAX_POPULATION,
				message = "{survey.target.population.range}") Integer population,
		@Nullable @DecimalMin(value = "0.1", message = "{survey.target.margin.range}") @DecimalMax(value = "50",
				message = "{survey.target.margin.range}") BigDecimal marginPercent) {

}
