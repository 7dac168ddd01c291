package org.parindex.platform;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DecimalInputTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "75,5|75.5", "75.5|75.5", "1.234,5|1234.5", "1,234.5|1234.5", "1 234,5|1234.5",
					"1.234.567|1234567", "1,234,567|1234567", "1.234.567,891|1234567.891", "0,25|0.25", ",5|0.5",
					"-2|-2", "−2,5|-2.5", "+3|3", "007|7", "64|64", "0|0", "99999,9999|99999.9999" })
	void readsNumbersAsPeopleTypeThem(String text, String expected) {
		assertThat(DecimalInput.parse(text))
			.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo(new BigDecimal(expected)));
	}

	@Test
	void readsNonBreakingSpacesAsSpaces() {
		assertThat(DecimalInput.parse("1\u00A0234,5\u202F")).hasValue(new BigDecimal("1234.5"));
	}

	@Test
	void readsCountsWithVietnameseGrouping() {
		// issue 9: where counts are entered, 1.000 is one thousand, never one
		assertThat(DecimalInput.parseCount("1.000")).hasValue(new BigDecimal("1000"));
		assertThat(DecimalInput.parseCount("2.160")).hasValue(new BigDecimal("2160"));
		assertThat(DecimalInput.parseCount("1.234.567")).hasValue(new BigDecimal("1234567"));
		assertThat(DecimalInput.parseCount("1 250")).hasValue(new BigDecimal("1250"));
		assertThat(DecimalInput.parseCount("25")).hasValue(new BigDecimal("25"));
		// a fraction reads as one, for the rule to refuse by name
		assertThat(DecimalInput.parseCount("1,7")).hasValue(new BigDecimal("1.7"));
		assertThat(DecimalInput.parseCount("1.5")).hasValue(new BigDecimal("1.5"));
		assertThat(DecimalInput.parseCount(" ")).isEmpty();
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> DecimalInput.parseCount("abc"));
		// elsewhere a single point stays a decimal point
		assertThat(DecimalInput.parse("1.000")).hasValue(new BigDecimal("1.000"));
	}

	@Test
	void readsNothingFromBlankText() {
		assertThat(DecimalInput.parse(null)).isEmpty();
		assertThat(DecimalInput.parse("")).isEmpty();
		assertThat(DecimalInput.parse("  \t")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e309", "1E5", "1e999999999", "1e-999999999", "NaN", "Infinity", "-Infinity", "abc",
			"0x10", "1,2.3", "1.234.5", "1.2,3.4", "12,34,5", "1.", "75,", ",", ".", "-", "--5", "1-2", "5%", "٣",
			"1,234,5678", "1234.567.890" })
	void refusesWhatIsNotAPlainDecimal(String text) {
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> DecimalInput.parse(text));
	}

	@Test
	void refusesTooManyDigitsBeforeBuildingANumber() {
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> DecimalInput.parse("9".repeat(100_000)))
			.withMessageContaining("characters");
		assertThatExceptionOfType(NumberFormatException.class)
			.isThrownBy(() -> DecimalInput.parse("1".repeat(DecimalInput.MAX_DIGITS + 1)))
			.withMessageContaining("digits");
		assertThat(DecimalInput.parse("1".repeat(DecimalInput.MAX_DIGITS))).isPresent();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1.000|1000", "1000|1000", "1 000|1000", "1.234.567|1234567", "0|0", "-2|-2",
			"12|12", "\u00A0250\u00A0|250" })
	void readsCountsInVietnameseOrPlainNotation(String text, long expected) {
		// "1.000" is one thousand, as a contractor's Vietnamese table writes it
		assertThat(DecimalInput.parseWhole(text)).hasValue(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2,5", "1,000", "1.5", "12.50", "1.0000", "1000.000.0", ".000", "1.", "abc", "1e3",
			"1.000,0", "99999999999999999999" })
	void refusesCountsThatAreFractionalOrAmbiguous(String text) {
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> DecimalInput.parseWhole(text));
	}

	@Test
	void readsNoCountFromBlankText() {
		assertThat(DecimalInput.parseWhole(null)).isEmpty();
		assertThat(DecimalInput.parseWhole("  ")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.000", "1,000", "12.500", "-250,000", "999.999" })
	void refusesANumberThatIsAThousandInVietnameseAndADecimalInEnglish(String text) {
		assertThatExceptionOfType(DecimalInput.AmbiguousNumberException.class)
			.isThrownBy(() -> DecimalInput.parseUnambiguous(text));
		assertThat(DecimalInput.parse(text)).isPresent();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1000|1000", "1,5|1.5", "0,125|0.125", "1.000,5|1000.5", "1,25|1.25",
			"1.234.567|1234567", "1000,000|1000" })
	void readsWhatIsNotAmbiguous(String text, String expected) {
		assertThat(DecimalInput.parseUnambiguous(text))
			.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.000", "0.125", "12.500", "-0.250", "999.999", " 1.000 ", "1\u00A0.000", ".125" })
	void refusesAPointFollowedByExactlyThreeDigitsInDecimalFields(String text) {
		// issue 9, appr9: 1.000 typed as points was read as 1; in Vietnamese it is a
		// thousand
		assertThatExceptionOfType(DecimalInput.AmbiguousNumberException.class)
			.isThrownBy(() -> DecimalInput.parseDecimal(text));
		assertThat(DecimalInput.ambiguousPoint(text)).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1|1", "1,000|1", "0,5|0.5", "0,125|0.125", "1.5|1.5", "0.25|0.25",
			"1.4198|1.4198", "1.000,5|1000.5", "1.234.567|1234567", "75,5|75.5", "1.1250|1.125" })
	void readsEveryOtherDecimalAsUsual(String text, String expected) {
		assertThat(DecimalInput.parseDecimal(text))
			.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo(expected));
		assertThat(DecimalInput.parseDecimal("  ")).isEmpty();
	}

	@Test
	void readsCountsAndWholeNumbersWithTheOneCountReader() {
		// parseWhole is the count reader requiring a whole number: the same grouping
		assertThat(DecimalInput.parseCount("1.000")).hasValue(new BigDecimal("1000"));
		assertThat(DecimalInput.parseWhole("1.000")).hasValue(1000L);
		assertThat(DecimalInput.parseCount("1,000")).hasValueSatisfying((v) -> assertThat(v).isEqualByComparingTo("1"));
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> DecimalInput.parseWhole("1,000"));
		assertThatExceptionOfType(NumberFormatException.class)
			.isThrownBy(() -> DecimalInput.parseCount("9".repeat(DecimalInput.MAX_LENGTH + 1)));
	}

}
