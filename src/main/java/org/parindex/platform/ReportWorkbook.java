package org.parindex.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
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

/**
 * A report workbook being written in the house layout, streamed with Apache POI's
 * {@link SXSSFWorkbook} (100 rows in memory, the rest in compressed temporary files
 * deleted on {@link #close()}): three title rows, a bold header on row 5 that is frozen
 * and repeated on each printed page, sized columns, A4 landscape one page wide with page
 * numbers; numbers are number cells rounded half up to the places they are shown with, in
 * the reader's own separators; text a spreadsheet would take for a formula is neutralised
 * ({@link SpreadsheetText#neutralise}); times are date-time cells ({@link #time}). Used
 * by the results and the contest's exports.
 */
public final class ReportWorkbook implements AutoCloseable {

	private static final int WINDOW = 100;

	/** The most decimal places a number cell is shown with. */
	private static final int MAX_PLACES = 6;

	/**
	 * The display formats of date-time cells: Vietnamese ({@code 16h00 09/06/2022}, the
	 * "h" a literal), English ({@code 16:00 09/06/2022}).
	 */
	private static final String[] TIME_FORMATS = { "hh\"h\"mm dd/mm/yyyy", "hh:mm dd/mm/yyyy" };

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final int pointPlaces;

	private final CellStyle[] decimals = new CellStyle[MAX_PLACES + 1];

	private final CellStyle header;

	private final CellStyle title;

	private final CellStyle wrap;

	private final CellStyle signed;

	/** Date-time styles by language: Vietnamese, then English. */
	private final CellStyle[] times = new CellStyle[2];

	/**
	 * A new workbook.
	 * @param pointPlaces the places points are shown with ({@link #points}), 0 to 6: the
	 * index set's published precision
	 */
	public ReportWorkbook(int pointPlaces) {
		if (pointPlaces < 0 || pointPlaces > MAX_PLACES) {
			throw new IllegalArgumentException("Points are shown with 0 to 6 places");
		}
		this.pointPlaces = pointPlaces;
		this.workbook.setCompressTempFiles(true);
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

	/** A new sheet, printed on A4 landscape, one page wide, with page numbers. */
	public Sheet sheet(String name) {
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

	/** The three title rows: the title in large bold, then two lines under it. */
	public void title(Sheet sheet, String title, String second, String third) {
		Cell cell = sheet.createRow(0).createCell(0);
		cell.setCellValue(SpreadsheetText.neutralise(title));
		cell.setCellStyle(this.title);
		sheet.createRow(1).createCell(0).setCellValue(SpreadsheetText.neutralise(second));
		sheet.createRow(2).createCell(0).setCellValue(SpreadsheetText.neutralise(third));
	}

	/**
	 * Writes the header on row 5 (index 4), frozen and repeated when printed.
	 * @param widths each column's width in characters (at most 255)
	 * @return the next free row's index
	 */
	public int header(Sheet sheet, List<String> names, int[] widths) {
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

	/** A text cell, wrapped when longer than 40 characters. */
	public void text(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(SpreadsheetText.neutralise(value));
		if (value.length() > 40) {
			cell.setCellStyle(this.wrap);
		}
	}

	/** A whole number ({@code #,##0}). */
	public void whole(Row row, int column, long value) {
		number(row, column, BigDecimal.valueOf(value), 0);
	}

	/** Points at the workbook's precision ({@code #,##0.00} at two places). */
	public void points(Row row, int column, BigDecimal value) {
		number(row, column, value, this.pointPlaces);
	}

	/**
	 * A number rounded half up to {@code places} and shown with them.
	 * @param places 0 to 6
	 */
	public void number(Row row, int column, BigDecimal value, int places) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value.setScale(places, RoundingMode.HALF_UP).doubleValue());
		cell.setCellStyle(decimals(places));
	}

	/** A whole number shown with its sign ({@code +2}, {@code -4}, {@code 0}). */
	public void signed(Row row, int column, int value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(this.signed);
	}

	/**
	 * A moment as a real date-time cell (a spreadsheet can sort, filter and compute with
	 * it, to the millisecond), in Vietnam's time zone (spreadsheets know no zones), shown
	 * as the workbook's language writes times, like the pages ({@link Formats#time}):
	 * {@code 16h00 09/06/2022} in Vietnamese, {@code 16:00 09/06/2022} in English.
	 * @param locale the language of the export (English when its language is {@code en},
	 * Vietnamese otherwise)
	 */
	public void time(Row row, int column, Instant value, Locale locale) {
		Cell cell = row.createCell(column);
		cell.setCellValue(LocalDateTime.ofInstant(value, TimeConfiguration.ZONE));
		cell.setCellStyle(timeStyle("en".equals(locale.getLanguage()) ? 1 : 0));
	}

	/** Writes the workbook. */
	public void write(OutputStream out) throws IOException {
		this.workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	private CellStyle timeStyle(int language) {
		if (this.times[language] == null) {
			CellStyle style = this.workbook.createCellStyle();
			style.setDataFormat(this.workbook.createDataFormat().getFormat(TIME_FORMATS[language]));
			this.times[language] = style;
		}
		return this.times[language];
	}

	private CellStyle decimals(int places) {
		if (this.decimals[places] == null) {
			CellStyle style = this.workbook.createCellStyle();
			style.setDataFormat(this.workbook.createDataFormat()
				.getFormat((places == 0) ? "#,##0" : "#,##0." + "0".repeat(places)));
			this.decimals[places] = style;
		}
		return this.decimals[places];
	}

}
