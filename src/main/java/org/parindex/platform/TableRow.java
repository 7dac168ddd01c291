package org.parindex.platform;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of an imported table (a CSV record or a spreadsheet row) that has at least one
 * non-blank cell, and the one reader of its numbers for every import.
 * <p>
 * A spreadsheet cell stored as a number (Excel's NUMERIC type) is read as that number,
 * never as text in some locale: the number 1.234 (one point two three four) is 1.234,
 * whatever the sheet shows. A text cell (every CSV cell, and a spreadsheet cell typed as
 * text) is read as Vietnamese writes numbers, through {@link DecimalInput}: {@code 1,234}
 * is one point two three four, and {@code 1.234} in a count column is one thousand two
 * hundred and thirty-four.
 *
 * @param number the row's number in the file, from 1, as a spreadsheet program shows it
 * (for CSV: the record's number, which differs from the line number only after a line
 * break inside quotes)
 * @param cells the row's cells from column A on, trimmed, in Unicode NFC; empty cells are
 * empty strings; a numeric cell as a plain decimal with a point and without trailing
 * zeros ({@code 2.5}, {@code 12})
 * @param numbers the value of each cell stored as a number, by column (from 0), rounded
 * to {@value #SIGNIFICANT_DIGITS} significant digits as a spreadsheet program shows it
 * ({@code 0.30000000000000004} is {@code 0.3}); empty for a CSV record
 */
public record TableRow(int number, List<String> cells, Map<Integer, BigDecimal> numbers) {

	/** Significant digits of a numeric cell, as many as a spreadsheet program shows. */
	public static final int SIGNIFICANT_DIGITS = 15;

	public TableRow {
		cells = List.copyOf(cells);
		numbers = Map.copyOf(numbers);
	}

	/** A row of text cells only (a CSV record). */
	public TableRow(int number, List<String> cells) {
		this(number, cells, Map.of());
	}

	/** The cell in the given column (from 0), or an empty string past the row's end. */
	public String cell(int column) {
		return (column < this.cells.size()) ? this.cells.get(column) : "";
	}

	/**
	 * Whether the cell in a column (from 0) of a header row names that column: its text
	 * before a parenthesis, semicolon or comma, or the English key in its parentheses
	 * ({@code Điểm (points)}), is one of the accepted titles, in any case, with or
	 * without its accents ({@code Ma DV} is {@code Mã ĐV}: {@link Text#folded}). Every
	 * import that checks its header row reads titles this way (the survey form file, the
	 * past year's results).
	 * @param accepted the titles accepted at that column, as written (any case)
	 */
	public boolean titles(int column, List<String> accepted) {
		String typed = cell(column);
		String head = typed;
		for (char end : new char[] { '(', ';', ',' }) {
			int at = head.indexOf(end);
			head = (at >= 0) ? head.substring(0, at) : head;
		}
		head = Text.folded(head);
		int open = typed.indexOf('(');
		int close = typed.indexOf(')', Math.max(open, 0));
		String english = (open >= 0 && close > open) ? Text.folded(typed.substring(open + 1, close)) : "";
		for (String title : accepted) {
			String known = Text.folded(title);
			if (known.equals(head) || known.equals(english)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The number of a cell stored as a number, from the double the file holds, rounded to
	 * {@value #SIGNIFICANT_DIGITS} significant digits without trailing zeros; empty for a
	 * text or empty cell.
	 */
	public Optional<BigDecimal> storedNumber(int column) {
		return Optional.ofNullable(this.numbers.get(column));
	}

	/**
	 * The decimal (points, a maximum, a threshold) in a cell: a numeric cell's number, or
	 * the text read by {@link DecimalInput#parseDecimal(String)}, as a form reads points
	 * ({@code 1,234} is one point two three four, {@code 1.5} one and a half; a point
	 * followed by exactly three digits, {@code 1.000}, is refused as a thousand or one,
	 * issue 9, num9); empty for an empty cell.
	 * @throws DecimalInput.AmbiguousNumberException for a text such as {@code 1.000}
	 * ({@link DecimalInput#readings} gives both readings for the message)
	 * @throws NumberFormatException when a text cell is not a number as
	 * {@link DecimalInput#parseDecimal(String)} reads them
	 */
	public Optional<BigDecimal> decimal(int column) {
		return storedNumber(column).or(() -> DecimalInput.parseDecimal(cell(column)));
	}

	/**
	 * The decimal in a cell where Vietnamese and English readings of a text could both be
	 * in range (a weight, a mean): a numeric cell's number (never ambiguous), or the text
	 * read by {@link DecimalInput#parseUnambiguous(String)}; empty for an empty cell.
	 * @throws DecimalInput.AmbiguousNumberException for a text such as {@code 1.000}
	 * @throws NumberFormatException when a text cell is not a number
	 */
	public Optional<BigDecimal> unambiguousDecimal(int column) {
		return storedNumber(column).or(() -> DecimalInput.parseUnambiguous(cell(column)));
	}

	/**
	 * The whole number (a count) in a cell: a numeric cell's number if it is whole, or
	 * the text read by {@link DecimalInput#parseWhole(String)} ({@code 1.234} and
	 * {@code 1 234} are one thousand two hundred and thirty-four; {@code 2,5} is
	 * refused); empty for an empty cell.
	 * @throws NumberFormatException when a numeric cell holds a fraction (1.234 stored as
	 * a number is not a count) or does not fit a {@code long}, or a text cell is not a
	 * whole number as {@link DecimalInput#parseWhole(String)} reads them
	 */
	public Optional<Long> whole(int column) {
		Optional<BigDecimal> stored = storedNumber(column);
		if (stored.isEmpty()) {
			return DecimalInput.parseWhole(cell(column));
		}
		try {
			return Optional.of(stored.get().longValueExact());
		}
		catch (ArithmeticException ex) {
			throw new NumberFormatException("Not a whole number: " + stored.get().toPlainString());
		}
	}

	/**
	 * A spreadsheet's double as a decimal: {@link BigDecimal#valueOf(double)} rounded to
	 * {@value #SIGNIFICANT_DIGITS} significant digits, without trailing zeros and never
	 * in exponent notation ({@code 1E+3} is {@code 1000}).
	 * @throws NumberFormatException for an infinite or NaN value
	 */
	public static BigDecimal fromDouble(double value) {
		BigDecimal decimal = BigDecimal.valueOf(value).round(new MathContext(SIGNIFICANT_DIGITS)).stripTrailingZeros();
		return (decimal.scale() < 0) ? decimal.setScale(0) : decimal;
	}

}
