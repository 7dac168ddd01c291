package org.parindex.survey;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SampleSizeTests {

	@Test
	void roundsYamanesFormulaUp() {
		// 1000 / (1 + 1000 × 0,05²) = 285,71...
		assertThat(SampleSize.exact(1000, new BigDecimal("5"))).isEqualByComparingTo("285.7142857142857");
		assertThat(SampleSize.respondents(1000, new BigDecimal("5"))).isEqualTo(286);
		// 400 / (1 + 400 × 0,0025) = 200 exactly: not rounded up further
		assertThat(SampleSize.respondents(400, new BigDecimal("5"))).isEqualTo(200);
		assertThat(SampleSize.respondents(100_000, new BigDecimal("3"))).isEqualTo(1099);
		assertThat(SampleSize.respondents(1, new BigDecimal("5"))).isEqualTo(1);
		// the pages' worked example: 12.000 / 31 = 387,10, a sample of 387 would fall
		// short
		assertThat(SampleSize.respondents(12_000, new BigDecimal("5"))).isEqualTo(388);
	}

	@Test
	void refusesPopulationsAndMarginsOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> SampleSize.respondents(0, BigDecimal.ONE));
		assertThatIllegalArgumentException().isThrownBy(() -> SampleSize.respondents(10, BigDecimal.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> SampleSize.respondents(10, new BigDecimal("100")));
	}

}
