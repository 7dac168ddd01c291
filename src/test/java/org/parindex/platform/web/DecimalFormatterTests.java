package org.parindex.platform.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DecimalFormatterTests {

	private final DecimalFormatter formatter = new DecimalFormatter();

	@Test
	void refusesAPointFollowedByThreeDigitsInEveryDecimalField() {
		// corrections, weights, caps: every BigDecimal a form binds (issue 9, appr9)
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> this.formatter.parse("1.000", Locale.ENGLISH));
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> this.formatter.parse("0.125", Locale.forLanguageTag("vi")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.125", "0.125", "12.5", "1000", "0.3472", "1" })
	void printsWhatReadsBackAsTheSameValue(String value) throws ParseException {
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.forLanguageTag("vi") }) {
			String printed = this.formatter.print(new BigDecimal(value), locale);
			assertThat(this.formatter.parse(printed, locale)).as(printed).isEqualByComparingTo(value);
		}
		assertThat(this.formatter.print(new BigDecimal("1.125"), Locale.ENGLISH)).isEqualTo("1.1250");
		assertThat(this.formatter.print(new BigDecimal("1.125"), Locale.forLanguageTag("vi"))).isEqualTo("1,125");
	}

}
