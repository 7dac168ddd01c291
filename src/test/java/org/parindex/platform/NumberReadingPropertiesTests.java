package org.parindex.platform;

import java.math.BigDecimal;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.parindex.platform.web.DecimalFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one rule for "1.000" (issue 9, num9; docs/scoring.md, "Numbers as people type
 * them"): in a points or decimal field a point followed by exactly three digits is
 * refused and both readings are named; in a count field the point groups thousands;
 * whatever a form prints reads back unchanged.
 */
class NumberReadingPropertiesTests {

	@Property
	void aPointFollowedByThreeDigitsIsRefusedAsPointsAndIsAThousandsGroupAsACount(
			@ForAll @IntRange(min = 1, max = 999) int whole, @ForAll @IntRange(min = 0, max = 999) int fraction) {
		String typed = whole + "." + String.format(Locale.ROOT, "%03d", fraction);
		assertThatExceptionOfType(DecimalInput.AmbiguousNumberException.class)
			.isThrownBy(() -> DecimalInput.parseDecimal(typed));
		assertThat(DecimalInput.parseCount(typed)).hasValue(BigDecimal.valueOf(whole * 1000L + fraction));
		assertThat(DecimalInput.parseWhole(typed)).hasValue(whole * 1000L + fraction);
		DecimalInput.Readings readings = DecimalInput.readings(typed).orElseThrow();
		assertThat(readings.thousands()).isEqualTo(BigDecimal.valueOf(whole * 1000L + fraction));
		assertThat(readings.decimal())
			.isEqualByComparingTo(new BigDecimal(whole + "." + String.format("%03d", fraction)));
		assertThat(readings.decimalOnly()).isFalse();
	}

	@Property
	void aZeroWholePartHasOnlyTheDecimalReading(@ForAll @IntRange(min = 0, max = 999) int fraction) {
		String typed = "0." + String.format(Locale.ROOT, "%03d", fraction);
		DecimalInput.Readings readings = DecimalInput.readings(typed).orElseThrow();
		assertThat(readings.decimalOnly()).isTrue();
		assertThat(readings.decimal()).isEqualByComparingTo(BigDecimal.valueOf(fraction, 3));
		// what the message suggests is read without ambiguity, to the same value
		for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH }) {
			String suggested = new DecimalFormatter().print(readings.decimal(), locale);
			assertThat(DecimalInput.parseDecimal(suggested))
				.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo(readings.decimal()));
		}
	}

	@Property
	void theSuggestedDecimalReadsBackAsTheDecimalReading(@ForAll("ambiguous") String typed) {
		DecimalInput.Readings readings = DecimalInput.readings(typed).orElseThrow();
		for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH }) {
			String suggested = new DecimalFormatter().print(readings.decimal(), locale);
			assertThat(DecimalInput.ambiguousPoint(suggested)).isFalse();
			assertThat(DecimalInput.parseDecimal(suggested))
				.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo(readings.decimal()));
		}
	}

	@Property
	void pointsAsAFormPrintsThemReadBackUnchanged(@ForAll @IntRange(min = 0, max = 1_000_000) int tenThousandths) {
		BigDecimal points = BigDecimal.valueOf(tenThousandths, 4);
		for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH }) {
			String printed = new DecimalFormatter().print(points, locale);
			assertThat(DecimalInput.parseDecimal(printed))
				.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo(points));
		}
	}

	@Property
	void countsWrittenWithVietnameseGroupingReadAsThemselves(
			@ForAll @IntRange(min = 0, max = 2_000_000_000) int count) {
		String grouped = String.format(Locale.forLanguageTag("vi"), "%,d", count);
		assertThat(DecimalInput.parseWhole(grouped)).hasValue((long) count);
		assertThat(DecimalInput.parseWhole(Integer.toString(count))).hasValue((long) count);
	}

	@Provide
	Arbitrary<String> ambiguous() {
		Arbitrary<String> whole = Arbitraries.integers().between(0, 999).map(String::valueOf);
		Arbitrary<String> fraction = Arbitraries.integers()
			.between(0, 999)
			.map((f) -> String.format(Locale.ROOT, "%03d", f));
		return net.jqwik.api.Combinators.combine(whole, fraction).as((w, f) -> w + "." + f);
	}

}
