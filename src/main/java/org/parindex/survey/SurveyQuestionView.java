package org.parindex.survey;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A question of a form.
 *
 * @param position its place in the form, from 1
 * @param leafCode the survey leaf it scores, or {@code null} for a demographic question
 */
public record SurveyQuestionView(long id, int position, String code, String text, @Nullable String leafCode,
		List<SurveyOptionView> options) {

	public SurveyQuestionView {
		options = List.copyOf(options);
	}

	/** Whether its answers become points. */
	public boolean scored() {
		return this.leafCode != null;
	}

	/** The option with a label. */
	public Optional<SurveyOptionView> option(String label) {
		return this.options.stream().filter((o) -> o.label().equals(label)).findFirst();
	}

}
