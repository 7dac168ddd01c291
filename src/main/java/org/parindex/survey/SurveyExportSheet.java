package org.parindex.survey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.parindex.platform.CsvFiles;
import org.parindex.platform.SpreadsheetText;

/**
 * Where an export writes its rows, one at a time, so that no export holds more than a row
 * (and, for XLSX, POI's window of rows) in memory: CSV through {@link CsvFiles#printer}
 * (RFC 4180, UTF-8 with a byte order mark, text that looks like a formula neutralised,
 * numbers as plain decimals with a dot, days as {@code yyyy-MM-dd}), or XLSX through
 * Apache POI's streaming {@link SXSSFWorkbook} (rows beyond its window go to temporary
 * files, gzipped: a row of 66 cells takes some 0.1 to 0.3 KB of disk there rather than
 * 2.8 KB, for a little more CPU; deleted on {@link #close}, and the file is written by
 * {@link #finish}; inline strings, no shared strings table; numbers as numbers, days as
 * dates shown {@code dd/mm/yyyy}; a sheet that reaches Excel's 1,048,576 rows continues
 * on a new sheet under the same header).
 * <p>
 * A cell is a {@link String}, a {@link BigDecimal} (trailing zeros dropped in CSV), a
 * {@link Points} figure (always two decimals: "2.30" as the points page shows "2,30"), a
 * {@link Long} or {@link Integer}, a {@link LocalDate}, or {@code null} (empty).
 */
abstract sealed class SurveyExportSheet implements AutoCloseable {

	/**
	 * Points as exported: rounded half up to two decimals and written with both, also
	 * when the second is a zero (DESIGN.md §3: 2 places for display and export), so that
	 * a file reads as the points page does. XLSX writes the number with the format
	 * {@code 0.00}.
	 *
	 * @param value the points, any scale
	 */
	record Points(BigDecimal value) {

		/** The figure as written: as published, two decimals, half up. */
		BigDecimal rounded() {
			return org.parindex.engine.Points.display(this.value);
		}

	}

	/** Starts a table (a sheet in XLSX; only the first one is written in CSV). */
	abstract void table(String name, List<String> header) throws IOException;

	/** Writes one row of the current table. */
	abstract void row(List<@Nullable Object> cells) throws IOException;

	/** Writes what is left to the stream (an XLSX file is written only now). */
	abstract void finish() throws IOException;

	/**
	 * Releases the temporary files; without {@link #finish} first, an XLSX file is not
	 * written at all (an export that failed half-way gives no file that looks whole).
	 */
	@Override
	public abstract void close() throws IOException;

	static SurveyExportSheet csv(OutputStream out) throws IOException {
		return new Csv(out);
	}

	static SurveyExportSheet xlsx(OutputStream out) {
		return new Xlsx(out);
	}

	/** CSV: one table; a second one is refused. */
	static final class Csv extends SurveyExportSheet {

		private final Writer writer;

		private final CSVPrinter printer;

		private boolean started;

		Csv(OutputStream out) throws IOException {
			this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
			this.writer.write('\uFEFF');
			this.printer = CsvFiles.printer(this.writer);
		}

		@Override
		void table(String name, List<String> header) throws IOException {
			if (this.started) {
				throw new IllegalStateException("a CSV file holds one table");
			}
			this.started = true;
			this.printer.printRecord(header.stream().map(SpreadsheetText::neutralise).toList());
		}

		@Override
		void row(List<@Nullable Object> cells) throws IOException {
			List<String> values = new ArrayList<>(cells.size());
			for (Object cell : cells) {
				values.add(text(cell));
			}
			this.printer.printRecord(values);
		}

		private static String text(@Nullable Object cell) {
			if (cell == null) {
				return "";
			}
			if (cell instanceof Points points) {
				return points.rounded().toPlainString();
			}
			if (cell instanceof BigDecimal number) {
				return number.stripTrailingZeros().toPlainString();
			}
			if (cell instanceof LocalDate day) {
				return day.toString();
			}
			if (cell instanceof Number number) {
				return number.toString();
			}
			return SpreadsheetText.neutralise(cell.toString());
		}

		@Override
		void finish() throws IOException {
			this.printer.flush();
		}

		@Override
		public void close() throws IOException {
			this.printer.close(true);
		}

	}

	/** XLSX, streamed. */
	static final class Xlsx extends SurveyExportSheet {

		/** Rows kept in memory per sheet before they go to the temporary file. */
		private static final int WINDOW = 100;

		/** Excel's rows per sheet, header included. */
		static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

		private final int maxRows;

		private final OutputStream out;

		private final SXSSFWorkbook workbook;

		private final CellStyle day;

		private final CellStyle bold;

		private final CellStyle points;

		private @Nullable Sheet sheet;

		private String name = "";

		private List<String> header = List.of();

		private int part;

		private int next;

		Xlsx(OutputStream out) {
			this(out, MAX_ROWS);
		}

		/** A workbook whose sheets hold at most {@code maxRows} rows (tests). */
		Xlsx(OutputStream out, int maxRows) {
			this.out = out;
			this.maxRows = maxRows;
			this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
			this.day = this.workbook.createCellStyle();
			this.day.setDataFormat(this.workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			this.bold = this.workbook.createCellStyle();
			Font font = this.workbook.createFont();
			font.setBold(true);
			this.bold.setFont(font);
			this.points = this.workbook.createCellStyle();
			this.points.setDataFormat(this.workbook.createDataFormat().getFormat("0.00"));
		}

		@Override
		void table(String name, List<String> header) {
			this.name = name;
			this.header = List.copyOf(header);
			this.part = 1;
			start(name);
		}

		private void start(String sheetName) {
			Sheet created = this.workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			created.createFreezePane(0, 1);
			Row row = created.createRow(0);
			for (int c = 0; c < this.header.size(); c++) {
				Cell cell = row.createCell(c);
				cell.setCellValue(this.header.get(c));
				cell.setCellStyle(this.bold);
			}
			this.sheet = created;
			this.next = 1;
		}

		@Override
		void row(List<@Nullable Object> cells) {
			if (this.sheet == null) {
				throw new IllegalStateException("no table started");
			}
			if (this.next >= this.maxRows) {
				this.part++;
				String base = (this.name.length() > 24) ? this.name.substring(0, 24) : this.name;
				start(base + " (" + this.part + ")");
			}
			Row row = this.sheet.createRow(this.next++);
			for (int c = 0; c < cells.size(); c++) {
				Object value = cells.get(c);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				if (value instanceof Points points) {
					cell.setCellValue(points.rounded().doubleValue());
					cell.setCellStyle(this.points);
				}
				else if (value instanceof BigDecimal number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(this.day);
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
		}

		@Override
		void finish() throws IOException {
			this.workbook.write(this.out);
			this.out.flush();
		}

		@Override
		public void close() throws IOException {
			// deletes the temporary files
			this.workbook.close();
		}

	}

}
