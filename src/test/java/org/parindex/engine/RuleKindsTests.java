package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.engine.TestTrees.d;
import static org.parindex.engine.TestTrees.values;

/**
 * The rules real index sets use beyond the first six: a deduction per violation from a
 * full leaf ("Trừ 0,5 điểm cho mỗi lần vi phạm") and bands over a ratio of two counts
 * ("đạt 100 %: 1 điểm; từ 80 % đến dưới 100 %: 0,5 điểm"), and the engine's guard that no
 * rule gives less than zero or more than the leaf's maximum.
 */
class RuleKindsTests {

	private static final String LEAF = "1.1";

	private static Evaluation evaluate(Rule rule, String max, String... nameAndValue) {
		return rule.evaluate(LEAF, d(max), values(nameAndValue));
	}

	@Test
	void deductionPerViolationTakesPointsFromAFullLeaf() {
		Rule rule = new Rule.Deduct(d("0.5"));

		assertThat(evaluate(rule, "2", "violations", "0").points()).isEqualByComparingTo("2");
		assertThat(evaluate(rule, "2", "violations", "1").points()).isEqualByComparingTo("1.5");
		assertThat(evaluate(rule, "2", "violations", "3").points()).isEqualByComparingTo("0.5");
	}

	@Test
	void deductionPerViolationStopsAtZero() {
		Rule rule = new Rule.Deduct(d("0.5"));

		assertThat(evaluate(rule, "2", "violations", "4").points()).isEqualByComparingTo("0");
		assertThat(evaluate(rule, "2", "violations", "9").points()).isEqualByComparingTo("0");
	}

	@Test
	void deductionPerViolationCountsWholeViolations() {
		Evaluation evaluation = evaluate(new Rule.Deduct(d("0.5")), "2", "violations", "1.5");

		assertThat(evaluation.valid()).isFalse();
		assertThat(evaluation.problems()).extracting(Problem::kind).containsExactly(ProblemKind.INPUT_NOT_WHOLE);
	}

	@Test
	void ratiosCountWholeThingsOnly() {
		// issue 9: "1,7" tasks done of 2 planned is refused, naming the count
		Evaluation ratio = evaluate(new Rule.Ratio(d("1"), false), "1", "actual", "1.7", "base", "2");
		assertThat(ratio.valid()).isFalse();
		assertThat(ratio.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(ProblemKind.INPUT_NOT_WHOLE);
			assertThat(problem.args()).containsExactly("actual", d("1.7"));
		});
		Evaluation bands = evaluate(
				new Rule.RatioBands(List.of(new Rule.Band(d("0.8"), d("0.5")), new Rule.Band(d("1"), d("1"))), false),
				"1", "actual", "4", "base", "4.5");
		assertThat(bands.problems()).extracting(Problem::kind).containsExactly(ProblemKind.INPUT_NOT_WHOLE);
		// whole counts written with zeros after the point still count
		assertThat(evaluate(new Rule.Ratio(d("1"), false), "1", "actual", "1250.000", "base", "2500").points())
			.isEqualByComparingTo("0.5");
		assertThat(Rule.COUNT_INPUTS).containsExactlyInAnyOrder(Rule.Ratio.ACTUAL, Rule.Ratio.BASE, Rule.Count.COUNT,
				Rule.Deduct.COUNT);
	}

	@Test
	void deductionPerViolationNeedsAPositiveDeduction() {
		assertThat(new Rule.Deduct(d("0")).checkDefinition(LEAF, d("2"))).extracting(Problem::kind)
			.containsExactly(ProblemKind.POINTS_PER_ITEM_NOT_POSITIVE);
		assertThat(new Rule.Deduct(d("0.5")).checkDefinition(LEAF, d("2"))).isEmpty();
		assertThat(new Rule.Deduct(d("0.5")).inputNames()).containsExactly(Rule.Deduct.COUNT);
		assertThat(new Rule.Deduct(d("0.5")).type()).isEqualTo(RuleType.DEDUCT);
	}

	@Test
	void aNegativeCountPerItemNeverScoresBelowZero() {
		// count per-item=-0,5 on a 2-point leaf scored −1,50 before the engine's guard
		Evaluation evaluation = evaluate(new Rule.Count(d("-0.5")), "2", "violations", "3");

		assertThat(evaluation.points()).isEqualByComparingTo("0");
	}

	@Test
	void aBandAboveTheMaximumNeverScoresAboveIt() {
		Rule rule = new Rule.Bands(List.of(new Rule.Band(d("0"), d("0")), new Rule.Band(d("1"), d("5"))));

		assertThat(evaluate(rule, "2", "value", "3").points()).isEqualByComparingTo("2");
	}

	@Test
	void ratioBandsReadTheShareOfActualInBase() {
		Rule rule = new Rule.RatioBands(List.of(new Rule.Band(d("0.8"), d("0.5")), new Rule.Band(d("1"), d("1"))),
				true);

		assertThat(evaluate(rule, "1", "actual", "100", "base", "100").points()).isEqualByComparingTo("1");
		assertThat(evaluate(rule, "1", "actual", "80", "base", "100").points()).isEqualByComparingTo("0.5");
		assertThat(evaluate(rule, "1", "actual", "99", "base", "100").points()).isEqualByComparingTo("0.5");
		assertThat(evaluate(rule, "1", "actual", "79", "base", "100").points()).isEqualByComparingTo("0");
		// 1.250 of 1.563 is 79,97 %: below the 80 % band, never rounded up into it
		assertThat(evaluate(rule, "1", "actual", "1250", "base", "1563").points()).isEqualByComparingTo("0");
		assertThat(rule.inputNames()).containsExactly(Rule.RatioBands.ACTUAL, Rule.RatioBands.BASE);
		assertThat(rule.type()).isEqualTo(RuleType.RATIO_BANDS);
	}

	@Test
	void ratioBandsWithNothingToCountTakeTheirBaseZeroChoice() {
		List<Rule.Band> bands = List.of(new Rule.Band(d("0.8"), d("0.5")), new Rule.Band(d("1"), d("1")));

		assertThat(evaluate(new Rule.RatioBands(bands, true), "1", "actual", "0", "base", "0").points())
			.as("nothing to count counts as 100 %")
			.isEqualByComparingTo("1");
		assertThat(evaluate(new Rule.RatioBands(bands, false), "1", "actual", "0", "base", "0").points())
			.isEqualByComparingTo("0");
	}

	@Test
	void ratioBandsAreCheckedLikeBands() {
		Rule descending = new Rule.RatioBands(List.of(new Rule.Band(d("1"), d("1")), new Rule.Band(d("0.8"), d("0.5"))),
				true);

		assertThat(descending.checkDefinition(LEAF, d("1"))).extracting(Problem::kind)
			.containsExactly(ProblemKind.BANDS_NOT_ASCENDING);
		assertThat(new Rule.RatioBands(List.of(), true).checkDefinition(LEAF, d("1"))).extracting(Problem::kind)
			.containsExactly(ProblemKind.BANDS_EMPTY);
		assertThat(evaluate(descending, "1", "actual", "-1", "base", "4").problems()).extracting(Problem::kind)
			.containsExactly(ProblemKind.INPUT_NEGATIVE);
	}

	@Test
	void ratioBandsWithoutBaseNeedBothCounts() {
		Rule rule = new Rule.RatioBands(List.of(new Rule.Band(d("1"), d("1"))), true);

		assertThat(rule.evaluate(LEAF, d("1"), Map.of("actual", BigDecimal.ONE)).problems()).extracting(Problem::kind)
			.containsExactly(ProblemKind.INPUT_MISSING);
	}

}
