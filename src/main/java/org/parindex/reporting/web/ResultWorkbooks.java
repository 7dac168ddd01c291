package org.parindex.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.parindex.engine.Points;
import org.parindex.engine.UnitResult;
import org.parindex.platform.SpreadsheetText;
import org.parindex.reporting.LossAnalysis;
import org.parindex.reporting.MatrixReport;
import org.parindex.reporting.RankingReport;
import org.parindex.reporting.ScorecardReport;
import org.parindex.reporting.ScorecardRow;

import org.springframework.context.MessageSource;

/**
 * The ranking and a unit's scorecard as XLSX workbooks (issue 12, item 1), written with
 * Apache POI's streaming {@link SXSSFWorkbook} (100 rows in memory, the rest in temporary
 * files deleted when done). Numbers are number cells rounded to the index set's published
 * precision (so the sums Excel computes are the published figures), shown with that many
 * decimals in the reader's own separators ({@code #,##0.00}); text that looks like a
 * formula is neutralised ({@link SpreadsheetText#neutralise}). The title rows say what
 * the table is; the header row is frozen and repeated on each printed page, columns are
 * sized for their content, and the sheet prints on A4 landscape, one page wide.
 */
final class ResultWorkbooks {

	private static final int WINDOW = 100;

	private final MessageSource messages;

	private final Locale locale;

