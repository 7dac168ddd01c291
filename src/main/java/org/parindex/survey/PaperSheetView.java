package org.parindex.survey;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A paper questionnaire in data entry.
 *
 * @param sheetNumber the number written on the paper, unique per form and unit
 * @param doubleEntry whether it is keyed in twice before it counts
 * @param firstBy who keyed it in first (a username)
 * @param secondBy who keyed it in the second time, or {@code null}
 * @param enteredAt when it was last keyed in
 * @param firstAnswers option label per question code ({@code ""} for a blank) of the
 * first entry; empty once counted (the answers are then only in the anonymous response)
 * @param secondAnswers the same for the second entry
 */
public record PaperSheetView(long id, long formId, long unitId, String sheetNumber, PaperSheetStatus status,
		boolean doubleEntry, String firstBy, @Nullable String secondBy, Instant enteredAt,
		Map<String, String> firstAnswers, Map<String, String> secondAnswers) {

	public PaperSheetView {
		firstAnswers = Map.copyOf(firstAnswers);
		secondAnswers = Map.copyOf(secondAnswers);
	}

}
