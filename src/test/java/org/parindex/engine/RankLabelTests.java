package org.parindex.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankLabelTests {

	@Test
	void padsToTheWidthOfTheUnitCountAsGiaLaiWrites() {
		assertThat(RankLabel.UNIT_COUNT_WIDTH.label(6, 17)).isEqualTo("06/17");
		assertThat(RankLabel.UNIT_COUNT_WIDTH.label(1, 126)).isEqualTo("001/126");
		assertThat(RankLabel.UNIT_COUNT_WIDTH.label(1, 7)).isEqualTo("1/7");
	}

	@Test
	void padsToTwoDigits() {
		assertThat(RankLabel.TWO_DIGITS.label(1, 7)).isEqualTo("01/7");
		assertThat(RankLabel.TWO_DIGITS.label(6, 126)).isEqualTo("06/126");
		assertThat(RankLabel.TWO_DIGITS.label(120, 126)).isEqualTo("120/126");
	}

	@Test
	void writesTheRankAsItIs() {
		assertThat(RankLabel.NONE.label(1, 126)).isEqualTo("1/126");
		assertThat(RankLabel.NONE.label(6, 17)).isEqualTo("6/17");
	}

}
