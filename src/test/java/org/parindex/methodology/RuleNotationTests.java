package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RuleNotationTests {

	@Test
	void readsEveryRule() {
		assertThat(RuleNotation.parse("manual")).isEqualTo(new Rule.Manual(BigDecimal.ZERO));
		assertThat(RuleNotation.parse("manual step=0.25")).isEqualTo(new Rule.Manual(new BigDecimal("0.25")));
		assertThat(RuleNotation.parse("yes-no")).isEqualTo(new Rule.YesNo());
		assertThat(RuleNotation.parse("ratio")).isEqualTo(new Rule.Ratio(BigDecimal.ONE, true));
		assertThat(RuleNotation.parse("ratio full-at=0.5 base-zero=none"))
			.isEqualTo(new Rule.Ratio(new BigDecimal("0.5"), false));
		assertThat(RuleNotation.parse("bands 0:0 1:1 2:1.5"))
			.isEqualTo(new Rule.Bands(List.of(band("0", "0"), band("1", "1"), band("2", "1.5"))));
		assertThat(RuleNotation.parse("count per-item=0.25")).isEqualTo(new Rule.Count(new BigDecimal("0.25")));
		assertThat(RuleNotation.parse("survey")).isEqualTo(new Rule.Survey());
	}

	@Test
	void acceptsADecimalCommaAndExtraSpaces() {
		assertThat(RuleNotation.parse("  manual   step=0,25 ")).isEqualTo(new Rule.Manual(new BigDecimal("0.25")));
		assertThat(RuleNotation.parse("bands 0:1,5 1:1"))
			.isEqualTo(new Rule.Bands(List.of(band("0", "1.5"), band("1", "1"))));
	}

	@Test
	void writesWhatItReads() {
		for (String text : List.of("manual", "manual step=0.25", "yes-no", "ratio", "ratio full-at=0.3",
				"ratio base-zero=none", "bands 0:1.5 1:1 2:0.5 3:0", "count per-item=0.25", "survey")) {
			assertThat(RuleNotation.format(RuleNotation.parse(text))).isEqualTo(text);
		}
	}

	@Test
	void refusesWhatItCannotRead() {
		assertThatExceptionOfType(RuleNotationException.class).isThrownBy(() -> RuleNotation.parse("formula x"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("methodology.rule.unexpected"));
		assertThatExceptionOfType(RuleNotationException.class).isThrownBy(() -> RuleNotation.parse("formula"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("methodology.rule.unknown-type"));
		assertThatExceptionOfType(RuleNotationException.class).isThrownBy(() -> RuleNotation.parse("ratio cap=2"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("methodology.rule.unknown-parameter"));
		assertThatExceptionOfType(RuleNotationException.class).isThrownBy(() -> RuleNotation.parse("count"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("methodology.rule.missing-parameter"));
		assertThatExceptionOfType(RuleNotationException.class).isThrownBy(() -> RuleNotation.parse("manual step=abc"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("methodology.rule.bad-number"));
		assertThatExceptionOfType(RuleNotationException.class)
			.isThrownBy(() -> RuleNotation.parse("ratio base-zero=maybe"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("methodology.rule.bad-value"));
	}

	@Test
	void readsADeductionPerViolation() {
		assertThat(RuleNotation.parse("deduct per-item=0,5")).isEqualTo(new Rule.Deduct(new BigDecimal("0.5")));
		assertThat(RuleNotation.format(new Rule.Deduct(new BigDecimal("0.50")))).isEqualTo("deduct per-item=0.5");
	}

	@Test
	void readsBandsOverARatioWithSharesOrPercentages() {
		Rule expected = new Rule.RatioBands(List.of(band("0.8", "0.5"), band("1", "1")), true);

		assertThat(RuleNotation.parse("bands ratio 0.8:0.5 1:1")).isEqualTo(expected);
		assertThat(RuleNotation.parse("bands ratio 0,8:0,5 1:1")).isEqualTo(expected);
		assertThat(RuleNotation.parse("bands ratio 80%:0,5 100%:1")).isEqualTo(expected);
		assertThat(RuleNotation.parse("bands ratio 0.8:0.5 1:1 base-zero=none"))
			.isEqualTo(new Rule.RatioBands(List.of(band("0.8", "0.5"), band("1", "1")), false));
		for (String text : List.of("bands ratio 0.8:0.5 1:1", "bands ratio 0.5:0.25 0.8:0.5 1:1 base-zero=none")) {
			assertThat(RuleNotation.format(RuleNotation.parse(text))).isEqualTo(text);
		}
	}

	@Test
	void readsANegativeCountPerItemAsTheDeductionItMeansAndRefusesOtherNegativeNumbers() {
		assertThat(RuleNotation.parse("count per-item=-0,5")).isEqualTo(new Rule.Deduct(new BigDecimal("0.5")));
		assertThat(RuleNotation.format(RuleNotation.parse("count per-item=-0,5"))).isEqualTo("deduct per-item=0.5");
		for (String text : List.of("deduct per-item=-0.5", "manual step=-0.25", "ratio full-at=-1", "bands 0:-1 1:1",
				"bands ratio -0.5:0 1:1")) {
			assertThatExceptionOfType(RuleNotationException.class).as(text)
				.isThrownBy(() -> RuleNotation.parse(text))
				.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("methodology.rule.negative"));
		}
	}

	@Test
	void aRatioOfBandsAppliesOnlyToBands() {
		assertThatExceptionOfType(RuleNotationException.class)
			.isThrownBy(() -> RuleNotation.parse("count ratio per-item=1"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("methodology.rule.unexpected"));
		assertThatExceptionOfType(RuleNotationException.class)
			.isThrownBy(() -> RuleNotation.parse("bands 0:0 1:1 base-zero=none"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("methodology.rule.unknown-parameter"));
	}

	private static Rule.Band band(String from, String points) {
		return new Rule.Band(new BigDecimal(from), new BigDecimal(points));
	}

}
