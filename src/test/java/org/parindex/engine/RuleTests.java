package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parindex.engine.TestTrees.bands;
import static org.parindex.engine.TestTrees.count;
import static org.parindex.engine.TestTrees.d;
import static org.parindex.engine.TestTrees.manual;
import static org.parindex.engine.TestTrees.ratio;
import static org.parindex.engine.TestTrees.survey;
import static org.parindex.engine.TestTrees.values;
import static org.parindex.engine.TestTrees.yesNo;

class RuleTests {

	private static final String LEAF = "1.2.3";

	private static BigDecimal points(Rule rule, String max, String... nameAndValue) {
		Map<String, BigDecimal> inputs = values(nameAndValue);
		assertThat(rule.checkInputs(LEAF, d(max), inputs)).as("inputs must be valid to compute points").isEmpty();
		return rule.points(d(max), inputs);
	}

	private static List<Problem> inputProblems(Rule rule, String max, String... nameAndValue) {
		return rule.checkInputs(LEAF, d(max), values(nameAndValue));
	}

	@Nested
	class Manual {

		@Test
		void manualGivesTheEnteredScore() {
			assertThat(points(manual("0.25"), "2", "score", "1.75")).isEqualByComparingTo("1.75");
		}

		@Test
		void manualAcceptsZeroAndTheMaximum() {
			assertThat(points(manual("0.25"), "2", "score", "0")).isEqualByComparingTo("0");
			assertThat(points(manual("0.25"), "2", "score", "2")).isEqualByComparingTo("2");
		}

		@Test
		void manualWithoutStepAcceptsAnyScoreUpToTheMaximum() {
			assertThat(points(manual("0"), "1", "score", "0.333")).isEqualByComparingTo("0.333");
		}

