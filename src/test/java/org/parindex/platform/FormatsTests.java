package org.parindex.platform;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Formats formats = new Formats(true);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void countsAreGroupedByThousands() {
		// the survey points page showed 1213 answers ungrouped
		LocaleContextHolder.setLocale(VIETNAMESE);
		assertThat(this.formats.whole(1213)).isEqualTo("1.213");
		assertThat(this.formats.whole(0)).isEqualTo("0");
		assertThat(this.formats.whole(1_234_567)).isEqualTo("1.234.567");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.whole(1213)).isEqualTo("1,213");
	}

	@Test
	void aWholeNumberPrefilledInAFieldIsItsDigitsAndReadsBackInEveryLanguage() {
		// the contest's saved prediction came back as 4,242 in English, which the field's
		// reader takes for a decimal and refuses
		for (Locale locale : new Locale[] { VIETNAMESE, Locale.ENGLISH }) {
			LocaleContextHolder.setLocale(locale);
			assertThat(this.formats.wholeInput(4242)).isEqualTo("4242");
			assertThat(this.formats.wholeInput(1_234_567)).isEqualTo("1234567");
			assertThat(DecimalInput.parseWhole(this.formats.wholeInput(4242))).contains(4242L);
		}
	}

	@Test
	void pointsHaveTwoDecimalsWithACommaInVietnamese() {
		assertThat(this.formats.points(new BigDecimal("75.262"), VIETNAMESE)).isEqualTo("75,26");
		assertThat(this.formats.points(new BigDecimal("16.675"), VIETNAMESE)).isEqualTo("16,68");
		assertThat(this.formats.points(new BigDecimal("1"), VIETNAMESE)).isEqualTo("1,00");
		assertThat(this.formats.points(new BigDecimal("1234.5"), VIETNAMESE)).isEqualTo("1.234,50");
	}

	@Test
	void fileSizesNeverShowATinyFileAsZero() {
		LocaleContextHolder.setLocale(VIETNAMESE);
		assertThat(this.formats.fileSize(0)).isEqualTo("0 byte");
		assertThat(this.formats.fileSize(312)).isEqualTo("312 byte");
		assertThat(this.formats.fileSize(1024)).isEqualTo("1 KB");
		assertThat(this.formats.fileSize(12_800)).isEqualTo("13 KB");
		assertThat(this.formats.fileSize(1_572_864)).isEqualTo("1,5 MB");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.fileSize(1_572_864)).isEqualTo("1.5 MB");
	}

	/**
	 * English pages write times as English readers do ("02:26"), Vietnamese ones as
	 * offices do ("02h26"); a job outside any request writes Vietnamese (issue 9).
	 */
	@Test
	void timesFollowThePagesLanguage() {
		java.time.Instant at = java.time.Instant.parse("2026-11-30T19:26:00Z");
		try {
			LocaleContextHolder.setLocale(Locale.ENGLISH);
			assertThat(this.formats.time(at)).isEqualTo("02:26 01/12/2026");
			assertThat(Formats.localTime(at.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
				.isEqualTo("02:26 01/12/2026");
			LocaleContextHolder.setLocale(VIETNAMESE);
			assertThat(this.formats.time(at)).isEqualTo("02h26 01/12/2026");
			LocaleContextHolder.resetLocaleContext();
			assertThat(Formats.localTime(at.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
				.isEqualTo("02h26 01/12/2026");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void pointsHaveADecimalPointInEnglish() {
		assertThat(this.formats.points(new BigDecimal("75.262"), Locale.ENGLISH)).isEqualTo("75.26");
	}

	@Test
	void pointsFollowTheCurrentLocale() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.points(new BigDecimal("47.326"))).isEqualTo("47.33");
		assertThat(this.formats.percent(new BigDecimal("75.262"))).isEqualTo("75.26%");
		LocaleContextHolder.setLocale(VIETNAMESE);
		assertThat(this.formats.percent(new BigDecimal("75.262"))).isEqualTo("75,26%");
	}

	@Test
	void ranksArePaddedToTheWidthOfTheUnitCount() {
		assertThat(this.formats.rank(6, 17)).isEqualTo("06/17");
		assertThat(this.formats.rank(17, 17)).isEqualTo("17/17");
		assertThat(this.formats.rank(6, 9)).isEqualTo("6/9");
		assertThat(this.formats.rank(7, 120)).isEqualTo("007/120");
	}

	@Test
	void wholeMaximaAreNeverPaddedWhileCountsAre() {
		assertThat(this.formats.wholeOrPoints(new BigDecimal("1.0000"), VIETNAMESE)).isEqualTo("1");
		assertThat(this.formats.wholeOrPoints(new BigDecimal("6"), VIETNAMESE)).isEqualTo("6");
		assertThat(this.formats.wholeOrPoints(new BigDecimal("8"), VIETNAMESE)).isEqualTo("8");
		assertThat(this.formats.wholeOrPoints(new BigDecimal("64"), VIETNAMESE)).isEqualTo("64");
		assertThat(this.formats.wholeOrPoints(new BigDecimal("100"), VIETNAMESE)).isEqualTo("100");
		assertThat(this.formats.wholeOrPoints(new BigDecimal("0.5"), VIETNAMESE)).isEqualTo("0,50");
		assertThat(this.formats.count(4)).isEqualTo("04");
		assertThat(this.formats.count(20)).isEqualTo("20");
	}

	@Test
	void paddingCanBeSwitchedOff() {
		Formats plain = new Formats(false);
		assertThat(plain.rank(6, 17)).isEqualTo("6/17");
		assertThat(plain.count(4)).isEqualTo("4");
		assertThat(plain.wholeOrPoints(new BigDecimal("6"), VIETNAMESE)).isEqualTo("6");
	}

	@Test
	void differencesCarryTheirSign() {
		LocaleContextHolder.setLocale(VIETNAMESE);
		assertThat(this.formats.signedPoints(new BigDecimal("1.254"))).isEqualTo("+1,25");
		assertThat(this.formats.signedPoints(new BigDecimal("-6.138"))).isEqualTo("−6,14");
		assertThat(this.formats.signedPoints(new BigDecimal("0.001"))).isEqualTo("0,00");
	}

	@Test
	void inputsKeepTheirDecimalsWithoutTrailingZeros() {
		LocaleContextHolder.setLocale(VIETNAMESE);
		assertThat(this.formats.number(new BigDecimal("3240.000000"))).isEqualTo("3.240");
		assertThat(this.formats.number(new BigDecimal("0.250000"))).isEqualTo("0,25");
	}

	/**
	 * A points field is prefilled at the set's published precision, or at the criterion's
	 * own decimals when its maximum has more (issue 9, #9: the council read 0,5399).
	 */
	@Test
	void pointsFieldsShowThePublishedPrecision() {
		LocaleContextHolder.setLocale(VIETNAMESE);
		assertThat(this.formats.pointsInput(new BigDecimal("0.5399"), 2, new BigDecimal("1"))).isEqualTo("0,54");
		assertThat(this.formats.pointsInput(new BigDecimal("0.5000"), 2, new BigDecimal("1"))).isEqualTo("0,5");
		assertThat(this.formats.pointsInput(new BigDecimal("1.0000"), 2, new BigDecimal("1"))).isEqualTo("1");
		assertThat(this.formats.pointsInput(new BigDecimal("0.5399"), 3, new BigDecimal("1"))).isEqualTo("0,54");
		assertThat(this.formats.pointsInput(new BigDecimal("0.5394"), 3, new BigDecimal("1"))).isEqualTo("0,539");
		assertThat(this.formats.pointsInput(new BigDecimal("0.1250"), 2, new BigDecimal("0.125"))).isEqualTo("0,125");
		assertThat(this.formats.pointsInput(new BigDecimal("20.0000"), 2, new BigDecimal("64"))).isEqualTo("20");
		LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
		assertThat(this.formats.pointsInput(new BigDecimal("0.5399"), 2, new BigDecimal("1"))).isEqualTo("0.54");
		LocaleContextHolder.setLocale(VIETNAMESE);
	}

	@Test
	void writesTimesInVietnamTimeAsOfficesDo() {
		assertThat(this.formats.time(java.time.Instant.parse("2022-05-24T09:00:00Z"))).isEqualTo("16h00 24/05/2022");
		assertThat(this.formats.time(java.time.ZonedDateTime.parse("2023-01-15T10:00:00Z[UTC]")))
			.isEqualTo("17h00 15/01/2023");
	}

	@Test
	void writesPointsAtTheIndexSetsPublishedPrecision() {
		assertThat(this.formats.points(new BigDecimal("97.68512"), 3, VIETNAMESE)).isEqualTo("97,685");
		assertThat(this.formats.points(new BigDecimal("97.68512"), 2, VIETNAMESE)).isEqualTo("97,69");
		assertThat(this.formats.points(new BigDecimal("97.68512"), 0, VIETNAMESE)).isEqualTo("98");
	}

	@Test
	void lostPointsAreTheShownMaximumLessTheShownPoints() {
		LocaleContextHolder.setLocale(VIETNAMESE);
		// criterion 8.4.2 of Đak Pơ 2021: 1,50 = 0,38 + 1,12 (not 1,13)
		assertThat(this.formats.points(new BigDecimal("0.375"), 2)).isEqualTo("0,38");
		assertThat(this.formats.lost(new BigDecimal("1.5"), new BigDecimal("0.375"), 2)).isEqualTo("1,12");
		// a points maximum is never padded (issue 9, F17): "1,00/6", not "1,00/06"
		assertThat(this.formats.maximum(new BigDecimal("6"), 2)).isEqualTo("6");
		assertThat(this.formats.maximum(new BigDecimal("8.000"), 2)).isEqualTo("8");
		assertThat(this.formats.maximum(new BigDecimal("1.5"), 2)).isEqualTo("1,50");
		assertThat(this.formats.rank(1, 126, org.parindex.engine.RankLabel.NONE)).isEqualTo("1/126");
		LocaleContextHolder.resetLocaleContext();
	}

}
