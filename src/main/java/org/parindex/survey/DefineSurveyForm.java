package org.parindex.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.parindex.platform.Label;

/**
 * Defines a questionnaire (phiếu khảo sát) of an index set's survey for one respondent
 * group, or replaces the one with the same code while no response exists.
 *
 * @param indexSetId the index set (year and unit group) whose survey leaves it scores
 * @param code the form's code within the set, e.g. {@code M1} (at most 20 characters:
 * letters, digits, {@code .}, {@code -}, {@code _}; it names the form in to-dos, files
 * and addresses)
 * @param name the form's title as respondents read it
 * @param respondentGroup who answers it, e.g. "Lãnh đạo UBND cấp xã"
 * @param groupWeight the group's weight against the set's other groups when a leaf's mean
 * is taken (relative, greater than 0, at most 1000; 1 when the province sets none)
 * @param intro the text shown before the first question, or {@code null}
 * @param opensAt when online answers start being accepted
 * @param closesAt the survey deadline: online answers after it are refused
 * @param questions in the order respondents see them, at least one
 */
public record DefineSurveyForm(long indexSetId,
		@Label("survey.forms.field.code") @NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}\\p{N}._-]*",
				message = "{survey.form.code.characters}") String code,
		@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 300) String respondentGroup,
		@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal groupWeight,
		@Nullable @Size(max = 4000) String intro, @NotNull Instant opensAt, @NotNull Instant closesAt,
		@Size(min = 1, max = 200) List<@Valid Question> questions) {

	public DefineSurveyForm {
		questions = List.copyOf(questions);
	}

	/**
	 * One question.
	 *
	 * @param code its code within the form, e.g. {@code C1}
	 * @param leafCode the survey leaf it scores, or {@code null} for a demographic
	 * question that is not scored
	 * @param options the answer options in order, at least two
	 */
	public record Question(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 2000) String text,
			@Nullable @Size(max = 40) String leafCode, @Size(min = 2, max = 20) List<@Valid Option> options) {

		public Question {
			options = List.copyOf(options);
		}

	}

	/**
	 * One answer option.
	 *
	 * @param label what respondents tick, e.g. {@code A}
	 * @param weight its weight in the mean, 0 to 1 (A = 1, B = 0.6 …), or {@code null}
	 * for an answer left out of the mean ("không biết / không trả lời")
	 */
	public record Option(@NotBlank @Size(max = 10) String label, @NotBlank @Size(max = 500) String text,
			@Nullable @DecimalMin("0") @DecimalMax("1") BigDecimal weight) {

	}

}
