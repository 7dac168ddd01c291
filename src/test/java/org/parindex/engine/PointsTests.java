package org.parindex.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.engine.TestTrees.d;

class PointsTests {

	@Test
	void displayRoundsHalfUpToTwoPlaces() {
		assertThat(Points.display(d("75.262"))).isEqualTo(d("75.26"));
		assertThat(Points.display(d("75.265"))).isEqualTo(d("75.27"));
		assertThat(Points.display(d("75.2649999"))).isEqualTo(d("75.26"));
		assertThat(Points.display(d("0.125"))).isEqualTo(d("0.13"));
	}

	@Test
	void displayRoundsNegativeValuesAwayFromZeroAtHalf() {
		assertThat(Points.display(d("-1.005"))).isEqualTo(d("-1.01"));
	}

	@Test
	void displayPadsToTwoPlaces() {
		assertThat(Points.display(d("80"))).isEqualTo(d("80.00"));
		assertThat(Points.display(d("80")).toPlainString()).isEqualTo("80.00");
	}

	@Test
	void percentOfZeroWholeIsZero() {
		assertThat(Points.percent(d("5"), d("0"))).isEqualByComparingTo("0");
	}

	@Test
	void percentIsPartOverWholeTimesHundred() {
		assertThat(Points.percent(d("75.262"), d("100"))).isEqualByComparingTo("75.262");
		assertThat(Points.percent(d("1"), d("8"))).isEqualByComparingTo("12.5");
	}

	@Test
	void quotientsHaveTenPlacesRoundedHalfEven() {
		assertThat(Points.divide(d("2"), d("3"))).isEqualTo(d("0.6666666667"));
		assertThat(Points.divide(d("1"), d("8"))).isEqualTo(d("0.1250000000"));
		assertThat(Points.divide(d("5"), d("1e11"))).isEqualTo(d("0.0000000000"));
		assertThat(Points.divide(d("15"), d("1e11"))).isEqualTo(d("0.0000000002"));
	}

	@Test
	void clampLimitsToTheRange() {
		assertThat(Points.clamp(d("-1"), d("0"), d("2"))).isEqualByComparingTo("0");
		assertThat(Points.clamp(d("3"), d("0"), d("2"))).isEqualByComparingTo("2");
		assertThat(Points.clamp(d("1.5"), d("0"), d("2"))).isEqualByComparingTo("1.5");
	}

	@Test
	void normalizeDropsTrailingZerosWithoutExponent() {
		assertThat(Points.normalize(d("1.50")).toString()).isEqualTo("1.5");
		assertThat(Points.normalize(d("100")).toString()).isEqualTo("100");
		assertThat(Points.normalize(d("100.00")).toString()).isEqualTo("100");
		assertThat(Points.normalize(d("0.000")).toString()).isEqualTo("0");
	}

}
