package org.parindex.assessment.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.parindex.assessment.CouncilRow;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.Stage;
import org.parindex.assessment.UnitProgress;
import org.parindex.methodology.IndexSetView;
import org.parindex.organization.UnitView;
import org.parindex.platform.ReportWorkbook;

import org.springframework.context.MessageSource;

/**
 * The cycle's progress table as the PAR office's page shows it (issue 12, item 1: "the
 * cycle's progress table"), as a workbook streamed in the house layout of
 * {@link ReportWorkbook}: one row per participating unit in the province's order, with
 * its dossier status, leaves entered against the appraisal leaves (count and %), survey
 * leaves with results, bonus and deduction entries, explanation requests asked, answered
 * and not yet finalised, and what is overdue at the stage of the day. Counts are number
 * cells.
 */
final class CycleProgressWorkbook {

	private final MessageSource messages;

	private final Locale locale;

	CycleProgressWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * Writes the workbook.
	 * @param rows the council's table by unit id, for the dossier status and the
	 * explanation counts
	 * @param stage the cycle's stage now, which decides what is overdue
	 * @param asOf when the table was read, for the title (Asia/Ho_Chi_Minh)
	 */
	void write(CycleView cycle, IndexSetView set, String groupName, Map<Long, UnitView> units,
			List<UnitProgress> progress, Map<Long, CouncilRow> rows, Stage stage, String asOf, OutputStream out)
			throws IOException {
		try (ReportWorkbook writer = new ReportWorkbook(0)) {
			Sheet sheet = writer.sheet(text("cycles.xlsx.sheet"));
			writer.title(sheet, text("cycles.xlsx.title", set.year()), groupName + " — " + set.name(),
					text("cycles.xlsx.as-of", asOf, text(stage.messageKey())));
			List<String> header = new ArrayList<>(List.of(text("cycles.xlsx.number"), text("ranking.unit"),
					text("dossier.status"), text("cycles.status.entered"), text("cycles.xlsx.leaves"),
					text("cycles.xlsx.percent"), text("cycles.status.survey"), text("cycles.xlsx.survey-leaves"),
					text("cycles.xlsx.bonus"), text("cycles.xlsx.deduction"), text("cycles.status.pending-adjustments"),
					text("cycles.xlsx.flagged"), text("cycles.xlsx.answered"), text("cycles.xlsx.pending"),
					text("dashboard.overdue")));
			int at = writer.header(sheet, header,
					new int[] { 6, 28, 22, 12, 12, 10, 12, 12, 12, 12, 14, 12, 12, 12, 30 });
			int number = 1;
			for (UnitProgress p : progress) {
				UnitView unit = units.get(p.unitId());
				@Nullable CouncilRow work = rows.get(p.unitId());
				Row row = sheet.createRow(at++);
				writer.whole(row, 0, number++);
				writer.text(row, 1, (unit != null) ? text("unit.title." + unit.kind().key(), unit.name()) : "");
				writer.text(row, 2, (work != null) ? text(work.status().messageKey()) : "");
				writer.whole(row, 3, p.entered());
				writer.whole(row, 4, p.appraisalLeaves());
				writer.number(row, 5, percent(p.entered(), p.appraisalLeaves()), 1);
				writer.whole(row, 6, p.surveyed());
				writer.whole(row, 7, p.surveyLeaves());
				writer.number(row, 8, p.bonus(), set.publishedPlaces());
				writer.number(row, 9, p.deduction(), set.publishedPlaces());
				writer.whole(row, 10, p.pendingAdjustments());
				if (work != null) {
					writer.whole(row, 11, work.flagged());
					writer.whole(row, 12, work.answered());
					writer.whole(row, 13, work.pendingFlags());
					writer.text(row, 14,
							String.join("; ", work.overdue(stage, set.published()).stream().map(this::text).toList()));
				}
			}
			writer.write(out);
		}
	}

	/** Entered as a share of the leaves (%), one place, half up; 0 without leaves. */
	static BigDecimal percent(int entered, int leaves) {
		return (leaves == 0) ? BigDecimal.ZERO
				: BigDecimal.valueOf(100L * entered).divide(BigDecimal.valueOf(leaves), 1, RoundingMode.HALF_UP);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** The file name: {@code tien-do-2022.xlsx}. */
	static String fileName(IndexSetView set) {
		return "tien-do-" + set.year() + ".xlsx";
	}

}
