package org.parindex.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding policy of the engine. Points are exact decimals: sums and products
 * stay exact; quotients (ratios, index %, weighted means) are taken to ten decimal
 * places, half even ({@link #QUOTIENT_SCALE}), eight places finer than anything
 * published, which keeps every later sum on {@code BigDecimal}'s fast path. Values are
 * rounded only for display and for the tie rule, half up to two places as the provinces
 * publish them (75,262 → 75,26).
 */
public final class Points {

	/** Decimal places of every quotient in the engine. */
	public static final int QUOTIENT_SCALE = 10;

	/** Rounding of every quotient in the engine. */
	public static final RoundingMode QUOTIENT_ROUNDING = RoundingMode.HALF_EVEN;

	/** Places shown on scorecards, rankings and exports. */
	public static final int DISPLAY_PLACES = 2;

	/** Rounding used for display and for comparing totals at the published precision. */
	public static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_UP;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Points() {
	}

	/** The value as published: two places, half up. */
	public static BigDecimal display(BigDecimal value) {
		return value.setScale(DISPLAY_PLACES, DISPLAY_ROUNDING);
	}

	/** The value rounded to {@code places}, half up (tie rule comparisons). */
	public static BigDecimal atPlaces(BigDecimal value, int places) {
		return value.setScale(places, DISPLAY_ROUNDING);
	}

	/** {@code numerator / denominator} to {@link #QUOTIENT_SCALE} places. */
	public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
		return numerator.divide(denominator, QUOTIENT_SCALE, QUOTIENT_ROUNDING);
	}

	/** {@code part / whole × 100} to {@link #QUOTIENT_SCALE} places. */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return divide(part.multiply(HUNDRED), whole);
	}

	/** {@code value} limited to {@code [low, high]}. */
	public static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
		if (value.compareTo(low) < 0) {
			return low;
		}
		if (value.compareTo(high) > 0) {
			return high;
		}
		return value;
	}

	/**
	 * Removes trailing zeros without switching to an exponent (1.50 → 1.5, 100 → 100).
	 */
	public static BigDecimal normalize(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
