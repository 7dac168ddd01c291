package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.engine.TestTrees.area;
import static org.parindex.engine.TestTrees.count;
import static org.parindex.engine.TestTrees.criterion;
import static org.parindex.engine.TestTrees.criterionWith;
import static org.parindex.engine.TestTrees.d;
import static org.parindex.engine.TestTrees.find;
import static org.parindex.engine.TestTrees.manual;
import static org.parindex.engine.TestTrees.ratio;
import static org.parindex.engine.TestTrees.set;
import static org.parindex.engine.TestTrees.sub;
import static org.parindex.engine.TestTrees.surveyCriterion;
import static org.parindex.engine.TestTrees.surveySub;
import static org.parindex.engine.TestTrees.unit;
import static org.parindex.engine.TestTrees.yesNo;

class ScorerTests {

	/**
	 * A small district-shaped set: appraisal 64 in area 1, survey 30 in area 2, bonus cap
	 * 6, deduction cap 8, total maximum 100.
	 */
	private static IndexSet district() {
		return set(
				area("1", criterion("1.1", "40", manual("0")),
						criterionWith("1.2", sub("1.2.1", "14", manual("0")), sub("1.2.2", "10", manual("0")))),
				area("2", surveyCriterion("2.1", "30")))
			.classes("0", "D", "50", "C", "65", "B", "80", "A")
			.build();
	}

	/** One manual leaf of maximum 94, so that with the bonus cap the total max is 100. */
	private static IndexSet oneLeafOfHundred() {
		return set(area("1", criterion("1.1", "94", manual("0")))).classes("50", "C", "65", "B", "80", "A").build();
	}

	@Test
	void reproducesTheSeedArithmeticRoundingOnlyTheTotal() {
		UnitInputs inputs = unit("huyen-a").enter("1.1", "score", "30.326")
			.enter("1.2.1", "score", "10")
			.enter("1.2.2", "score", "7")
			.enter("2.1", "mean", "0.9312")
			.bonus("1")
			.deductions("1")
			.build();

		UnitResult result = Scorer.score(district(), inputs);

		assertThat(result.component(Component.APPRAISAL)).isEqualByComparingTo("47.326");
		assertThat(result.component(Component.SURVEY)).isEqualByComparingTo("27.936");
		assertThat(result.bonus().applied()).isEqualByComparingTo("1");
		assertThat(result.deduction().applied()).isEqualByComparingTo("1");
		assertThat(result.total()).isEqualByComparingTo("75.262");
		assertThat(Points.display(result.total())).isEqualTo(d("75.26"));
		BigDecimal sumOfDisplayedParts = Points.display(result.component(Component.APPRAISAL))
			.add(Points.display(result.component(Component.SURVEY)))
			.add(result.bonus().applied())
			.subtract(result.deduction().applied());
		assertThat(sumOfDisplayedParts).isEqualByComparingTo("75.27");
		assertThat(result.totalMax()).isEqualByComparingTo("100");
		assertThat(result.classification()).contains("B");
	}

	@Test
	void leafWithoutEntryIsNotEnteredAndScoresNothing() {
		UnitResult result = Scorer.score(district(), unit("u").enter("1.1", "score", "40").build());

		NodeResult missing = find(result, "1.2.1");
		assertThat(missing.status()).isEqualTo(LeafStatus.NOT_ENTERED);
		assertThat(missing.points()).isEqualByComparingTo("0");
		assertThat(missing.problems()).isEmpty();
		assertThat(find(result, "1.1").status()).isEqualTo(LeafStatus.COMPUTED);
	}

