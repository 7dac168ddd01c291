package org.parindex.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.parindex.survey.SurveyMonitoringRules.SampleStatus;
import org.parindex.survey.SurveyMonitoringView.FlagKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The monitoring's rules: minimum sample, rates, thresholds and the window's days. */
class SurveyMonitoringRulesTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final SurveyMonitoringRules rules = SurveyMonitoringRules.defaults();

	@Test
	void aUnitIsBelowItsMinimumUntilItsResponsesReachTheTarget() {
		assertThat(this.rules.status(286, 285)).isEqualTo(SampleStatus.BELOW_MINIMUM);
		assertThat(this.rules.status(286, 286)).isEqualTo(SampleStatus.REACHED);
		assertThat(this.rules.status(286, 400)).isEqualTo(SampleStatus.REACHED);
		assertThat(this.rules.status(null, 0)).isEqualTo(SampleStatus.NO_TARGET);
		assertThat(this.rules.status(null, 50)).isEqualTo(SampleStatus.NO_TARGET);
		assertThat(this.rules.missing(286, 45)).isEqualTo(241);
		assertThat(this.rules.missing(286, 300)).isZero();
		assertThat(this.rules.missing(null, 3)).isZero();
	}

	@Test
	void theRateIsTheResponsesAsAPercentageOfTheTargetToOneDecimal() {
		assertThat(this.rules.percentOfTarget(286, 45)).isEqualByComparingTo("15.7");
		assertThat(this.rules.percentOfTarget(3, 2)).isEqualByComparingTo("66.7");
		assertThat(this.rules.percentOfTarget(4, 3)).isEqualByComparingTo("75");
		assertThat(this.rules.percentOfTarget(4, 6)).isEqualByComparingTo("150");
		assertThat(this.rules.percentOfTarget(8, 1)).isEqualByComparingTo("12.5");
		assertThat(this.rules.percentOfTarget(null, 5)).isNull();
	}

	@Test
	void thresholdsFlagFromTheirValueUp() {
		SurveyMonitoringRules set = new SurveyMonitoringRules(4, 3, 5);
		assertThat(set.identicalBurst(3)).isFalse();
		assertThat(set.identicalBurst(4)).isTrue();
		assertThat(set.retriedCode(2)).isFalse();
		assertThat(set.retriedCode(3)).isTrue();
		assertThat(set.unknownBurst(4)).isFalse();
		assertThat(set.unknownBurst(5)).isTrue();
		assertThat(this.rules).isEqualTo(new SurveyMonitoringRules(10, 5, 100));
	}

	@Test
	void refusesThresholdsThatWouldFlagEverything() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveyMonitoringRules(1, 5, 100))
			.withMessageContaining("identical-sheets");
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveyMonitoringRules(10, 0, 100))
			.withMessageContaining("code-retries");
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveyMonitoringRules(10, 5, 0))
			.withMessageContaining("unknown-codes-per-day");
	}

	@Test
	void aResponsesDayIsOutsideTheWindowBeforeTheOpeningDayOrAfterTheClosingDayInVietnam() {
		Instant opens = ZonedDateTime.of(2026, 3, 1, 8, 0, 0, 0, VIETNAM).toInstant();
		Instant closes = ZonedDateTime.of(2026, 3, 31, 17, 0, 0, 0, VIETNAM).toInstant();
		assertThat(SurveyMonitoringRules.outsideWindow(LocalDate.of(2026, 2, 28), opens, closes, VIETNAM))
			.isEqualTo(FlagKind.BEFORE_OPENING);
		// the days themselves are inside: a response has a day, not a time
		assertThat(SurveyMonitoringRules.outsideWindow(LocalDate.of(2026, 3, 1), opens, closes, VIETNAM)).isNull();
		assertThat(SurveyMonitoringRules.outsideWindow(LocalDate.of(2026, 3, 31), opens, closes, VIETNAM)).isNull();
		assertThat(SurveyMonitoringRules.outsideWindow(LocalDate.of(2026, 4, 1), opens, closes, VIETNAM))
			.isEqualTo(FlagKind.AFTER_CLOSING);
	}

	@Test
	void aDeadlineAtMidnightEndsTheDayBefore() {
		Instant midnight = ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, VIETNAM).toInstant();
		assertThat(SurveyMonitoringRules.closingDay(midnight, VIETNAM)).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(SurveyMonitoringRules.closingDay(midnight.plusSeconds(1), VIETNAM))
			.isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void theDaysAreVietnamsNotUtcs() {
		// 20:00 UTC on 31 March is 03:00 on 1 April in Vietnam
		Instant closes = Instant.parse("2026-03-31T20:00:00Z");
		assertThat(SurveyMonitoringRules.closingDay(closes, VIETNAM)).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(SurveyMonitoringRules.openingDay(Instant.parse("2026-02-28T18:00:00Z"), VIETNAM))
			.isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(SurveyMonitoringRules.outsideWindow(LocalDate.of(2026, 4, 1), Instant.parse("2026-03-01T01:00:00Z"),
				closes, VIETNAM))
			.isNull();
	}

}
