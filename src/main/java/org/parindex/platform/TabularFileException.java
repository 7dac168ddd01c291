package org.parindex.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * An imported file (CSV or XLSX) was refused while it was read; nothing was stored. It
 * says what was wrong as a message key with arguments, and where: the whole file, a
 * sheet, a row or a cell.
 */
public class TabularFileException extends LocalizedException {

	private final String sheet;

	private final int row;

	private final String column;

	private TabularFileException(String sheet, int row, String column, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.sheet = sheet;
		this.row = row;
		this.column = column;
	}

	/** A problem of the whole file (its size, encoding, format). */
	public static TabularFileException ofFile(String messageKey, Object... arguments) {
		return new TabularFileException("", 0, "", messageKey, arguments);
	}

	/**
	 * A problem at a place in the file.
	 * @param sheet the sheet's name ({@code CSV} for a CSV file), or empty for the file
	 * @param row the row's number from 1, or 0 for the whole sheet
	 * @param column the column's letters ({@code F}), or empty for the whole row
	 */
	public static TabularFileException at(String sheet, int row, String column, String messageKey,
			Object... arguments) {
		return new TabularFileException(sheet, row, column, messageKey, arguments);
	}

	/** The sheet's name ({@code CSV} for a CSV file), or empty for the whole file. */
	public String sheet() {
		return this.sheet;
	}

	/** The row's number from 1, or 0 for a whole sheet or file. */
	public int row() {
		return this.row;
	}

	/** The column's letters, or empty for a whole row, sheet or file. */
	public String column() {
		return this.column;
	}

	/** The refusal in the user's language, with its place. */
	public String describe(MessageSource messages, Locale locale) {
		return describe(messages, locale, this.sheet, this.row, this.column,
				messages.getMessage(messageKey(), arguments(), locale));
	}

	/**
	 * A problem's text with its place, as far as it is known: "Tieu chi, dòng 4, cột F:
	 * …", "Tieu chi, dòng 4: …", "Tieu chi: …", or the text alone for the whole file; in
	 * a CSV file (sheet {@value CsvFiles#SHEET}) "Dòng 4, cột F: …".
	 */
	public static String describe(MessageSource messages, Locale locale, String sheet, int row, String column,
			String text) {
		if (sheet.isEmpty() || (sheet.equals(CsvFiles.SHEET) && row <= 0)) {
			return text;
		}
		if (sheet.equals(CsvFiles.SHEET)) {
			// a CSV file has no sheets: "Dòng 4, cột F", as every import's own problems
			// are placed (walk of issue 12: "CSV, dòng 4" read as a sheet named CSV)
			return column.isEmpty() ? messages.getMessage("import.issue.csv-row", new Object[] { row, text }, locale)
					: messages.getMessage("import.issue.csv-cell", new Object[] { row, column, text }, locale);
		}
		if (row <= 0) {
			return messages.getMessage("import.issue.sheet", new Object[] { sheet, text }, locale);
		}
		if (column.isEmpty()) {
			return messages.getMessage("import.issue.row", new Object[] { sheet, row, text }, locale);
		}
		return messages.getMessage("import.issue.cell", new Object[] { sheet, row, column, text }, locale);
	}

}
