package org.parindex.survey;

import java.util.List;

import org.parindex.platform.SheetNumberMigration;
import org.springframework.stereotype.Component;

/**
 * V141: the numbers of the paper questionnaires keyed before sheet numbers were read as
 * numbers ({@code 07}, {@code Số 7}, {@code 1.000} as typed) are re-read as
 * {@link PaperEntryService#sheetNumber} reads them now, within each form and unit rated.
 */
@Component
class SurveySheetNumberMigration extends SheetNumberMigration {

	SurveySheetNumberMigration() {
		super("141", "survey sheet numbers read as numbers", "survey_paper_sheet", List.of("form_id", "unit_id"),
				PaperEntryService.MAX_SHEET_NUMBER);
	}

}