	@Test
	void leafWithInvalidInputsIsInvalidScoresNothingAndSaysWhy() {
		IndexSet set = set(area("1", criterion("1.1", "2", ratio("1", false)))).build();

		UnitResult result = Scorer.score(set, unit("u").enter("1.1", "actual", "5").build());

		NodeResult leaf = find(result, "1.1");
		assertThat(leaf.status()).isEqualTo(LeafStatus.INVALID);
		assertThat(leaf.points()).isEqualByComparingTo("0");
		assertThat(leaf.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("1.1");
			assertThat(problem.kind()).isEqualTo(ProblemKind.INPUT_MISSING);
		});
	}

	@Test
	void leafWithRuleLimitBrokenIsInvalid() {
		IndexSet set = set(area("1", criterion("1.1", "2", manual("0.5")))).build();

		NodeResult leaf = find(Scorer.score(set, unit("u").enter("1.1", "score", "3").build()), "1.1");

		assertThat(leaf.status()).isEqualTo(LeafStatus.INVALID);
		assertThat(leaf.points()).isEqualByComparingTo("0");
		assertThat(leaf.problems()).extracting(Problem::kind).containsExactly(ProblemKind.SCORE_ABOVE_MAXIMUM);
	}

	@Test
	void overrideWinsOverRule() {
		IndexSet set = set(area("1", criterion("1.1", "2", ratio("1", false)))).build();
		UnitInputs inputs = unit("u").enter("1.1", "actual", "10", "base", "10")
			.override("1.1", "0.5", "Hồ sơ không khớp số liệu")
			.build();

		NodeResult leaf = find(Scorer.score(set, inputs), "1.1");

		assertThat(leaf.status()).isEqualTo(LeafStatus.OVERRIDDEN);
		assertThat(leaf.points()).isEqualByComparingTo("0.5");
		assertThat(leaf.problems()).isEmpty();
	}

	@Test
	void overrideReplacesInputsThatBreakTheRule() {
		IndexSet set = set(area("1", criterion("1.1", "2", manual("0.5")))).build();
		UnitInputs inputs = unit("u").enter("1.1", "score", "7").override("1.1", "1", "corrected by appraiser").build();

		NodeResult leaf = find(Scorer.score(set, inputs), "1.1");

		assertThat(leaf.status()).isEqualTo(LeafStatus.OVERRIDDEN);
		assertThat(leaf.points()).isEqualByComparingTo("1");
	}

	@Test
	void overrideMayGiveZeroOrTheMaximum() {
		IndexSet set = set(area("1", criterion("1.1", "2", yesNo()), criterion("1.2", "2", yesNo()))).build();
		UnitInputs inputs = unit("u").override("1.1", "0", "no evidence")
			.override("1.2", "2", "evidence found")
			.build();

		UnitResult result = Scorer.score(set, inputs);

		assertThat(find(result, "1.1").points()).isEqualByComparingTo("0");
		assertThat(find(result, "1.2").points()).isEqualByComparingTo("2");
		assertThat(result.leaves()).extracting(NodeResult::status).containsOnly(LeafStatus.OVERRIDDEN);
	}

	@Test
	void overrideAboveMaximumIsInvalid() {
		Leaf leaf = criterion("1.1", "2", yesNo());
		IndexSet set = set(area("1", leaf)).build();
		UnitInputs inputs = unit("u").override("1.1", "2.5", "generous").build();

		NodeResult result = find(Scorer.score(set, inputs), "1.1");

		assertThat(result.status()).isEqualTo(LeafStatus.INVALID);
		assertThat(result.points()).isEqualByComparingTo("0");
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("1.1");
			assertThat(problem.kind()).isEqualTo(ProblemKind.OVERRIDE_OUT_OF_RANGE);
			assertThat(problem.args()).containsExactly(d("2.5"), d("2"));
		});
	}

	@Test
	void negativeOverrideIsInvalid() {
		Leaf leaf = criterion("1.1", "2", yesNo());
		LeafInputs entry = new LeafInputs(Map.of(), Optional.of(new ScoreOverride(d("-0.25"), "penalty")));

		assertThat(Scorer.checkEntry(leaf, entry)).extracting(Problem::kind)
			.containsExactly(ProblemKind.OVERRIDE_OUT_OF_RANGE);
	}

	@Test
	void overrideWithBlankReasonIsInvalid() {
		IndexSet set = set(area("1", criterion("1.1", "2", yesNo()))).build();

		NodeResult result = find(Scorer.score(set, unit("u").override("1.1", "1", "  \t").build()), "1.1");

		assertThat(result.status()).isEqualTo(LeafStatus.INVALID);
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("1.1");
			assertThat(problem.kind()).isEqualTo(ProblemKind.OVERRIDE_WITHOUT_REASON);
		});
	}

	@Test
	void overrideOutOfRangeAndWithoutReasonReportsBoth() {
		Leaf leaf = criterion("1.1", "2", yesNo());
		LeafInputs entry = new LeafInputs(Map.of(), Optional.of(new ScoreOverride(d("3"), "")));

		assertThat(Scorer.checkEntry(leaf, entry)).extracting(Problem::kind)
			.containsExactly(ProblemKind.OVERRIDE_OUT_OF_RANGE, ProblemKind.OVERRIDE_WITHOUT_REASON);
	}

	@Test
	void branchPointsAreTheSumOfTheirChildren() {
		IndexSet set = set(area("1", criterion("1.1", "1", yesNo()),
				criterionWith("1.2", sub("1.2.1", "1.5", manual("0.25")), sub("1.2.2", "2", count("0.5")))))
			.build();
		UnitInputs inputs = unit("u").enter("1.1", "met", "1")
			.enter("1.2.1", "score", "0.75")
			.enter("1.2.2", "count", "3")
			.build();

		UnitResult result = Scorer.score(set, inputs);

		assertThat(find(result, "1.2").points()).isEqualByComparingTo("2.25");
		assertThat(find(result, "1.2").status()).isEqualTo(LeafStatus.COMPUTED);
		assertThat(find(result, "1").points()).isEqualByComparingTo("3.25");
		assertThat(result.areas()).extracting(NodeResult::code).containsExactly("1");
	}

	@Test
	void componentTotalsSumTheirLeavesAcrossAreas() {
		IndexSet set = set(area("1", criterion("1.1", "2", manual("0")), surveyCriterion("1.2", "3")),
				area("2", criterionWith("2.1", sub("2.1.1", "1", yesNo()), surveySub("2.1.2", "2"))))
			.build();
		UnitInputs inputs = unit("u").enter("1.1", "score", "1.5")
			.enter("1.2", "mean", "0.5")
			.enter("2.1.1", "met", "1")
			.enter("2.1.2", "mean", "0.25")
			.build();

		UnitResult result = Scorer.score(set, inputs);

		assertThat(result.component(Component.APPRAISAL)).isEqualByComparingTo("2.5");
		assertThat(result.component(Component.SURVEY)).isEqualByComparingTo("2");
		assertThat(result.components()).containsOnlyKeys(Component.APPRAISAL, Component.SURVEY);
	}

	@Test
	void declaredComponentWithNothingEnteredIsZero() {
		UnitResult result = Scorer.score(district(), unit("u").enter("1.1", "score", "10").build());

		assertThat(result.components()).containsKey(Component.SURVEY);
		assertThat(result.component(Component.SURVEY)).isEqualByComparingTo("0");
		assertThat(result.total()).isEqualByComparingTo("10");
	}

	@Test
	void bonusAndDeductionCountUpToTheirCaps() {
		UnitInputs inputs = unit("u").enter("1.1", "score", "40").bonus("4", "3").deductions("5", "4.5").build();

		UnitResult result = Scorer.score(district(), inputs);

		assertThat(result.bonus().claimed()).isEqualByComparingTo("7");
		assertThat(result.bonus().cap()).isEqualByComparingTo("6");
		assertThat(result.bonus().applied()).isEqualByComparingTo("6");
		assertThat(result.deduction().claimed()).isEqualByComparingTo("9.5");
		assertThat(result.deduction().applied()).isEqualByComparingTo("8");
		assertThat(result.total()).isEqualByComparingTo("38");
	}

	@Test
	void bonusAndDeductionBelowTheirCapsCountInFull() {
		UnitInputs inputs = unit("u").enter("1.1", "score", "40").bonus("1.5", "0.25").deductions("0.5").build();

		UnitResult result = Scorer.score(district(), inputs);

		assertThat(result.bonus().applied()).isEqualByComparingTo("1.75");
		assertThat(result.deduction().applied()).isEqualByComparingTo("0.5");
		assertThat(result.total()).isEqualByComparingTo("41.25");
	}

	@Test
	void unitWithoutBonusOrDeductionHasNone() {
		UnitResult result = Scorer.score(district(), unit("u").enter("1.1", "score", "40").build());

		assertThat(result.bonus().applied()).isEqualByComparingTo("0");
		assertThat(result.deduction().applied()).isEqualByComparingTo("0");
	}

	@Test
	void totalIsAppraisalPlusSurveyPlusCappedBonusMinusCappedDeduction() {
		UnitInputs inputs = unit("u").enter("1.1", "score", "35")
			.enter("1.2.1", "score", "12.5")
			.enter("1.2.2", "score", "8")
			.enter("2.1", "mean", "0.8")
			.bonus("2")
			.deductions("3")
			.build();

		UnitResult result = Scorer.score(district(), inputs);

		assertThat(result.component(Component.APPRAISAL)).isEqualByComparingTo("55.5");
		assertThat(result.component(Component.SURVEY)).isEqualByComparingTo("24");
		assertThat(result.total()).isEqualByComparingTo("78.5");
	}

	@Test
	void totalMaxIsComponentMaximaPlusBonusCap() {
		IndexSet set = district();

		assertThat(set.totalMax()).isEqualByComparingTo("100");
		assertThat(set(area("1", criterion("1.1", "40", manual("0")))).bonusCap("4").build().totalMax())
			.isEqualByComparingTo("44");
	}

	@Test
	void indexPercentIsTotalOverTotalMax() {
		IndexSet set = set(area("1", criterion("1.1", "44", manual("0")))).bonusCap("6").build();

		UnitResult result = Scorer.score(set, unit("u").enter("1.1", "score", "20").bonus("5").build());

		assertThat(result.totalMax()).isEqualByComparingTo("50");
		assertThat(result.indexPercent()).isEqualByComparingTo("50");
	}

	@Test
	void indexPercentIsNotRounded() {
		IndexSet set = set(area("1", criterion("1.1", "3", manual("0")))).bonusCap("0").build();

		UnitResult result = Scorer.score(set, unit("u").enter("1.1", "score", "1").build());

		assertThat(result.indexPercent()).isEqualByComparingTo(Points.divide(d("100"), d("3")));
		assertThat(result.indexPercent().scale()).isGreaterThan(Points.DISPLAY_PLACES);
	}

	@Test
	void classificationIsTheHighestBandReached() {
		IndexSet set = oneLeafOfHundred();

		assertThat(Scorer.score(set, unit("u").enter("1.1", "score", "80").build()).classification()).contains("A");
		assertThat(Scorer.score(set, unit("u").enter("1.1", "score", "79").build()).classification()).contains("B");
		assertThat(Scorer.score(set, unit("u").enter("1.1", "score", "65").build()).classification()).contains("B");
		assertThat(Scorer.score(set, unit("u").enter("1.1", "score", "50").build()).classification()).contains("C");
	}

	@Test
	void classificationIsEmptyBelowTheLowestBand() {
		UnitResult result = Scorer.score(oneLeafOfHundred(), unit("u").enter("1.1", "score", "49.99").build());

		assertThat(result.classification()).isEmpty();
	}

	@Test
	void classificationComparesIndexAtTwoPlaces() {
		IndexSet set = oneLeafOfHundred();

		assertThat(Scorer.score(set, unit("u").enter("1.1", "score", "79.996").build()).classification())
			.as("79.996 %% is published as 80.00 %%")
			.contains("A");
		assertThat(Scorer.score(set, unit("u").enter("1.1", "score", "79.995").build()).classification()).contains("A");
		assertThat(Scorer.score(set, unit("u").enter("1.1", "score", "79.994").build()).classification()).contains("B");
	}

	@Test
	void classificationComparesAtTheTieRulesPlaces() {
		IndexSet set = set(area("1", criterion("1.1", "94", manual("0")))).classes("65", "B", "80", "A")
			.tieRule(new TieRule(3))
			.build();

		assertThat(Scorer.score(set, unit("u").enter("1.1", "score", "79.996").build()).classification()).contains("B");
	}

	@Test
	void scoreAllScoresEveryUnitInTheOrderGiven() {
		List<UnitInputs> units = List.of(unit("b").enter("1.1", "score", "1").build(),
				unit("a").enter("1.1", "score", "2").build(), unit("c").build());

		List<UnitResult> results = Scorer.scoreAll(district(), units);

		assertThat(results).extracting(UnitResult::unitKey).containsExactly("b", "a", "c");
		assertThat(results).extracting(UnitResult::total)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("1"), d("2"), d("0"));
	}

	@Test
	void entriesForUnknownLeavesAreIgnored() {
		UnitResult result = Scorer.score(district(), unit("u").enter("9.9", "score", "10").build());

		assertThat(result.total()).isEqualByComparingTo("0");
		assertThat(result.leaves()).extracting(NodeResult::status).containsOnly(LeafStatus.NOT_ENTERED);
	}

	@Test
	void leavesAreListedInTreeOrder() {
		UnitResult result = Scorer.score(district(), unit("u").build());

		assertThat(result.leaves()).extracting(NodeResult::code).containsExactly("1.1", "1.2.1", "1.2.2", "2.1");
	}

}
