package org.parindex.survey;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

/**
 * One respondent's answers to a form about one unit.
 *
 * @param answers option label per question code; a question left out is unanswered (a
 * blank on paper), and at least one question must be answered
 */
public record RecordResponse(long formId, long unitId, @NotNull ResponseChannel channel, Map<String, String> answers) {

	public RecordResponse {
		answers = Map.copyOf(answers);
	}

}