		@Test
		void manualReportsScoreAboveMaximum() {
			assertThat(inputProblems(manual("0.25"), "2", "score", "2.25")).singleElement().satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo(LEAF);
				assertThat(problem.kind()).isEqualTo(ProblemKind.SCORE_ABOVE_MAXIMUM);
				assertThat(problem.args()).containsExactly(d("2.25"), d("2"));
			});
		}

		@Test
		void manualReportsScoreNotOnStep() {
			assertThat(inputProblems(manual("0.25"), "2", "score", "0.3")).singleElement().satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo(LEAF);
				assertThat(problem.kind()).isEqualTo(ProblemKind.SCORE_NOT_ON_STEP);
				assertThat(problem.args()).containsExactly(d("0.3"), d("0.25"));
			});
		}

		@Test
		void manualAcceptsScoreOnStepWrittenWithOtherScale() {
			assertThat(inputProblems(manual("0.5"), "2", "score", "1.500")).isEmpty();
		}

	}

	@Nested
	class YesNo {

		@Test
		void yesNoGivesFullPointsWhenMet() {
			assertThat(points(yesNo(), "1.5", "met", "1")).isEqualByComparingTo("1.5");
		}

		@Test
		void yesNoGivesNothingWhenNotMet() {
			assertThat(points(yesNo(), "1.5", "met", "0")).isEqualByComparingTo("0");
		}

		@Test
		void yesNoAcceptsOneWrittenWithDecimals() {
			assertThat(points(yesNo(), "1.5", "met", "1.00")).isEqualByComparingTo("1.5");
		}

		@Test
		void yesNoRejectsValuesOtherThanZeroAndOne() {
			assertThat(inputProblems(yesNo(), "1", "met", "0.5")).singleElement().satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo(LEAF);
				assertThat(problem.kind()).isEqualTo(ProblemKind.YES_NO_NOT_BINARY);
			});
			assertThat(inputProblems(yesNo(), "1", "met", "2")).extracting(Problem::kind)
				.containsExactly(ProblemKind.YES_NO_NOT_BINARY);
		}

	}

	@Nested
	class Ratio {

		@Test
		void ratioGivesMaximumTimesActualOverBase() {
			assertThat(points(ratio("1", false), "2", "actual", "45", "base", "50")).isEqualByComparingTo("1.8");
		}

		@Test
		void ratioGivesFullPointsAtFullAtBelowOne() {
			// full points from 80 % of the base: 80 of 100 is full, 60 of 100 is 3/4
			assertThat(points(ratio("0.8", false), "2", "actual", "80", "base", "100")).isEqualByComparingTo("2");
			assertThat(points(ratio("0.8", false), "2", "actual", "60", "base", "100")).isEqualByComparingTo("1.5");
		}

		@Test
		void ratioClampsAboveFullAt() {
			assertThat(points(ratio("1", false), "2", "actual", "120", "base", "100")).isEqualByComparingTo("2");
			assertThat(points(ratio("0.8", false), "2", "actual", "95", "base", "100")).isEqualByComparingTo("2");
		}

		@Test
		void anAchievedCountAboveItsTotalOrWithATotalOfZeroIsScoredButFlaggedForChecking() {
			Rule rule = ratio("1", true);
			assertThat(rule.warnings(LEAF, values("actual", "13", "base", "10")))
				.extracting(Problem::kind, Problem::args)
				.containsExactly(tuple(ProblemKind.RATIO_ACTUAL_ABOVE_BASE, List.of(d("13"), d("10"))));
			assertThat(points(rule, "2", "actual", "13", "base", "10")).isEqualByComparingTo("2");
			assertThat(rule.warnings(LEAF, values("actual", "7", "base", "0"))).extracting(Problem::kind)
				.containsExactly(ProblemKind.RATIO_BASE_ZERO);
			assertThat(rule.warnings(LEAF, values("actual", "10", "base", "10"))).isEmpty();
			assertThat(rule.warnings(LEAF, values("actual", "0", "base", "0"))).as("nothing to do, nothing done")
				.isEmpty();
			assertThat(rule.warnings(LEAF, values("actual", "3"))).as("a missing total is a refusal, not a warning")
				.isEmpty();
			assertThat(new Rule.RatioBands(List.of(), true).warnings(LEAF, values("actual", "2", "base", "1")))
				.extracting(Problem::kind)
				.containsExactly(ProblemKind.RATIO_ACTUAL_ABOVE_BASE);
			assertThat(yesNo().warnings(LEAF, values("met", "1"))).isEmpty();
		}

		@Test
		void ratioGivesNothingWhenNothingAchieved() {
			assertThat(points(ratio("1", true), "2", "actual", "0", "base", "100")).isEqualByComparingTo("0");
		}

		@Test
		void ratioWithBaseZeroGivesFullPointsWhenSoDefined() {
			assertThat(points(ratio("1", true), "2", "actual", "0", "base", "0")).isEqualByComparingTo("2");
		}

		@Test
		void ratioWithBaseZeroGivesNothingOtherwise() {
			assertThat(points(ratio("1", false), "2", "actual", "0", "base", "0")).isEqualByComparingTo("0");
		}

		@Test
		void ratioKeepsRepeatingQuotientsUnrounded() {
			BigDecimal points = points(ratio("1", false), "1", "actual", "1", "base", "3");
			assertThat(points).isEqualByComparingTo(Points.divide(BigDecimal.ONE, d("3")));
			assertThat(points.scale()).isGreaterThan(Points.DISPLAY_PLACES);
		}

		@Test
		void ratioNeedsBothInputs() {
			assertThat(inputProblems(ratio("1", false), "2", "actual", "3")).singleElement().satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo(LEAF);
				assertThat(problem.kind()).isEqualTo(ProblemKind.INPUT_MISSING);
				assertThat(problem.args()).containsExactly("base");
			});
		}

	}

	@Nested
	class Bands {

		@Test
		void bandsGiveThePointsOfTheHighestThresholdReached() {
			Rule rule = bands("0", "0.5", "50", "1", "80", "2");
			assertThat(points(rule, "2", "value", "49.99")).isEqualByComparingTo("0.5");
			assertThat(points(rule, "2", "value", "50")).isEqualByComparingTo("1");
			assertThat(points(rule, "2", "value", "79")).isEqualByComparingTo("1");
			assertThat(points(rule, "2", "value", "80")).isEqualByComparingTo("2");
			assertThat(points(rule, "2", "value", "1000")).isEqualByComparingTo("2");
		}

		@Test
		void bandsGiveNothingBelowTheFirstThreshold() {
			assertThat(points(bands("50", "1", "80", "2"), "2", "value", "30")).isEqualByComparingTo("0");
		}

		@Test
		void bandsMayGiveFewerPointsAsTheValueRises() {
			// fewer disciplined officials score more
			Rule rule = bands("0", "2", "1", "1", "3", "0");
			assertThat(points(rule, "2", "value", "0")).isEqualByComparingTo("2");
			assertThat(points(rule, "2", "value", "2")).isEqualByComparingTo("1");
			assertThat(points(rule, "2", "value", "5")).isEqualByComparingTo("0");
		}

		@Test
		void bandsReportUnorderedThresholds() {
			Rule rule = bands("0", "0.5", "80", "2", "50", "1");
			assertThat(rule.checkDefinition(LEAF, d("2"))).singleElement().satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo(LEAF);
				assertThat(problem.kind()).isEqualTo(ProblemKind.BANDS_NOT_ASCENDING);
				assertThat(problem.args()).containsExactly(d("80"), d("50"));
			});
		}

		@Test
		void bandsReportRepeatedThresholds() {
			assertThat(bands("10", "1", "10", "2").checkDefinition(LEAF, d("2"))).extracting(Problem::kind)
				.containsExactly(ProblemKind.BANDS_NOT_ASCENDING);
		}

		@Test
		void bandsInOrderHaveNoDefinitionProblems() {
			assertThat(bands("0", "0.5", "50", "1", "80", "2").checkDefinition(LEAF, d("2"))).isEmpty();
		}

	}

	@Nested
	class Count {

		@Test
		void countGivesPointsPerItem() {
			assertThat(points(count("0.25"), "2", "count", "3")).isEqualByComparingTo("0.75");
		}

		@Test
		void countIsCappedAtTheMaximum() {
			assertThat(points(count("0.5"), "2", "count", "5")).isEqualByComparingTo("2");
		}

		@Test
		void countAcceptsWholeNumberWrittenWithDecimals() {
			assertThat(points(count("0.5"), "2", "count", "3.00")).isEqualByComparingTo("1.5");
		}

		@Test
		void countRejectsNonWholeCount() {
			assertThat(inputProblems(count("0.5"), "2", "count", "2.5")).singleElement().satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo(LEAF);
				assertThat(problem.kind()).isEqualTo(ProblemKind.INPUT_NOT_WHOLE);
				assertThat(problem.args()).containsExactly("count", d("2.5"));
			});
		}

	}

	@Nested
	class Survey {

		@Test
		void surveyGivesMaximumTimesMean() {
			assertThat(points(survey(), "30", "mean", "0.9312")).isEqualByComparingTo("27.936");
		}

		@Test
		void surveyAcceptsMeanOfZeroAndOne() {
			assertThat(points(survey(), "2", "mean", "0")).isEqualByComparingTo("0");
			assertThat(points(survey(), "2", "mean", "1")).isEqualByComparingTo("2");
		}

		@Test
		void surveyRejectsMeanAboveOne() {
			assertThat(inputProblems(survey(), "2", "mean", "1.01")).singleElement().satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo(LEAF);
				assertThat(problem.kind()).isEqualTo(ProblemKind.MEAN_OUT_OF_RANGE);
				assertThat(problem.args()).containsExactly(d("1.01"));
			});
		}

	}

	@Nested
	class InputChecks {

		@Test
		void missingInputIsReported() {
			assertThat(inputProblems(manual("0"), "2")).singleElement().satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo(LEAF);
				assertThat(problem.kind()).isEqualTo(ProblemKind.INPUT_MISSING);
				assertThat(problem.args()).containsExactly("score");
			});
		}

		@Test
		void unknownInputIsReported() {
			assertThat(inputProblems(yesNo(), "2", "met", "1", "score", "2")).singleElement().satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo(LEAF);
				assertThat(problem.kind()).isEqualTo(ProblemKind.INPUT_UNKNOWN);
				assertThat(problem.args()).containsExactly("score");
			});
		}

		@Test
		void negativeInputIsReported() {
			assertThat(inputProblems(ratio("1", false), "2", "actual", "-1", "base", "10")).singleElement()
				.satisfies(problem -> {
					assertThat(problem.subject()).isEqualTo(LEAF);
					assertThat(problem.kind()).isEqualTo(ProblemKind.INPUT_NEGATIVE);
					assertThat(problem.args()).containsExactly("actual", d("-1"));
				});
		}

		@Test
		void negativeSurveyMeanIsReportedAsNegativeInput() {
			assertThat(inputProblems(survey(), "2", "mean", "-0.1")).extracting(Problem::kind)
				.containsExactly(ProblemKind.INPUT_NEGATIVE);
		}

		@Test
		void everyMissingInputIsReported() {
			assertThat(inputProblems(ratio("1", false), "2"))
				.extracting(Problem::kind, problem -> problem.args().get(0))
				.containsExactlyInAnyOrder(tuple(ProblemKind.INPUT_MISSING, "actual"),
						tuple(ProblemKind.INPUT_MISSING, "base"));
		}

		@Test
		void ruleLimitsAreCheckedOnlyOnceInputsArePresentAndNonNegative() {
			// a negative score is not also reported as off the step
			assertThat(inputProblems(manual("0.25"), "2", "score", "-0.3")).extracting(Problem::kind)
				.containsExactly(ProblemKind.INPUT_NEGATIVE);
		}

		@Test
		void eachRuleNamesTheInputsItUses() {
			assertThat(manual("0").inputNames()).containsExactly(Rule.Manual.SCORE);
			assertThat(yesNo().inputNames()).containsExactly(Rule.YesNo.MET);
			assertThat(ratio("1", false).inputNames()).containsExactly(Rule.Ratio.ACTUAL, Rule.Ratio.BASE);
			assertThat(bands("0", "1").inputNames()).containsExactly(Rule.Bands.VALUE);
			assertThat(count("1").inputNames()).containsExactly(Rule.Count.COUNT);
			assertThat(survey().inputNames()).containsExactly(Rule.Survey.MEAN);
		}

	}

}
