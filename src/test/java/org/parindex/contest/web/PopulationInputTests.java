package org.parindex.contest.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's population as the committee types it (issue 11 walk findings: "12,5" was read
 * as 125): read as every count is (docs/scoring.md, one reading of "1.000"), the point
 * grouping thousands, a comma or a decimal refused.
 */
class PopulationInputTests {

	@Test
	void wholeNumbersAreReadAsTyped() {
		assertThat(ContestResultController.population("12500")).contains(12500);
		assertThat(ContestResultController.population("12 500")).contains(12500);
		assertThat(ContestResultController.population("1.234.567")).contains(1_234_567);
		assertThat(ContestResultController.population("100.000.000")).contains(100_000_000);
		// more than one group can only be grouping, whichever the separator
		assertThat(ContestResultController.population("1,234,567")).contains(1_234_567);
	}

	@Test
	void aLonePointBeforeThreeDigitsGroupsThousandsAsInEveryCount() {
		// walk of issue 9 (02/12): "12.500" was refused as ambiguous here while every
		// other count read it as twelve thousand five hundred
		assertThat(ContestResultController.population("12.500")).contains(12500);
		assertThat(ContestResultController.population("4.000")).contains(4000);
	}

	@Test
	void decimalsCommasAndOutOfRangeValuesAreRefused() {
		assertThat(ContestResultController.population("12,5")).isEmpty();
		assertThat(ContestResultController.population("12.5")).isEmpty();
		assertThat(ContestResultController.population("12,500")).isEmpty();
		assertThat(ContestResultController.population("0")).isEmpty();
		assertThat(ContestResultController.population("-5")).isEmpty();
		assertThat(ContestResultController.population("100.000.001")).isEmpty();
		assertThat(ContestResultController.population("1e5")).isEmpty();
		assertThat(ContestResultController.population("nhiều")).isEmpty();
	}

}
