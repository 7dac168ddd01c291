package org.parindex.survey;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An answer option of a question.
 *
 * @param position its place among the question's options, from 1
 * @param weight its weight in the mean, 0 to 1, or {@code null} when the answer is left
 * out of the mean ("không biết / không trả lời")
 */
public record SurveyOptionView(long id, int position, String label, String text, @Nullable BigDecimal weight) {

	/** Whether the answer is left out of the mean. */
	public boolean excluded() {
		return this.weight == null;
	}

}
