package org.parindex.survey;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A response's answers folded into one text, as {@code survey_response.sheet} keeps it
 * (V107): the ids of the options chosen in the order of their questions' ids,
 * comma-separated; {@code ""} for a sheet left blank. Option ids are unique across
 * questions, so equal texts are equal sheets (same option to every question, same
 * questions left blank): what the monitoring groups on to find identical sheets.
 */
final class AnswerSheet {

	/** The most characters a sheet takes: 200 questions of ids up to 20 digits. */
	static final int MAX_LENGTH = 4200;

	private AnswerSheet() {
	}

	/**
	 * The sheet of the options chosen.
	 * @param optionPerQuestion the option id chosen per question id
	 */
	static String of(Map<Long, Long> optionPerQuestion) {
		return new TreeMap<>(optionPerQuestion).values()
			.stream()
			.map((option) -> Long.toString(option))
			.collect(Collectors.joining(","));
	}

}
