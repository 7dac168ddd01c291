package org.parindex.platform.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.parindex.platform.DecimalInput;

import org.springframework.format.Formatter;

/**
 * Binds every {@link BigDecimal} of a form or request parameter with
 * {@link DecimalInput#parseDecimal}: {@code 75,5}, {@code 75.5} and {@code 1.234,5} are
 * read; exponents, {@code NaN}, overlong numbers and a point followed by exactly three
 * digits ({@code 1.000}: a thousand in Vietnamese, one in English) are refused (a type
 * mismatch of the field, which {@link FormErrors} names). Prints plainly, with the
 * locale's decimal separator and without grouping ({@code 75,5} in Vietnamese,
 * {@code 75.5} in English), so that what is printed reads back the same: an English
 * number with exactly three decimals gets a fourth zero ({@code 1.1250}), which reads
 * back as the same value.
 */
public final class DecimalFormatter implements Formatter<BigDecimal> {

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		try {
			return DecimalInput.parseDecimal(text).orElseThrow(() -> new ParseException("Blank number", 0));
		}
		catch (NumberFormatException ex) {
			throw new ParseException(ex.getMessage(), 0);
		}
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		String plain = value.stripTrailingZeros().toPlainString();
		if (!"en".equals(locale.getLanguage())) {
			return plain.replace('.', ',');
		}
		return DecimalInput.ambiguousPoint(plain) ? plain + "0" : plain;
	}

	/**
	 * A decimal that fits a field worth at most {@code max}, to show how to write one:
	 * the maximum itself when it has decimals ({@code 0,25}, {@code 1,5}), else half a
	 * point below it ({@code 0,5} for 1, {@code 63,5} for 64); {@code 0} for a field
	 * worth nothing. The one rule of the points fields' hints (appraisal, corrections).
	 * @param max 0 or more
	 */
	public static BigDecimal example(BigDecimal max) {
		BigDecimal plain = max.stripTrailingZeros();
		if (plain.scale() > 0 || plain.signum() <= 0) {
			return plain.max(BigDecimal.ZERO);
		}
		return plain.subtract(new BigDecimal("0.5")).max(BigDecimal.ZERO);
	}

}
