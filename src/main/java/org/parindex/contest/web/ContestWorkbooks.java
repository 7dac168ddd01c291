package org.parindex.contest.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.parindex.contest.ContestResults;
import org.parindex.contest.ContestStatistics;
import org.parindex.contest.ContestView;
import org.parindex.platform.Formats;
import org.parindex.platform.SpreadsheetText;

import org.springframework.context.MessageSource;

/**
 * A contest's results and statistics as XLSX workbooks (issue 11 item 5), written with
 * Apache POI's streaming {@link SXSSFWorkbook} (100 rows in memory, the rest in temporary
 * files deleted when done) straight to the response, as the reporting module's workbooks
 * are: title rows saying what the table is, the header row frozen and repeated on each
 * printed page, columns sized for their content, A4 landscape one page wide, numbers as
 * number cells, text that looks like a formula neutralised
 * ({@link SpreadsheetText#neutralise}). One sheet per table. The results carry what the
 * committee's page shows: never a CCCD, phone number, address or full date of birth.
 */
final class ContestWorkbooks {

	private static final int WINDOW = 100;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final Locale locale;

	ContestWorkbooks(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** One standing: its individual ranking and its collective ranking, a sheet each. */
	void results(ContestView contest, ContestResults.Standing standing, OutputStream out) throws IOException {
		String part = (standing.round() != null) ? standing.round().name() : text("contest.results.overall");
		try (Writer writer = new Writer()) {
			Sheet sheet = writer.sheet(text("contest.xlsx.sheet.ranking"));
			writer.title(sheet, text("contest.results.title", contest.title()), contest.organiser(), part);
			int at = writer.header(sheet, List.of(text("contest.results.rank"), text("contest.results.name"),
					text("contest.results.birthYear"), text("contest.results.group"), text("contest.results.unit"),
					text("contest.results.score"), text("contest.results.prediction"), text("contest.xlsx.duration"),
					text("contest.results.submitted"), text("contest.results.attempts"), text("contest.results.prize"),
					text("contest.xlsx.tie")), new int[] { 7, 28, 9, 20, 28, 8, 11, 14, 18, 9, 18, 22 });
			for (ContestResults.Placing p : standing.placings()) {
				Row row = sheet.createRow(at++);
				writer.whole(row, 0, p.rank());
				writer.text(row, 1, p.fullName());
				if (p.birthYear() != null) {
					writer.whole(row, 2, p.birthYear());
				}
				writer.text(row, 3, p.group());
				writer.text(row, 4, p.unit());
				writer.number(row, 5, p.score(), 0);
				if (p.prediction() != null) {
					writer.whole(row, 6, p.prediction());
				}
				if (p.duration() != null) {
					writer.number(row, 7, BigDecimal.valueOf(p.duration().toMillis()).movePointLeft(3), 3);
				}
				writer.text(row, 8, Formats.TIME.format(p.submittedAt().atZone(ContestInput.VIETNAM)));
				writer.whole(row, 9, p.attempts());
				writer.text(row, 10, (p.prize() != null) ? p.prize() : "");
				writer.text(row, 11, p.decides() ? text("contest.results.tie.decide")
						: (p.tied() ? text("contest.results.tie") : ""));
			}
			Sheet units = writer.sheet(text("contest.xlsx.sheet.units"));
			writer.title(units, text("contest.results.units"), contest.title(),
					part + " — " + text("contest.collective." + contest.collective().name()));
			at = writer.header(units,
					List.of(text("contest.results.rank"), text("contest.results.unit"),
							text("contest.results.units.entries"), text("contest.results.units.total"),
							text("contest.results.population"), text("contest.results.units.perThousand")),
					new int[] { 7, 36, 14, 12, 14, 16 });
			for (ContestResults.UnitPlacing u : standing.units()) {
				Row row = units.createRow(at++);
				if (u.rank() > 0) {
					writer.whole(row, 0, u.rank());
				}
				writer.text(row, 1, u.unit());
				writer.whole(row, 2, u.entries());
				writer.number(row, 3, u.totalScore(), 0);
				if (u.population() != null) {
					writer.whole(row, 4, u.population());
					writer.number(row, 5, BigDecimal.valueOf(u.entries() * 1000L)
						.divide(BigDecimal.valueOf(u.population()), 2, java.math.RoundingMode.HALF_UP), 2);
				}
			}
			writer.write(out);
		}
	}

	/** The statistics: per question, and per day and unit, a sheet each. */
	void statistics(ContestStatistics statistics, OutputStream out) throws IOException {
		ContestView contest = statistics.contest();
		try (Writer writer = new Writer()) {
			Sheet sheet = writer.sheet(text("contest.xlsx.sheet.questions"));
			writer.title(sheet, text("contest.statistics.questions"), contest.title(),
					text("contest.statistics.lead", statistics.attempts()));
			int at = writer.header(sheet,
					List.of(text("contest.statistics.code"), text("contest.statistics.question"),
							text("contest.statistics.category"), text("contest.statistics.difficulty"),
							text("contest.statistics.attempts"), text("contest.statistics.correct"),
							text("contest.xlsx.share"), text("contest.statistics.discrimination")),
					new int[] { 12, 60, 24, 12, 12, 10, 12, 12 });
			for (ContestStatistics.QuestionRow q : statistics.questions()) {
				Row row = sheet.createRow(at++);
				writer.text(row, 0, q.code());
				writer.text(row, 1, q.text());
				writer.text(row, 2, q.category());
				writer.text(row, 3, text(q.difficulty().messageKey()));
				writer.whole(row, 4, q.attempts());
				writer.whole(row, 5, q.correct());
				writer.number(row, 6, q.share().movePointRight(2), 1);
				if (q.discrimination() != null) {
					writer.number(row, 7, q.discrimination(), 2);
				}
			}
			Sheet days = writer.sheet(text("contest.xlsx.sheet.days"));
			writer.title(days, text("contest.statistics.days"), contest.title(), text("contest.statistics.days.help"));
			List<String> header = new ArrayList<>();
			header.add(text("contest.results.unit"));
			statistics.days().stream().map((LocalDate day) -> DAY.format(day)).forEach(header::add);
			header.add(text("contest.statistics.total"));
			int[] widths = new int[header.size()];
			java.util.Arrays.fill(widths, 11);
			widths[0] = 36;
			at = writer.header(days, header, widths);
			for (ContestStatistics.UnitDays u : statistics.units()) {
				Row row = days.createRow(at++);
				writer.text(row, 0, u.unit());
				for (int i = 0; i < u.perDay().size(); i++) {
					writer.whole(row, i + 1, u.perDay().get(i));
				}
				writer.whole(row, u.perDay().size() + 1, u.total());
			}
			Row total = days.createRow(at);
			writer.text(total, 0, text("contest.statistics.total"));
			for (int i = 0; i < statistics.dayTotals().size(); i++) {
				writer.whole(total, i + 1, statistics.dayTotals().get(i));
			}
			writer.whole(total, statistics.dayTotals().size() + 1, statistics.attempts());
			writer.write(out);
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** One workbook being written, with its styles. */
	private static final class Writer implements AutoCloseable {

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

		private final CellStyle whole;

		private final CellStyle[] decimals = new CellStyle[4];

		private final CellStyle header;

		private final CellStyle title;

		private final CellStyle wrap;

		Writer() {
			this.workbook.setCompressTempFiles(true);
			this.whole = this.workbook.createCellStyle();
			this.whole.setDataFormat(this.workbook.createDataFormat().getFormat("#,##0"));
			this.decimals[0] = this.whole;
			for (int places = 1; places < this.decimals.length; places++) {
				this.decimals[places] = this.workbook.createCellStyle();
				this.decimals[places]
					.setDataFormat(this.workbook.createDataFormat().getFormat("#,##0." + "0".repeat(places)));
			}
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

		void title(Sheet sheet, String title, String second, String third) {
			Cell cell = sheet.createRow(0).createCell(0);
			cell.setCellValue(SpreadsheetText.neutralise(title));
			cell.setCellStyle(this.title);
			sheet.createRow(1).createCell(0).setCellValue(SpreadsheetText.neutralise(second));
			sheet.createRow(2).createCell(0).setCellValue(SpreadsheetText.neutralise(third));
		}

		/**
		 * Writes the header on row 4 (frozen, repeated when printed); the next free row.
		 */
		int header(Sheet sheet, List<String> names, int[] widths) {
			int at = 4;
			Row row = sheet.createRow(at);
			for (int i = 0; i < names.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(SpreadsheetText.neutralise(names.get(i)));
				cell.setCellStyle(this.header);
				sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
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

		void whole(Row row, int column, long value) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(this.whole);
		}

		void number(Row row, int column, BigDecimal value, int places) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value.setScale(places, java.math.RoundingMode.HALF_UP).doubleValue());
			cell.setCellStyle(this.decimals[places]);
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
