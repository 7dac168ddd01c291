package org.parindex.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A batch of paper questionnaires about one unit under one form, each stored as an
 * anonymous response on the {@link ResponseChannel#PAPER} channel: sheets keyed in by
 * another tool, or generated for the demo.
 *
 * @param sheets 1 to {@value #MAX_SHEETS} sheets
 */
public record RecordPaperResponses(long formId, long unitId,
		@Size(min = 1, max = MAX_SHEETS) List<@Valid @NotNull Sheet> sheets) {

	/** The most sheets in one batch. */
	public static final int MAX_SHEETS = 10_000;

	public RecordPaperResponses {
		sheets = List.copyOf(sheets);
	}

	/**
	 * One paper sheet.
	 *
	 * @param day the day it was collected (Vietnam's calendar), not after today
	 * @param answers option label per question code, as {@link RecordResponse#answers()}:
	 * a question left out is blank on paper, at least one is answered
	 */
	public record Sheet(@NotNull LocalDate day, Map<String, String> answers) {

		public Sheet {
			answers = Map.copyOf(answers);
		}

	}

}
