package org.parindex.survey;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The sample size helper of the survey (DESIGN.md §4 "Survey", Yamane's formula as used
 * by the PAR Index methodology): for a population of {@code N} people and a margin of
 * error {@code e}, {@code n = N / (1 + N·e²)}, rounded up to a whole respondent. With the
 * usual margin of 5 % a population of 1.000 needs 286 respondents.
 */
public final class SampleSize {

	/** The margin of error used when none is given, in %. */
	public static final BigDecimal DEFAULT_MARGIN_PERCENT = new BigDecimal("5");

	/** The largest population accepted (people). */
	public static final int MAX_POPULATION = 100_000_000;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private SampleSize() {
	}

	/**
	 * The exact value of {@code N / (1 + N·e²)}, before rounding up.
	 * @param population the population {@code N}, 1 to {@value #MAX_POPULATION}
	 * @param marginPercent the margin of error {@code e} in % (5 for 5 %), above 0 and
	 * below 100
	 * @throws IllegalArgumentException outside those ranges
	 */
	public static BigDecimal exact(int population, BigDecimal marginPercent) {
		if (population < 1 || population > MAX_POPULATION) {
			throw new IllegalArgumentException("population must be 1 to " + MAX_POPULATION + ", not " + population);
		}
		if (marginPercent.signum() <= 0 || marginPercent.compareTo(HUNDRED) >= 0) {
			throw new IllegalArgumentException("margin must be above 0 and below 100 %, not " + marginPercent);
		}
		BigDecimal n = BigDecimal.valueOf(population);
		BigDecimal e = marginPercent.divide(HUNDRED);
		return n.divide(BigDecimal.ONE.add(n.multiply(e).multiply(e)), MathContext.DECIMAL64);
	}

	/**
	 * The respondents sought: {@link #exact} rounded up, never more than the population.
	 * @throws IllegalArgumentException as {@link #exact}
	 */
	public static int respondents(int population, BigDecimal marginPercent) {
		int rounded = exact(population, marginPercent).setScale(0, RoundingMode.CEILING).intValueExact();
		return Math.min(rounded, population);
	}

}
