package org.parindex.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The ranges of what ParIndex stores, each derived from the column that holds it
 * ({@code src/main/resources/db/migration}), as constraints for form and command records.
 * A value outside is refused at the edge with a message naming the field (its
 * {@link Label}) and the range, never by the database. Null values pass: say
 * {@code @NotNull} where a value is required.
 * <ul>
 * <li>{@link Points}: points, maxima, caps and adjustments, {@code numeric(9, 4)}: 0 to
 * 99,999.9999 with at most 4 decimals;</li>
 * <li>{@link RuleInput}: a leaf rule's inputs, {@code numeric(20, 6)}: below 10^14 in
 * magnitude with at most 6 decimals (whether an input may be negative is its rule's
 * business: the engine refuses negative counts with its own message);</li>
 * <li>{@link Year}: the year of an index set, 2000 to 2100;</li>
 * <li>{@link DocumentDate}: the date of a document cited as evidence, from the founding
 * of the state (2 September 1945) to today;</li>
 * <li>{@link EffectiveDate}: the date a unit's change takes effect, from 2 September 1945
 * to five years after today.</li>
 * </ul>
 * Today comes from the validator's clock provider, which is the application's
 * {@link Clock}.
 */
public final class Bounds {

	/** The largest points value, {@code numeric(9, 4)}. */
	public static final String POINTS_MAX = "99999.9999";

	/** Decimals of points. */
	public static final int POINTS_FRACTION = 4;

	/** The largest rule input, {@code numeric(20, 6)}. */
	public static final String INPUT_MAX = "99999999999999.999999";

	/** Decimals of rule inputs. */
	public static final int INPUT_FRACTION = 6;

	/** The first year an index set may have. */
	public static final int YEAR_MIN = 2000;

	/** The last year an index set may have. */
	public static final int YEAR_MAX = 2100;

	/** The earliest date of a document or a unit change: 2 September 1945. */
	public static final LocalDate DATE_MIN = LocalDate.of(1945, 9, 2);

	/**
	 * Years after today that a cited document's date may reach: none, a document is
	 * issued today at the latest (today in Asia/Ho_Chi_Minh, from the injected clock;
	 * issue 9).
	 */
	public static final int DOCUMENT_YEARS_AHEAD = 0;

	/** Years after today that a unit change may be planned. */
	public static final int EFFECTIVE_YEARS_AHEAD = 5;

	private Bounds() {
	}

	/**
	 * Whether two scores are the same at the points column's precision
	 * ({@value #POINTS_FRACTION} decimals, half up): a self-assessed ratio of 1.250/2.160
	 * × 0,6 = 0,347222… points is kept whole, while an appraiser types, and the column
	 * keeps, 0,3472; accepting it is not a change and needs no reason (issue 9).
	 * @param a points (any scale)
	 * @param b points (any scale)
	 */
	public static boolean samePoints(BigDecimal a, BigDecimal b) {
		return a.setScale(POINTS_FRACTION, java.math.RoundingMode.HALF_UP)
			.compareTo(b.setScale(POINTS_FRACTION, java.math.RoundingMode.HALF_UP)) == 0;
	}

	/** Whether points are in {@link Points}' range. */
	public static boolean points(BigDecimal value) {
		return within(value, POINTS_MAX, POINTS_FRACTION);
	}

	/** Whether a rule input is in {@link RuleInput}'s range. */
	public static boolean ruleInput(BigDecimal value) {
		return within(value.abs(), INPUT_MAX, INPUT_FRACTION);
	}

	/** Whether a date is between {@link #DATE_MIN} and so many years after today. */
	public static boolean date(LocalDate date, Clock clock, int yearsAhead) {
		return !date.isBefore(DATE_MIN) && !date.isAfter(LocalDate.now(clock).plusYears(yearsAhead));
	}

	private static boolean within(BigDecimal value, String max, int fraction) {
		return value.signum() >= 0 && value.compareTo(new BigDecimal(max)) <= 0
				&& value.stripTrailingZeros().scale() <= fraction;
	}

	/** Points: 0 to 99,999.9999, at most 4 decimals ({@code numeric(9, 4)}). */
	@Documented
	@DecimalMin("0")
	@DecimalMax(POINTS_MAX)
	@Digits(integer = 5, fraction = POINTS_FRACTION)
	@ReportAsSingleViolation
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
			ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Points {

		String message() default "{bounds.points}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/**
	 * A rule input: below 10^14 in magnitude, at most 6 decimals
	 * ({@code numeric(20, 6)}).
	 */
	@Documented
	@DecimalMin("-" + INPUT_MAX)
	@DecimalMax(INPUT_MAX)
	@Digits(integer = 14, fraction = INPUT_FRACTION)
	@ReportAsSingleViolation
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
			ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface RuleInput {

		String message() default "{bounds.input}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** The year of an index set: 2000 to 2100. */
	@Documented
	@Min(YEAR_MIN)
	@Max(YEAR_MAX)
	@ReportAsSingleViolation
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
			ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Year {

		String message() default "{bounds.year}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/**
	 * The date of a cited document: from 2 September 1945 to today (issue 9).
	 */
	@Documented
	@Constraint(validatedBy = DocumentDateValidator.class)
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
			ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface DocumentDate {

		String message() default "{bounds.document-date}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/**
	 * The date a unit's change takes effect: from 2 September 1945 to five years after
	 * today.
	 */
	@Documented
	@Constraint(validatedBy = EffectiveDateValidator.class)
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
			ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface EffectiveDate {

		String message() default "{bounds.effective-date}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** Checks {@link DocumentDate}. */
	public static final class DocumentDateValidator implements ConstraintValidator<DocumentDate, Temporal> {

		@Override
		public boolean isValid(Temporal value, ConstraintValidatorContext context) {
			return value == null || date(day(value), context.getClockProvider().getClock(), DOCUMENT_YEARS_AHEAD);
		}

	}

	/** Checks {@link EffectiveDate}. */
	public static final class EffectiveDateValidator implements ConstraintValidator<EffectiveDate, Temporal> {

		@Override
		public boolean isValid(Temporal value, ConstraintValidatorContext context) {
			return value == null || date(day(value), context.getClockProvider().getClock(), EFFECTIVE_YEARS_AHEAD);
		}

	}

	private static LocalDate day(Temporal value) {
		if (value instanceof LocalDateTime time) {
			return time.toLocalDate();
		}
		return LocalDate.from(value);
	}

}
