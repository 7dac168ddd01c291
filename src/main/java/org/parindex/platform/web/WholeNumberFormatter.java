package org.parindex.platform.web;

import java.text.ParseException;
import java.util.Locale;

import org.parindex.platform.DecimalInput;

import org.springframework.format.Formatter;

/**
 * Binds every {@link Integer} and {@link Long} of a form or request parameter with
 * {@link DecimalInput#parseWhole}: {@code 1000}, {@code 1.000} and {@code 1 000} are one
 * thousand (Vietnamese notation), while {@code 2,5}, {@code 1,000} (a decimal to a
 * Vietnamese reader), {@code 1.5} and numbers out of the type's range are refused (a type
 * mismatch of the field, which the pages name). Before this, a browser's number field
 * could turn {@code 2,5} into {@code 25}; the pages now use text fields read here. Prints
 * plainly, without grouping, so that what is printed reads back the same.
 */
public final class WholeNumberFormatter<T extends Number> implements Formatter<T> {

	private final Class<T> type;

	private WholeNumberFormatter(Class<T> type) {
		this.type = type;
	}

	/**
	 * The formatter of {@link Integer} fields, {@value Integer#MIN_VALUE} to
	 * {@value Integer#MAX_VALUE}.
	 */
	public static WholeNumberFormatter<Integer> integers() {
		return new WholeNumberFormatter<>(Integer.class);
	}

	/** The formatter of {@link Long} fields. */
	public static WholeNumberFormatter<Long> longs() {
		return new WholeNumberFormatter<>(Long.class);
	}

	@Override
	public T parse(String text, Locale locale) throws ParseException {
		long value;
		try {
			value = DecimalInput.parseWhole(text).orElseThrow(() -> new ParseException("Blank number", 0));
		}
		catch (NumberFormatException ex) {
			throw new ParseException(ex.getMessage(), 0);
		}
		if (this.type == Integer.class) {
			if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
				throw new ParseException("Out of range: " + text, 0);
			}
			return this.type.cast((int) value);
		}
		return this.type.cast(value);
	}

	@Override
	public String print(T value, Locale locale) {
		return value.toString();
	}

}
