package org.parindex.contest.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's population as the committee types it (issue 11 walk findings: "12,5" was read
 * as 125): read by the shared parser, decimals refused, a lone separator before three
 * digits refused as ambiguous.
 */
class PopulationInputTests {

	@Test
	void wholeNumbersAreReadAsTyped() {
		assertThat(ContestResultController.population("12500")).contains(12500);
		assertThat(ContestResultController.population("12 500")).contains(12500);
		assertThat(ContestResultController.population("1.234.567")).contains(1_234_567);
		assertThat(ContestResultController.population("1,234,567")).contains(1_234_567);
		assertThat(ContestResultController.population("100.000.000")).contains(100_000_000);
	}

	@Test
	void decimalsAndOutOfRangeValuesAreRefused() {
		assertThat(ContestResultController.population("12,5")).isEmpty();
		assertThat(ContestResultController.population("12.5")).isEmpty();
		assertThat(ContestResultController.population("0")).isEmpty();
		assertThat(ContestResultController.population("-5")).isEmpty();
		assertThat(ContestResultController.population("100.000.001")).isEmpty();
		assertThat(ContestResultController.population("1e5")).isEmpty();
		assertThat(ContestResultController.population("nhiều")).isEmpty();
	}

	@Test
	void aLoneSeparatorBeforeThreeDigitsIsAmbiguous() {
		assertThat(ContestResultController.ambiguous("4.000")).isTrue();
		assertThat(ContestResultController.ambiguous("12,500")).isTrue();
		assertThat(ContestResultController.ambiguous("12,5")).isFalse();
		assertThat(ContestResultController.ambiguous("1.234.567")).isFalse();
		assertThat(ContestResultController.ambiguous("4000")).isFalse();
	}

}