	ResultWorkbooks(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The year's ranking with its components, one row per unit in rank order. */
	void ranking(RankingReport report, List<RankingRow> rows, OutputStream out) throws IOException {
		try (Writer writer = new Writer(report.results().set().publishedPlaces())) {
			Sheet sheet = writer.sheet(text("xlsx.ranking.sheet"));
			writer.title(sheet, text("ranking.title", report.results().set().year()), report.group().name(),
					report.results().set().name());
			List<String> header = List.of(text("ranking.rank"), text("ranking.unit"), text("xlsx.ranking.appraisal"),
					text("xlsx.ranking.survey"), text("xlsx.ranking.bonus"), text("xlsx.ranking.deduction"),
					text("xlsx.ranking.total"), text("xlsx.ranking.index"), text("scorecard.classification"),
					text("xlsx.ranking.submitted"));
			Optional<Integer> previousYear = report.results().previousYear();
			if (previousYear.isPresent()) {
				header = new ArrayList<>(header);
				header.add(text("xlsx.ranking.change", previousYear.get()));
			}
			int[] widths = { 8, 30, 12, 12, 10, 10, 12, 12, 16, 16, 14 };
			int at = writer.header(sheet, header, widths);
			for (RankingRow row : rows) {
				Row line = sheet.createRow(at++);
				writer.number(line, 0, BigDecimal.valueOf(row.rank()), 0);
				writer.text(line, 1, row.unit().name());
				writer.points(line, 2, row.appraisal());
				writer.points(line, 3, row.survey());
				writer.points(line, 4, row.bonus());
				writer.points(line, 5, row.deduction());
				writer.points(line, 6, row.total());
				writer.points(line, 7, row.indexPercent());
				writer.text(line, 8,
						row.classification()
							.map((band) -> "en".equals(this.locale.getLanguage()) ? band.nameEn() : band.name())
							.orElse(""));
				writer.text(line, 9, row.submitted() ? text("xlsx.yes") : text("ranking.not-submitted"));
				if (previousYear.isPresent() && row.previous().isPresent()) {
					// places gained since the year before: +2 up, −4 down, 0 unchanged
					writer.change(line, 10, row.previous().get().change().rankDelta());
				}
			}
			writer.write(out);
		}
	}

	/** A unit's scorecard: its tree with maximum, points, points lost and comments. */
	void scorecard(ScorecardReport report, String unitTitle, OutputStream out) throws IOException {
		try (Writer writer = new Writer(report.results().set().publishedPlaces())) {
			Sheet sheet = writer.sheet(text("xlsx.scorecard.sheet"));
			writer.title(sheet, text("scorecard.title", unitTitle, report.results().set().year()),
					report.group().name(), report.results().set().name());
			List<String> header = List.of(text("scorecard.tree.code"), text("scorecard.tree.name"),
					text("scorecard.tree.max"), text("scorecard.tree.points"), text("scorecard.tree.lost"),
					text("scorecard.tree.comment"));
			int[] widths = { 10, 60, 10, 10, 10, 50 };
			int at = writer.header(sheet, header, widths);
			boolean english = "en".equals(this.locale.getLanguage());
			for (ScorecardRow node : report.rows()) {
				Row line = sheet.createRow(at++);
				writer.text(line, 0, node.code());
				String name = (english && !node.nameEn().isEmpty()) ? node.nameEn() : node.name();
				writer.text(line, 1, "  ".repeat(node.depth()) + name);
				writer.number(line, 2, node.maxPoints(), writer.places);
				if (node.notApplicable()) {
					writer.text(line, 3, text("xlsx.scorecard.not-applicable"));
				}
				else {
					writer.points(line, 3, node.points());
					// the shown maximum less the shown points, as on the page
					// (docs/scoring.md):
					// 1,5 − 0,38 = 1,12, not 1,13 from rounding 1,125 on its own
					writer.points(line, 4,
							node.applicableMax()
								.subtract(Points.atPlaces(node.points(), writer.places))
								.max(BigDecimal.ZERO));
				}
				writer.text(line, 5, node.comment());
			}
			UnitResult result = report.standing().result();
			Row bonus = sheet.createRow(at++);
			writer.text(bonus, 1, text("xlsx.ranking.bonus"));
			writer.number(bonus, 2, result.bonus().cap(), writer.places);
			writer.points(bonus, 3, result.bonus().applied());
			Row deduction = sheet.createRow(at++);
			writer.text(deduction, 1, text("xlsx.ranking.deduction"));
			writer.number(deduction, 2, result.deduction().cap(), writer.places);
			writer.points(deduction, 3, result.deduction().applied().negate());
			Row total = sheet.createRow(at++);
			writer.text(total, 1, text("scorecard.total"));
			writer.number(total, 2, result.totalMax(), writer.places);
			writer.points(total, 3, result.total());
			Row rank = sheet.createRow(at);
			writer.text(rank, 1, text("scorecard.rank"));
			writer.text(rank, 3,
					report.results()
						.set()
						.rankLabel()
						.label(report.standing().rank().rank(), report.standing().rank().unitCount()));
			writer.write(out);
		}
	}

	/**
	 * The units × sub-criteria matrix (one row per unit in rank order, one column per
	 * leaf with its maximum above, the first two columns repeated on each printed page)
	 * and the statistics of every node across the units.
	 */
	void matrix(MatrixReport report, OutputStream out) throws IOException {
		try (Writer writer = new Writer(report.ranking().results().set().publishedPlaces())) {
			int year = report.ranking().results().set().year();
			Sheet sheet = writer.sheet(text("xlsx.matrix.sheet"));
			sheet.setFitToPage(false);
			writer.title(sheet, text("xlsx.matrix.title", year), report.ranking().group().name(),
					report.ranking().results().set().name());
			List<String> header = new ArrayList<>(
					List.of(text("ranking.rank"), text("ranking.unit"), text("xlsx.ranking.total")));
			int[] widths = new int[3 + report.leaves().size()];
			widths[0] = 8;
			widths[1] = 30;
			widths[2] = 10;
			for (int i = 0; i < report.leaves().size(); i++) {
				header.add(report.leaves().get(i).code());
				widths[3 + i] = 8;
			}
			int at = writer.header(sheet, header, widths);
			sheet.createFreezePane(2, at + 1);
			sheet.setRepeatingColumns(new CellRangeAddress(0, 1, 0, 1));
			Row maxima = sheet.createRow(at++);
			writer.text(maxima, 1, text("xlsx.matrix.maximum"));
			for (int i = 0; i < report.leaves().size(); i++) {
				writer.points(maxima, 3 + i, report.leaves().get(i).maxPoints());
			}
			for (MatrixReport.UnitRow unit : report.units()) {
				Row line = sheet.createRow(at++);
				writer.number(line, 0, BigDecimal.valueOf(unit.rank()), 0);
				writer.text(line, 1, unit.name());
				writer.points(line, 2, unit.total());
				for (int i = 0; i < report.leaves().size(); i++) {
					Optional<BigDecimal> points = unit.points()
						.getOrDefault(report.leaves().get(i).code(), Optional.empty());
					if (points.isPresent()) {
						writer.points(line, 3 + i, points.get());
					}
					else {
						writer.text(line, 3 + i, text("xlsx.matrix.not-applicable"));
					}
				}
			}
			Sheet statistics = writer.sheet(text("xlsx.statistics.sheet"));
			writer.title(statistics, text("xlsx.statistics.title", year), report.ranking().group().name(),
					report.ranking().results().set().name());
			List<String> columns = List.of(text("scorecard.tree.code"), text("scorecard.tree.name"),
					text("scorecard.tree.max"), text("xlsx.statistics.units"), text("xlsx.statistics.losing"),
					text("xlsx.statistics.lost"), text("xlsx.statistics.mean"), text("xlsx.statistics.lowest"),
					text("xlsx.statistics.highest"), text("xlsx.statistics.share"));
			int row = writer.header(statistics, columns, new int[] { 10, 60, 10, 10, 12, 12, 12, 12, 12, 14 });
			boolean english = "en".equals(this.locale.getLanguage());
			for (LossAnalysis.Row node : report.losses().rows()) {
				Row line = statistics.createRow(row++);
				writer.text(line, 0, node.code());
				String name = (english && !node.nameEn().isEmpty()) ? node.nameEn() : node.name();
				writer.text(line, 1, "  ".repeat(node.depth()) + name);
				writer.points(line, 2, node.maxPoints());
				writer.number(line, 3, BigDecimal.valueOf(node.units()), 0);
				writer.number(line, 4, BigDecimal.valueOf(node.losing()), 0);
				writer.points(line, 5, node.lost());
				if (node.units() > 0) {
					if (node.leaf()) {
						// the mean of the points achieved by the units it applies to (a
						// leaf applies whole or not at all, so its maximum less the mean
						// loss; a branch's applicable maximum differs from unit to unit)
						writer.points(line, 6, node.maxPoints()
							.subtract(
									node.lost().divide(BigDecimal.valueOf(node.units()), 10, RoundingMode.HALF_EVEN)));
					}
					writer.points(line, 7, node.lowest());
					writer.points(line, 8, node.highest());
				}
				node.share().ifPresent((share) -> writer.number(line, 9, share, 1));
			}
			writer.write(out);
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** One workbook being written, with its styles. */
	private static final class Writer implements AutoCloseable {

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

		private final int places;

		private final CellStyle points;

		private final CellStyle whole;

		private final CellStyle header;

		private final CellStyle title;

		private final CellStyle wrap;

		private final CellStyle signed;

		Writer(int places) {
			this.places = places;
			this.workbook.setCompressTempFiles(true);
			this.points = this.workbook.createCellStyle();
			this.points.setDataFormat(this.workbook.createDataFormat()
				.getFormat((places == 0) ? "#,##0" : "#,##0." + "0".repeat(places)));
			this.whole = this.workbook.createCellStyle();
			this.whole.setDataFormat(this.workbook.createDataFormat().getFormat("0"));
			Font bold = this.workbook.createFont();
			bold.setBold(true);
			this.header = this.workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setWrapText(true);
			this.header.setBorderBottom(BorderStyle.THIN);
			Font big = this.workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			this.title = this.workbook.createCellStyle();
			this.title.setFont(big);
			this.wrap = this.workbook.createCellStyle();
			this.wrap.setWrapText(true);
			this.signed = this.workbook.createCellStyle();
			this.signed.setDataFormat(this.workbook.createDataFormat().getFormat("+0;-0;0"));
		}

		Sheet sheet(String name) {
			Sheet sheet = this.workbook.createSheet(name);
			PrintSetup print = sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.setFitToPage(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.getFooter().setCenter("&P / &N");
			return sheet;
		}

		void title(Sheet sheet, String title, String group, String set) {
			Row first = sheet.createRow(0);
			Cell cell = first.createCell(0);
			cell.setCellValue(SpreadsheetText.neutralise(title));
			cell.setCellStyle(this.title);
			sheet.createRow(1).createCell(0).setCellValue(SpreadsheetText.neutralise(group));
			sheet.createRow(2).createCell(0).setCellValue(SpreadsheetText.neutralise(set));
		}

		/**
		 * Writes the header on row 4 (frozen, repeated when printed); the next free row.
		 */
		int header(Sheet sheet, List<String> names, int[] widths) {
			int at = 4;
			Row row = sheet.createRow(at);
			for (int i = 0; i < names.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(names.get(i));
				cell.setCellStyle(this.header);
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, at + 1);
			sheet.setRepeatingRows(new CellRangeAddress(at, at, 0, names.size() - 1));
			return at + 1;
		}

		void text(Row row, int column, String value) {
			Cell cell = row.createCell(column);
			cell.setCellValue(SpreadsheetText.neutralise(value));
			if (value.length() > 40) {
				cell.setCellStyle(this.wrap);
			}
		}

		void points(Row row, int column, BigDecimal value) {
			number(row, column, value, this.places);
		}

		void number(Row row, int column, BigDecimal value, int decimals) {
			Cell cell = row.createCell(column);
			cell.setCellValue(Points.atPlaces(value, decimals).doubleValue());
			cell.setCellStyle((decimals == 0) ? this.whole : this.points);
		}

		/** A whole number shown with its sign ({@code +2}, {@code -4}, {@code 0}). */
		void change(Row row, int column, int value) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(this.signed);
		}

		void write(OutputStream out) throws IOException {
			this.workbook.write(out);
		}

		@Override
		public void close() throws IOException {
			this.workbook.close();
		}

	}

}
