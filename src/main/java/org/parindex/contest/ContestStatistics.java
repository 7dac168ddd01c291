package org.parindex.contest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contest's statistics (issue 11 item 5), from {@link ContestResultService#statistics}:
 * each question drawn, and the participation over time by unit.
 *
 * @param contest the contest's definition
 * @param attempts the scored attempts counted
 * @param questions every question drawn in a scored attempt, by code
 * @param days the days (Vietnam time) with at least one scored attempt, in order
 * @param units each unit's scored attempts per day of {@code days}, by unit name
 * @param dayTotals the scored attempts per day of {@code days}
 */
public record ContestStatistics(ContestView contest, int attempts, List<QuestionRow> questions, List<LocalDate> days,
		List<UnitDays> units, List<Integer> dayTotals) {

	public ContestStatistics {
		questions = List.copyOf(questions);
		days = List.copyOf(days);
		units = List.copyOf(units);
		dayTotals = List.copyOf(dayTotals);
	}

	/**
	 * One question's statistics ({@link QuestionStatistics}).
	 *
	 * @param attempts the attempts that got the question
	 * @param correct of which answered it correctly
	 * @param share {@code correct ÷ attempts}, 0 to 1
	 * @param discrimination the upper-minus-lower 27 % index, −1 to 1; {@code null} when
	 * a group did not get the question
	 */
	public record QuestionRow(long questionId, String code, String category, QuestionDifficulty difficulty, String text,
			int attempts, int correct, BigDecimal share, @Nullable BigDecimal discrimination) {
	}

	/**
	 * A unit's scored attempts per day.
	 *
	 * @param perDay per day of the statistics' days
	 * @param total over every day
	 */
	public record UnitDays(long unitId, String unit, List<Integer> perDay, int total) {

		public UnitDays {
			perDay = List.copyOf(perDay);
		}

	}

}
