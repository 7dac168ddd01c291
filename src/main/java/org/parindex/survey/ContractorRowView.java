package org.parindex.survey;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One stored row of a contractor's table: the count of one option, or a mean with its
 * respondents.
 *
 * @param formCode with {@code questionCode}, the question counted; {@code null} for a row
 * about a whole survey leaf
 * @param optionLabel the option counted, or {@code null} for a mean
 * @param optionWeight the option's weight at import, or {@code null} for a mean or an
 * option left out of the mean
 * @param count how many chose the option, or {@code null} for a mean
 * @param mean 0 to 1, or {@code null} for a count
 * @param respondents for a mean: how many answered
 */
public record ContractorRowView(String contractor, int sourceRow, long unitId, @Nullable String formCode,
		@Nullable String questionCode, String leafCode, @Nullable String optionLabel, @Nullable BigDecimal optionWeight,
		@Nullable Integer count, @Nullable BigDecimal mean, @Nullable Integer respondents) {

}
