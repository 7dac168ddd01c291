package org.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The rules of the survey's monitoring (issue 10, item 6), as plain functions of the
 * figures the database counts; the thresholds are settings:
 * <ul>
 * <li><b>Minimum sample.</b> The minimum of a unit under a form is its target in
 * {@code survey_target}: the {@code n = N / (1 + N·e²)} of {@link SampleSize} (rounded
 * up) or the number entered directly. A unit with fewer stored responses (online and
 * paper; paper sheets waiting for their second entry are not stored yet) is below its
 * minimum; without a target there is no minimum to compare with.</li>
 * <li><b>Identical sheets in a burst</b>: at least {@code identicalSheets} responses of
 * one form, unit, channel and day whose answers are all the same (same option to every
 * question, same questions left blank);
 * {@code parindex.survey.monitoring.identical-sheets}, default
 * {@value #DEFAULT_IDENTICAL_SHEETS}, at least 2.</li>
 * <li><b>A code tried repeatedly</b>: a used invitation code opened again at least
 * {@code codeRetries} times ({@code survey_invitation.retries});
 * {@code parindex.survey.monitoring.code-retries}, default
 * {@value #DEFAULT_CODE_RETRIES}, at least 1.</li>
 * <li><b>Unknown codes</b>: at least {@code unknownCodesPerDay} look-ups of codes that do
 * not exist on one day ({@code survey_unknown_code_day}, counted for all forms together);
 * {@code parindex.survey.monitoring.unknown-codes-per-day}, default
 * {@value #DEFAULT_UNKNOWN_CODES_PER_DAY}, at least 1.</li>
 * <li><b>Outside the window</b>: a response recorded on a day before the form's opening
 * day or after its closing day, in Vietnam's time (a response has a day, not a time, so
 * one on the closing day itself is inside). Online answers outside the window are refused
 * when sent, so an online one here means a wrong clock or data loaded from elsewhere;
 * paper sheets may be keyed after the deadline and are flagged so that someone checks
 * that they were filled in before it.</li>
 * </ul>
 *
 * @param identicalSheets identical responses of one form, unit, channel and day that make
 * a burst, 2 or more
 * @param codeRetries later attempts with a used code that flag it, 1 or more
 * @param unknownCodesPerDay attempts with unknown codes on one day that are flagged, 1 or
 * more
 */
public record SurveyMonitoringRules(int identicalSheets, int codeRetries, int unknownCodesPerDay) {

	/** Identical sheets of one form, unit, channel and day flagged by default. */
	public static final int DEFAULT_IDENTICAL_SHEETS = 10;

	/** Attempts with a used code flagged by default. */
	public static final int DEFAULT_CODE_RETRIES = 5;

	/** Attempts with unknown codes per day flagged by default. */
	public static final int DEFAULT_UNKNOWN_CODES_PER_DAY = 100;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * @throws IllegalArgumentException for a threshold below its minimum
	 */
	public SurveyMonitoringRules {
		if (identicalSheets < 2) {
			throw new IllegalArgumentException(
					"parindex.survey.monitoring.identical-sheets must be 2 or more, not " + identicalSheets);
		}
		if (codeRetries < 1) {
			throw new IllegalArgumentException(
					"parindex.survey.monitoring.code-retries must be 1 or more, not " + codeRetries);
		}
		if (unknownCodesPerDay < 1) {
			throw new IllegalArgumentException(
					"parindex.survey.monitoring.unknown-codes-per-day must be 1 or more, not " + unknownCodesPerDay);
		}
	}

	/** The rules with the default thresholds. */
	public static SurveyMonitoringRules defaults() {
		return new SurveyMonitoringRules(DEFAULT_IDENTICAL_SHEETS, DEFAULT_CODE_RETRIES, DEFAULT_UNKNOWN_CODES_PER_DAY);
	}

	/**
	 * Where a unit stands against its minimum sample.
	 * @param target the unit's target ({@code survey_target.respondents}), or
	 * {@code null} when none is set
	 * @param responses its stored responses under the form, 0 or more
	 */
	public SampleStatus status(@Nullable Integer target, long responses) {
		if (target == null) {
			return SampleStatus.NO_TARGET;
		}
		return (responses < target) ? SampleStatus.BELOW_MINIMUM : SampleStatus.REACHED;
	}

	/**
	 * The responses as a percentage of the target, one decimal, half up (45 of 286 give
	 * 15,7); {@code null} without a target. May exceed 100.
	 */
	public @Nullable BigDecimal percentOfTarget(@Nullable Integer target, long responses) {
		if (target == null || target <= 0) {
			return null;
		}
		return BigDecimal.valueOf(responses)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
	}

	/** The responses still missing to reach the target, 0 when reached or without one. */
	public long missing(@Nullable Integer target, long responses) {
		return (target == null) ? 0 : Math.max(0, target - responses);
	}

	/**
	 * Whether so many identical responses of one form, unit, channel and day are a burst.
	 */
	public boolean identicalBurst(long identical) {
		return identical >= this.identicalSheets;
	}

	/** Whether a used code opened again so many times is flagged. */
	public boolean retriedCode(long retries) {
		return retries >= this.codeRetries;
	}

	/** Whether so many attempts with unknown codes on one day are flagged. */
	public boolean unknownBurst(long attempts) {
		return attempts >= this.unknownCodesPerDay;
	}

	/** The day a form opens, in the zone given (Vietnam's time in the application). */
	public static LocalDate openingDay(Instant opensAt, ZoneId zone) {
		return opensAt.atZone(zone).toLocalDate();
	}

	/**
	 * The last day a form takes answers, in the zone given: the day of its deadline, or
	 * the day before when the deadline is exactly midnight (answers stop as that day
	 * begins).
	 */
	public static LocalDate closingDay(Instant closesAt, ZoneId zone) {
		return closesAt.minusNanos(1).atZone(zone).toLocalDate();
	}

	/**
	 * Where a response's day lies against a form's window.
	 * @return {@code null} inside, else the side it lies on
	 */
	public static SurveyMonitoringView.@Nullable FlagKind outsideWindow(LocalDate day, Instant opensAt,
			Instant closesAt, ZoneId zone) {
		if (day.isBefore(openingDay(opensAt, zone))) {
			return SurveyMonitoringView.FlagKind.BEFORE_OPENING;
		}
		if (day.isAfter(closingDay(closesAt, zone))) {
			return SurveyMonitoringView.FlagKind.AFTER_CLOSING;
		}
		return null;
	}

	/** Where a unit stands against its minimum sample. */
	public enum SampleStatus {

		/** No target is set: nothing to compare with. */
		NO_TARGET,

		/** Fewer responses than the target. */
		BELOW_MINIMUM,

		/** The target is reached. */
		REACHED

	}

}
