package org.parindex.contest;

import java.util.List;

import org.parindex.platform.SheetNumberMigration;
import org.springframework.stereotype.Component;

/**
 * V142: the numbers of the contest's paper forms keyed before sheet numbers were read as
 * numbers (stored without spaces in capitals: {@code 07}, {@code SỐ7}) are re-read as
 * {@link ContestPaperService#key} reads them now, within each contest.
 */
@Component
class ContestSheetNumberMigration extends SheetNumberMigration {

	ContestSheetNumberMigration() {
		super("142", "contest sheet numbers read as numbers", "contest_paper_sheet", List.of("contest_id"),
				ContestPaperService.MAX_SHEET_NUMBER);
	}

}
