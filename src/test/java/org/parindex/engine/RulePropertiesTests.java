package org.parindex.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/** Monotonicity of the leaf rules and the display rounding. */
class RulePropertiesTests {

	@Property
	void ratioPointsNeverFallAsActualRises(@ForAll("fullAts") BigDecimal fullAt, @ForAll boolean fullWhenBaseZero,
			@ForAll @IntRange(min = 0, max = 300) int base, @ForAll @IntRange(min = 0, max = 400) int actual,
			@ForAll @IntRange(min = 0, max = 50) int more, @ForAll("maxima") BigDecimal max) {
		Rule rule = new Rule.Ratio(fullAt, fullWhenBaseZero);

		BigDecimal lower = rule.points(max, ratioInputs(actual, base));
		BigDecimal higher = rule.points(max, ratioInputs(actual + more, base));

		assertThat(higher).isGreaterThanOrEqualTo(lower);
		assertThat(higher).isBetween(BigDecimal.ZERO, max);
	}

	@Property
	void countPointsNeverFallAsCountRises(@ForAll @BigRange(min = "0.01", max = "3") @Scale(2) BigDecimal pointsPerItem,
			@ForAll @IntRange(min = 0, max = 50) int count, @ForAll @IntRange(min = 0, max = 20) int more,
			@ForAll("maxima") BigDecimal max) {
		Rule rule = new Rule.Count(pointsPerItem);

		BigDecimal lower = rule.points(max, Map.of(Rule.Count.COUNT, BigDecimal.valueOf(count)));
		BigDecimal higher = rule.points(max, Map.of(Rule.Count.COUNT, BigDecimal.valueOf(count + more)));

		assertThat(higher).isGreaterThanOrEqualTo(lower);
		assertThat(higher).isBetween(BigDecimal.ZERO, max);
	}

	@Property
	void bandsPointsNeverFallAsValueRisesWhenPointsAscend(@ForAll("ascendingBands") Rule.Bands rule,
			@ForAll @BigRange(min = "0", max = "120") @Scale(1) BigDecimal value,
			@ForAll @BigRange(min = "0", max = "50") @Scale(1) BigDecimal more) {
		BigDecimal max = new BigDecimal("10");

		BigDecimal lower = rule.points(max, Map.of(Rule.Bands.VALUE, value));
		BigDecimal higher = rule.points(max, Map.of(Rule.Bands.VALUE, value.add(more)));

		assertThat(higher).isGreaterThanOrEqualTo(lower);
	}

	@Property
	void surveyPointsNeverFallAsMeanRises(@ForAll @BigRange(min = "0", max = "1") @Scale(4) BigDecimal mean,
			@ForAll @BigRange(min = "0", max = "1") @Scale(4) BigDecimal more, @ForAll("maxima") BigDecimal max) {
		Rule rule = new Rule.Survey();
		BigDecimal higherMean = mean.add(more).min(BigDecimal.ONE);

		assertThat(rule.points(max, Map.of(Rule.Survey.MEAN, higherMean)))
			.isGreaterThanOrEqualTo(rule.points(max, Map.of(Rule.Survey.MEAN, mean)));
	}

	@Property
	void displayRoundsHalfUpToTwoPlaces(@ForAll @BigRange(min = "-1000", max = "1000") @Scale(3) BigDecimal value) {
		BigDecimal displayed = Points.display(value);

		// independently: shift two places, add a half, take the floor, on the magnitude
		BigDecimal magnitude = value.abs()
			.movePointRight(2)
			.add(new BigDecimal("0.5"))
			.setScale(0, RoundingMode.FLOOR)
			.movePointLeft(2);
		BigDecimal expected = (value.signum() < 0) ? magnitude.negate() : magnitude;
		assertThat(displayed.scale()).isEqualTo(2);
		assertThat(displayed).isEqualByComparingTo(expected);
		assertThat(displayed.subtract(value).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
	}

	private static Map<String, BigDecimal> ratioInputs(int actual, int base) {
		return Map.of(Rule.Ratio.ACTUAL, BigDecimal.valueOf(actual), Rule.Ratio.BASE, BigDecimal.valueOf(base));
	}

	@Provide
	Arbitrary<BigDecimal> fullAts() {
		return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("1.5")).ofScale(2);
	}

	@Provide
	Arbitrary<BigDecimal> maxima() {
		return Arbitraries.bigDecimals().between(new BigDecimal("0.25"), new BigDecimal("10")).ofScale(2);
	}

	@Provide
	Arbitrary<Rule.Bands> ascendingBands() {
		return Arbitraries.integers()
			.between(0, 100)
			.set()
			.ofMinSize(1)
			.ofMaxSize(5)
			.flatMap(thresholds -> Arbitraries.bigDecimals()
				.between(BigDecimal.ZERO, new BigDecimal("10"))
				.ofScale(2)
				.list()
				.ofSize(thresholds.size())
				.map(points -> {
					List<Integer> from = thresholds.stream().sorted().toList();
					List<BigDecimal> ascending = points.stream().sorted().toList();
					List<Rule.Band> bands = new ArrayList<>();
					for (int i = 0; i < from.size(); i++) {
						bands.add(new Rule.Band(BigDecimal.valueOf(from.get(i)), ascending.get(i)));
					}
					return new Rule.Bands(bands);
				}));
	}

}
