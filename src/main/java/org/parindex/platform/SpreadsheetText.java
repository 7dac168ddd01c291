package org.parindex.platform;

/**
 * Text that spreadsheet programs would take for a formula. Excel, LibreOffice and Google
 * Sheets evaluate a CSV cell, or a cell typed again, that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (and, in some versions, after a leading tab or
 * carriage return): {@code =cmd|' /C calc'!A0} or {@code =HYPERLINK(…)} in a criterion's
 * name would run or link when an exported file is opened. Exports write such text with a
 * leading apostrophe, as OWASP's "CSV injection" advice says; CSV imports take one such
 * apostrophe off again, so that an exported file imports back unchanged.
 */
public final class SpreadsheetText {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetText() {
	}

	/**
	 * Whether a spreadsheet program could read the text as a formula: it starts with one
	 * of {@code = + - @}, a tab or a carriage return.
	 */
	public static boolean startsLikeFormula(String text) {
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
	}

	/**
	 * The text as a CSV export writes it: with a leading apostrophe when it
	 * {@linkplain #startsLikeFormula starts like a formula} (after any apostrophes of its
	 * own), unchanged otherwise. Only for text: numbers that the application formats
	 * itself ({@code -1.5}) are written as they are.
	 */
	public static String neutralise(String text) {
		return needsApostrophe(text) ? "'" + text : text;
	}

	/**
	 * The text of an imported CSV cell: one leading apostrophe that {@link #neutralise}
	 * added is taken off ({@code '=A1} gives {@code =A1}); any other text is unchanged.
	 */
	public static String restore(String text) {
		return (text.length() > 1 && text.charAt(0) == '\'' && needsApostrophe(text.substring(1))) ? text.substring(1)
				: text;
	}

	/**
	 * Whether the text starts like a formula after any leading apostrophes of its own, so
	 * that text that itself starts with {@code '=} also comes back unchanged from an
	 * export and import.
	 */
	private static boolean needsApostrophe(String text) {
		int start = 0;
		while (start < text.length() && text.charAt(start) == '\'') {
			start++;
		}
		return startsLikeFormula(text.substring(start));
	}

}
