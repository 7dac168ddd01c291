package org.parindex.platform;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads a decimal number as people type it, in Vietnamese or English: {@code 75,5},
 * {@code 75.5}, {@code 1.234,5}, {@code 1,234.5}, {@code 1 234,5}, {@code -2}. The one
 * parser of every form and file that takes numbers (ParIndex keeps no other copy).
 * <p>
 * Rules, strict on purpose:
 * <ul>
 * <li>spaces (also non-breaking and thin spaces) are ignored; a leading {@code +},
 * {@code -} or {@code −} gives the sign;</li>
 * <li>only digits, {@code .} and {@code ,} may remain: exponents ({@code 1e309}),
 * {@code NaN}, {@code Infinity} and anything else are refused;</li>
 * <li>a separator written once is the decimal separator, whichever it is ({@code 1,234}
 * and {@code 1.234} are one point two three four, since the forms show stored values with
 * a point and Vietnamese write decimals with a comma);</li>
 * <li>a separator written more than once, or followed later by the other one, groups
 * thousands, and every group after the first must then have exactly three digits
 * ({@code 1.234.567}, {@code 1.234,5}, {@code 1,234.5});</li>
 * <li>a separator needs a digit after it; a missing whole part reads as zero
 * ({@code ,5});</li>
 * <li>at most {@value #MAX_LENGTH} characters and {@value #MAX_DIGITS} digits: longer
 * text is refused before any number is built, so 100,000 digits cost nothing.</li>
 * </ul>
 * Whether the number is in a field's range is the field's business (see {@link Bounds});
 * this class only reads.
 */
public final class DecimalInput {

	/** Characters of the text at most, spaces included. */
	public static final int MAX_LENGTH = 64;

	/** Digits at most, whole and fractional part together. */
	public static final int MAX_DIGITS = 30;

	private DecimalInput() {
	}

	/**
	 * The number in the text; empty when the text is {@code null}, empty or blank.
	 * @throws NumberFormatException when the text is not a decimal number written as
	 * above, or is longer than {@value #MAX_LENGTH} characters or {@value #MAX_DIGITS}
	 * digits
	 */
	public static Optional<BigDecimal> parse(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (text.length() > MAX_LENGTH) {
			throw new NumberFormatException("Longer than " + MAX_LENGTH + " characters");
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				clean.append(c);
			}
		}
		if (clean.isEmpty()) {
			return Optional.empty();
		}
		boolean negative = false;
		char first = clean.charAt(0);
		if (first == '-' || first == '\u2212' || first == '+') {
			negative = first != '+';
			clean.deleteCharAt(0);
		}
		return Optional.of(unsigned(clean.toString(), text, negative));
	}

	/**
	 * A whole number (a count) where only whole numbers are taken (a contractor's table,
	 * a form's integer field): what {@link #parseCount} reads, required to be written as
	 * a whole number ({@code 1000}, {@code 1.000}, {@code 1 000}, {@code 1.234.567},
	 * {@code -2}). A comma is the Vietnamese decimal separator, so a count with a comma
	 * ({@code 2,5}, or the English-grouped {@code 1,000}, which a Vietnamese reader takes
	 * for one) is refused rather than guessed, as is any decimal ({@code 1.5},
	 * {@code 12.50}, {@code 1.0000}). Empty when the text is {@code null}, empty or
	 * blank.
	 * @throws NumberFormatException when the text is not a whole number written so, or is
	 * longer than {@value #MAX_LENGTH} characters, or the number does not fit a
	 * {@code long}
	 */
	public static Optional<Long> parseWhole(@Nullable String text) {
		Optional<BigDecimal> count = parseCount(text);
		if (count.isEmpty()) {
			return Optional.empty();
		}
		// a count read as a decimal (a separator that does not group thousands) keeps
		// its decimals, even zeros: 1,000 and 1.0000 have a scale, 1.000 has none
		if (count.get().scale() > 0) {
			throw new NumberFormatException("Not a whole number in Vietnamese or plain notation: \"" + text + "\"");
		}
		try {
			return Optional.of(count.get().longValueExact());
		}
		catch (ArithmeticException ex) {
			throw new NumberFormatException("Not a whole number that fits a long: \"" + text + "\"");
		}
	}

	/**
	 * A number typed in a decimal field of a form: points (self-assessment, appraisal
	 * rounds, the council, corrections, bonus and deduction), a rule's decimal input, a
	 * weight. Read as {@link #parse(String)} reads it, except that a number whose only
	 * separator is one point followed by exactly three digits ({@code 1.000},
	 * {@code 0.125}, {@code 12.500}) is refused: in Vietnamese {@code 1.000} is one
	 * thousand, in English it is one, and a points field cannot tell which was meant
	 * (issue 9, appr9). The user is asked to write {@code 1} or {@code 1,000}, or
	 * {@code 0,125} (the comma is the decimal separator). Every other form is read as
	 * usual and unambiguously: {@code 1.5}, {@code 0.25} and {@code 1.4198} (a point
	 * followed by one, two or four or more digits cannot group thousands, so it is a
	 * decimal point), {@code 1,000} (one, comma decimal), {@code 1.000,5} (grouping and a
	 * decimal comma). Forms print such values back with a fourth decimal in English
	 * ({@code 1.1250}, see {@code DecimalFormatter}), so what a page prefills reads back.
	 * @throws AmbiguousNumberException for a point followed by exactly three digits
	 * @throws NumberFormatException as {@link #parse(String)} does
	 */
	public static Optional<BigDecimal> parseDecimal(@Nullable String text) {
		Optional<BigDecimal> value = parse(text);
		if (value.isPresent() && ambiguousPoint(text)) {
			throw new AmbiguousNumberException(text);
		}
		return value;
	}

	/**
	 * Whether the text's only separator is one point followed by exactly three digits
	 * ({@code 1.000}, {@code 0.125}), which {@link #parseDecimal} refuses; false for
	 * {@code null}.
	 */
	public static boolean ambiguousPoint(@Nullable String text) {
		return text != null && AMBIGUOUS_POINT.matcher(text.replaceAll("[\\s\\u00a0\\u2007\\u202f]", "")).matches();
	}

	/**
	 * The two ways a number refused by {@link #parseDecimal} can be read, for a message
	 * that names both and says how to write the one meant (issue 9, num9): {@code 1.000}
	 * is one thousand ({@link Readings#thousands()}, Vietnamese grouping) or one
	 * ({@link Readings#decimal()}, a decimal point); {@code 0.250} is 0,25 only (no one
	 * groups thousands after a zero, {@link Readings#decimalOnly()}). Empty when the text
	 * is not such a number ({@link #ambiguousPoint} is false).
	 */
	public static Optional<Readings> readings(@Nullable String text) {
		if (!ambiguousPoint(text)) {
			return Optional.empty();
		}
		String plain = text.replaceAll("[\\s\\u00a0\\u2007\\u202f]", "");
		boolean negative = plain.startsWith("-") || plain.startsWith("\u2212");
		String whole = plain.replaceAll("^[-+\u2212]", "");
		int point = whole.indexOf('.');
		BigDecimal thousands = new BigDecimal((whole.substring(0, point) + whole.substring(point + 1)));
		BigDecimal decimal = new BigDecimal(
				(point == 0 ? "0" : whole.substring(0, point)) + "." + whole.substring(point + 1))
			.stripTrailingZeros();
		if (decimal.scale() < 0) {
			decimal = decimal.setScale(0);
		}
		boolean decimalOnly = whole.substring(0, point).replace("0", "").isEmpty();
		return Optional.of(new Readings(negative ? thousands.negate() : thousands,
				negative ? decimal.negate() : decimal, decimalOnly));
	}

	/**
	 * The readings of a point followed by exactly three digits.
	 *
	 * @param thousands the point grouping thousands, as Vietnamese write it:
	 * {@code 1.000} is 1000
	 * @param decimal the point as a decimal point, without trailing zeros: {@code 1.000}
	 * is 1, {@code 12.500} is 12.5
	 * @param decimalOnly whether the whole part is zero ({@code 0.250}, {@code .125}),
	 * which nobody writes to group thousands: only the decimal reading is meant
	 */
	public record Readings(BigDecimal thousands, BigDecimal decimal, boolean decimalOnly) {

	}

	/**
	 * One point followed by exactly three digits, the only separator: {@code 1.000},
	 * {@code -0.125}.
	 */
	static final java.util.regex.Pattern AMBIGUOUS_POINT = java.util.regex.Pattern
		.compile("[-+\u2212]?[0-9]*\\.[0-9]{3}");

	/**
	 * Like {@link #parse(String)}, but refuses a number whose one separator is followed
	 * by exactly three digits after a whole part of one to three digits not starting with
	 * zero ({@code 1.000}, {@code 12,500}): Vietnamese notation reads {@code 1.000} as
	 * one thousand, English as one, so the field cannot know which was meant. For fields
	 * where both readings can be in range (a weight from 0 to 1,000); {@code 1000},
	 * {@code 1,0}, {@code 0,125} and {@code 1.000,5} are read as usual.
	 * @throws NumberFormatException as {@link #parse(String)} does, and
	 * {@link AmbiguousNumberException} for an ambiguous number
	 */
	public static Optional<BigDecimal> parseUnambiguous(@Nullable String text) {
		Optional<BigDecimal> value = parse(text);
		if (value.isPresent() && AMBIGUOUS.matcher(text.strip()).matches()) {
			throw new AmbiguousNumberException(text);
		}
		return value;
	}

	private static final java.util.regex.Pattern AMBIGUOUS = java.util.regex.Pattern
		.compile("[-+\u2212]?\\s*[1-9][0-9]{0,2}[.,][0-9]{3}");

	/**
	 * A number that reads as a thousand or more in Vietnamese notation and as a decimal
	 * in English ({@code 1.000}); see {@link #parseUnambiguous(String)}.
	 */
	public static final class AmbiguousNumberException extends NumberFormatException {

		private static final long serialVersionUID = 1L;

		private final String typed;

		AmbiguousNumberException(String text) {
			super("Ambiguous: \"" + text + "\" is a thousand or more in Vietnamese notation, a decimal in English");
			this.typed = text;
		}

		/** The text refused, as typed. */
		public String typed() {
			return this.typed;
		}

	}

	/**
	 * The one count reader: a count as people type it where counts are entered (tasks,
	 * documents, violations, a contractor's table; {@link #parseWhole} is this reader
	 * requiring a whole number): Vietnamese grouping, so {@code 1.000} and {@code 1 000}
	 * are one thousand (with no decimals, scale 0); empty when the text is {@code null}
	 * or blank. Text that is not a count in this sense but reads as a decimal
	 * ({@code 1,7}, {@code 1.5}) is returned as that decimal, so the rule that reads the
	 * count can say it is not a whole number, naming the field ({@code INPUT_NOT_WHOLE}).
	 * @throws NumberFormatException when the text is not a number at all (see
	 * {@link #parse})
	 */
	public static Optional<BigDecimal> parseCount(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (text.length() > MAX_LENGTH) {
			throw new NumberFormatException("Longer than " + MAX_LENGTH + " characters");
		}
		String clean = text.replaceAll("[\\s\\u00a0\\u2007\\u202f]", "");
		if (clean.matches("[+\\-\u2212]?[0-9]{1,3}(\\.[0-9]{3})+")) {
			// dots grouping thousands: 1.000 is one thousand, never one
			boolean negative = clean.startsWith("-") || clean.startsWith("\u2212");
			BigDecimal value = new BigDecimal(clean.replaceAll("[^0-9]", ""));
			return Optional.of(negative ? value.negate() : value);
		}
		return parse(text);
	}

	private static BigDecimal unsigned(String digits, String text, boolean negative) {
		int points = 0;
		int commas = 0;
		int digitCount = 0;
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c == '.') {
				points++;
			}
			else if (c == ',') {
				commas++;
			}
			else if (c >= '0' && c <= '9') {
				digitCount++;
			}
			else {
				throw unreadable(text);
			}
		}
		if (digitCount == 0) {
			throw unreadable(text);
		}
		if (digitCount > MAX_DIGITS) {
			throw new NumberFormatException("More than " + MAX_DIGITS + " digits");
		}
		char decimal;
		char grouping;
		if (points > 0 && commas > 0) {
			decimal = (digits.lastIndexOf('.') > digits.lastIndexOf(',')) ? '.' : ',';
			grouping = (decimal == '.') ? ',' : '.';
			if (((decimal == '.') ? points : commas) != 1) {
				throw unreadable(text);
			}
		}
		else if (points == 1 || commas == 1) {
			decimal = (points == 1) ? '.' : ',';
			grouping = 0;
		}
		else if (points > 1 || commas > 1) {
			decimal = 0;
			grouping = (points > 1) ? '.' : ',';
		}
		else {
			decimal = 0;
			grouping = 0;
		}
		int at = (decimal != 0) ? digits.indexOf(decimal) : -1;
		String whole = (at >= 0) ? digits.substring(0, at) : digits;
		String fraction = (at >= 0) ? digits.substring(at + 1) : "";
		if (at >= 0 && fraction.isEmpty()) {
			throw unreadable(text);
		}
		if (grouping != 0) {
			whole = ungrouped(whole, grouping, text);
		}
		String plain = (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction);
		BigDecimal value = new BigDecimal(plain);
		return negative ? value.negate() : value;
	}

	/**
	 * {@code 1.234.567} without its separators; every group after the first has three
	 * digits.
	 */
	private static String ungrouped(String whole, char grouping, String text) {
		String[] groups = whole.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
		if (groups[0].isEmpty() || groups[0].length() > 3) {
			throw unreadable(text);
		}
		StringBuilder digits = new StringBuilder(groups[0]);
		for (int i = 1; i < groups.length; i++) {
			if (groups[i].length() != 3) {
				throw unreadable(text);
			}
			digits.append(groups[i]);
		}
		return digits.toString();
	}

	private static NumberFormatException unreadable(String text) {
		return new NumberFormatException("Not a decimal number as people write it: \"" + text + "\"");
	}

}
