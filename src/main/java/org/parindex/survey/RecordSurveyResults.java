package org.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Records a unit's survey results on survey leaves of an index set, replacing earlier
 * ones.
 */
public record RecordSurveyResults(long indexSetId, long unitId, List<@Valid Result> results) {

	public RecordSurveyResults {
		results = List.copyOf(results);
	}

	/**
	 * One survey leaf's result.
	 *
	 * @param respondents how many valid answers the mean rests on, all sources
	 * @param contractorRespondents how many of them a survey contractor supplied (counts
	 * and means of its tables), 0 to {@code respondents}
	 * @param mean the weighted mean of the valid answers' option weights, 0 to 1
	 * @param answers how the province's own answers fell over the options, counted or
	 * not; empty when only the mean is known (a year taken over from outside)
	 * @param contractors the survey contractors whose tables the contractors' part comes
	 * from, by the name entered at their import (up to 8 names of up to 200 characters;
	 * empty when {@code contractorRespondents} is 0 or the names are not known)
	 */
	public record Result(@NotBlank String leafCode, @PositiveOrZero int respondents,
			@PositiveOrZero int contractorRespondents, @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal mean,
			@Size(max = 20) List<@Valid OptionCount> answers,
			@Size(max = 8) List<@NotBlank @Size(max = 200) String> contractors) {

		public Result {
			answers = List.copyOf(answers);
			contractors = List.copyOf(contractors);
		}

		/** A result whose contractors' part (if any) is not named. */
		public Result(String leafCode, int respondents, int contractorRespondents, BigDecimal mean,
				List<OptionCount> answers) {
			this(leafCode, respondents, contractorRespondents, mean, answers, List.of());
		}

		/** A result of the province's own responses only. */
		public Result(String leafCode, int respondents, BigDecimal mean, List<OptionCount> answers) {
			this(leafCode, respondents, 0, mean, answers);
		}

		/** A result known only by its mean and number of answers. */
		public Result(String leafCode, int respondents, BigDecimal mean) {
			this(leafCode, respondents, mean, List.of());
		}

	}

	/**
	 * How many answers chose one option.
	 *
	 * @param counted whether the option counts in the mean (false for "không biết")
	 */
	public record OptionCount(@NotBlank @Size(max = 10) String label, @PositiveOrZero int answers, boolean counted) {

	}

}
