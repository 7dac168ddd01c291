package org.parindex.survey;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

/**
 * One paper questionnaire as keyed in: the unit it rates, the number written on it, and
 * for every question of the form the one key typed (see
 * {@link PaperEntryService#decode}).
 *
 * @param sheetNumber the number written on the paper, 1 to
 * {@value PaperEntryService#MAX_SHEET_NUMBER} characters, read as
 * {@link PaperEntryService#sheetNumber} reads it (07 is sheet 7; a label kept in
 * capitals)
 * @param keys the key typed per question code; every question of the form needs one (the
 * blank key for a question left blank on paper)
 */
public record EnterPaperSheet(long formId, long unitId, @NotNull String sheetNumber, Map<String, String> keys) {

	public EnterPaperSheet {
		keys = Map.copyOf(keys);
	}

}
