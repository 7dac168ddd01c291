package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parindex.engine.TestTrees.area;
import static org.parindex.engine.TestTrees.bands;
import static org.parindex.engine.TestTrees.branch;
import static org.parindex.engine.TestTrees.branchDeclaring;
import static org.parindex.engine.TestTrees.count;
import static org.parindex.engine.TestTrees.criterion;
import static org.parindex.engine.TestTrees.criterionWith;
import static org.parindex.engine.TestTrees.d;
import static org.parindex.engine.TestTrees.manual;
import static org.parindex.engine.TestTrees.ratio;
import static org.parindex.engine.TestTrees.set;
import static org.parindex.engine.TestTrees.sub;
import static org.parindex.engine.TestTrees.survey;
import static org.parindex.engine.TestTrees.surveyCriterion;
import static org.parindex.engine.TestTrees.surveySub;
import static org.parindex.engine.TestTrees.yesNo;

class IndexSetValidatorTests {

	private static List<Problem> validate(TestTrees.SetBuilder set) {
		return IndexSetValidator.validate(set.build());
	}

	/** A criterion-level appraisal leaf that is fine on its own. */
	private static Leaf fine(String code) {
		return criterion(code, "1", yesNo());
	}

	@Test
	void soundSetHasNoProblems() {
		TestTrees.SetBuilder set = set(
				area("1", criterion("1.1", "1", manual("0.25")), criterion("1.2", "2", yesNo()),
						criterionWith("1.3", sub("1.3.1", "1.5", ratio("0.8", true)),
								sub("1.3.2", "1", bands("0", "0.25", "50", "0.5", "80", "1")),
								sub("1.3.3", "2", count("0.5")))),
				area("2", surveyCriterion("2.1", "3"), criterionWith("2.2", surveySub("2.2.1", "2"))))
			.classes("0", "D", "50", "C", "65", "B", "80", "A");

		assertThat(validate(set)).isEmpty();
	}

	@Test
	void setWithoutAreasIsReported() {
		assertThat(validate(set().noMaxima())).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("", ProblemKind.NO_AREAS));
	}

	@Test
	void duplicateCodeNamesTheSecondNodeUsingIt() {
		assertThat(validate(set(area("1", fine("1.1"), fine("1.1"))))).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1.1", ProblemKind.DUPLICATE_CODE));
	}

	@Test
	void duplicateCodeAcrossLevelsIsReported() {
		assertThat(validate(set(area("1", fine("1.1")), area("2", fine("1")))))
			.extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1", ProblemKind.DUPLICATE_CODE));
	}

	@Test
	void areaWithoutChildrenIsReported() {
		assertThat(validate(set(area("1", fine("1.1")), branch("2", Level.AREA))))
			.extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("2", ProblemKind.EMPTY_BRANCH));
	}

	@Test
	void criterionBranchWithoutSubCriteriaIsReported() {
		assertThat(validate(set(area("1", fine("1.1"), criterionWith("1.2")))))
			.extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1.2", ProblemKind.EMPTY_BRANCH));
	}

	@Test
	void leafAtAreaLevelIsReportedAsAreaWithoutChildren() {
		Leaf areaLeaf = new Leaf("2", Level.AREA, d("1"), Component.APPRAISAL, yesNo());

		assertThat(validate(set(area("1", fine("1.1")), areaLeaf))).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("2", ProblemKind.EMPTY_BRANCH));
	}

	@Test
	void subCriterionDirectlyInAnAreaIsAtTheWrongLevel() {
		List<Problem> problems = validate(set(area("1", fine("1.1"), sub("1.2", "1", yesNo()))));

		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("1.2");
			assertThat(problem.kind()).isEqualTo(ProblemKind.WRONG_LEVEL);
			assertThat(problem.args()).containsExactly(Level.CRITERION);
		});
	}

	@Test
	void criterionUnderACriterionIsAtTheWrongLevel() {
		List<Problem> problems = validate(set(area("1", criterionWith("1.1", fine("1.1.1")))));

		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("1.1.1");
			assertThat(problem.kind()).isEqualTo(ProblemKind.WRONG_LEVEL);
			assertThat(problem.args()).containsExactly(Level.SUB_CRITERION);
		});
	}

	@Test
	void criterionAtTheTopIsAtTheWrongLevel() {
		assertThat(validate(set(area("1", fine("1.1")), fine("2")))).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("2", ProblemKind.WRONG_LEVEL));
	}

	@Test
	void subCriterionWithChildrenIsTooDeep() {
		Branch tooDeep = branch("1.1.1", Level.SUB_CRITERION, sub("1.1.1.1", "1", yesNo()));

		assertThat(validate(set(area("1", criterionWith("1.1", tooDeep))))).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1.1.1", ProblemKind.TOO_DEEP));
	}

	@Test
	void criterionMaximumDifferentFromItsSubCriteriaNamesTheCriterion() {
		Branch criterion = branchDeclaring("1.2", Level.CRITERION, "5", sub("1.2.1", "2", yesNo()),
				sub("1.2.2", "2.5", yesNo()));

		assertThat(validate(set(area("1", fine("1.1"), criterion)))).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("1.2");
			assertThat(problem.kind()).isEqualTo(ProblemKind.BRANCH_MAX_MISMATCH);
			assertThat(problem.args()).containsExactly(d("5"), d("4.5"));
		});
	}

	@Test
	void areaMaximumDifferentFromItsCriteriaNamesTheArea() {
		Branch area = branchDeclaring("1", Level.AREA, "3", fine("1.1"), fine("1.2"));

		assertThat(validate(set(area))).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("1");
			assertThat(problem.kind()).isEqualTo(ProblemKind.BRANCH_MAX_MISMATCH);
			assertThat(problem.args()).containsExactly(d("3"), d("2"));
		});
	}

	@Test
	void maximaEqualAtDifferentScalesAreAccepted() {
		Branch criterion = branchDeclaring("1.1", Level.CRITERION, "3.00", sub("1.1.1", "1.5", yesNo()),
				sub("1.1.2", "1.50", yesNo()));

		assertThat(validate(set(area("1", criterion)))).isEmpty();
	}

	@Test
	void componentNotSummingToItsDeclaredMaximumIsReported() {
		TestTrees.SetBuilder set = set(
				area("1", criterion("1.1", "40", manual("0")), criterion("1.2", "23.5", manual("0"))))
			.maxima(Component.APPRAISAL, "64");

		assertThat(validate(set)).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("APPRAISAL");
			assertThat(problem.kind()).isEqualTo(ProblemKind.COMPONENT_MAX_MISMATCH);
			assertThat(problem.args()).containsExactly(d("64"), d("63.5"));
		});
	}

	@Test
	void declaredComponentWithoutLeavesIsReported() {
		TestTrees.SetBuilder set = set(area("1", fine("1.1"))).maxima(Component.APPRAISAL, "1")
			.maxima(Component.SURVEY, "30");

		assertThat(validate(set)).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("SURVEY");
			assertThat(problem.kind()).isEqualTo(ProblemKind.COMPONENT_MAX_MISMATCH);
			assertThat(problem.args()).containsExactly(d("30"), BigDecimal.ZERO);
		});
	}

	@Test
	void componentWithLeavesButNoMaximumIsReported() {
		TestTrees.SetBuilder set = set(area("1", fine("1.1")), area("2", surveyCriterion("2.1", "30")))
			.maxima(Component.APPRAISAL, "1");

		assertThat(validate(set)).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("SURVEY", ProblemKind.COMPONENT_WITHOUT_MAXIMUM));
	}

	@Test
	void negativeCapsAreReported() {
		TestTrees.SetBuilder set = set(area("1", fine("1.1"))).bonusCap("-1").deductionCap("-0.5");

		assertThat(validate(set)).extracting(Problem::subject, Problem::kind, Problem::args)
			.containsExactly(tuple("bonus", ProblemKind.NEGATIVE_VALUE, List.of("cap", d("-1"))),
					tuple("deduction", ProblemKind.NEGATIVE_VALUE, List.of("cap", d("-0.5"))));
	}

	@Test
	void negativeBranchMaximumIsReported() {
		Branch criterion = branchDeclaring("1.2", Level.CRITERION, "-1", sub("1.2.1", "1", yesNo()));

		assertThat(validate(set(area("1", fine("1.1"), criterion)))).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1.2", ProblemKind.NEGATIVE_VALUE), tuple("1.2", ProblemKind.BRANCH_MAX_MISMATCH));
	}

	@Test
	void negativeComponentMaximumIsReported() {
		TestTrees.SetBuilder set = set(area("1", fine("1.1"))).maxima(Component.APPRAISAL, "1")
			.maxima(Component.SURVEY, "-2");

		assertThat(validate(set)).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("SURVEY", ProblemKind.NEGATIVE_VALUE),
					tuple("SURVEY", ProblemKind.COMPONENT_MAX_MISMATCH));
	}

	@Test
	void negativeClassificationThresholdIsReported() {
		TestTrees.SetBuilder set = set(area("1", fine("1.1"))).classes("-5", "D", "50", "C");

		assertThat(validate(set)).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("D", ProblemKind.NEGATIVE_VALUE));
	}

	@Test
	void negativeManualStepIsReported() {
		assertThat(validate(set(area("1", criterion("1.1", "1", manual("-0.25"))))))
			.extracting(Problem::subject, Problem::kind, Problem::args)
			.containsExactly(tuple("1.1", ProblemKind.NEGATIVE_VALUE, List.of("step", d("-0.25"))));
	}

	@Test
	void negativeBandPointsAreReported() {
		assertThat(validate(set(area("1", criterion("1.1", "1", bands("0", "-0.5", "50", "1"))))))
			.extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1.1", ProblemKind.NEGATIVE_VALUE));
	}

	@Test
	void leafWithoutPositiveMaximumIsReported() {
		assertThat(validate(set(area("1", fine("1.1"), criterion("1.2", "0", yesNo())))))
			.extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1.2", ProblemKind.NON_POSITIVE_MAXIMUM));
	}

	@Test
	void surveyRuleOnAnAppraisalLeafIsReported() {
		assertThat(validate(set(area("1", criterion("1.1", "1", survey()))))).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("1.1");
			assertThat(problem.kind()).isEqualTo(ProblemKind.RULE_COMPONENT_MISMATCH);
			assertThat(problem.args()).containsExactly(RuleType.SURVEY, Component.APPRAISAL);
		});
	}

	@Test
	void otherRuleOnASurveyLeafIsReported() {
		Leaf surveyByHand = new Leaf("2.1", Level.CRITERION, d("30"), Component.SURVEY, manual("0"));

		assertThat(validate(set(area("1", fine("1.1")), area("2", surveyByHand)))).singleElement()
			.satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo("2.1");
				assertThat(problem.kind()).isEqualTo(ProblemKind.RULE_COMPONENT_MISMATCH);
				assertThat(problem.args()).containsExactly(RuleType.MANUAL, Component.SURVEY);
			});
	}

	@Test
	void stepNotDividingTheMaximumIsReported() {
		assertThat(validate(set(area("1", criterion("1.1", "1", manual("0.3")))))).singleElement()
			.satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo("1.1");
				assertThat(problem.kind()).isEqualTo(ProblemKind.STEP_DOES_NOT_DIVIDE_MAXIMUM);
				assertThat(problem.args()).containsExactly(d("0.3"), d("1"));
			});
	}

	@Test
	void stepDividingTheMaximumIsAccepted() {
		assertThat(validate(set(area("1", criterion("1.1", "1.5", manual("0.25")))))).isEmpty();
	}

	@Test
	void ratioWithoutPositiveFullAtIsReported() {
		assertThat(validate(
				set(area("1", criterion("1.1", "1", ratio("0", true)), criterion("1.2", "1", ratio("-0.5", false))))))
			.extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1.1", ProblemKind.FULL_AT_NOT_POSITIVE),
					tuple("1.2", ProblemKind.FULL_AT_NOT_POSITIVE));
	}

	@Test
	void bandsWithoutBandsAreReported() {
		assertThat(validate(set(area("1", criterion("1.1", "1", bands()))))).extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1.1", ProblemKind.BANDS_EMPTY));
	}

	@Test
	void unorderedBandsAreReported() {
		assertThat(validate(set(area("1", criterion("1.1", "1", bands("0", "0.5", "80", "1", "50", "0.75"))))))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo("1.1");
				assertThat(problem.kind()).isEqualTo(ProblemKind.BANDS_NOT_ASCENDING);
				assertThat(problem.args()).containsExactly(d("80"), d("50"));
			});
	}

	@Test
	void bandPointsAboveTheMaximumAreReported() {
		assertThat(validate(set(area("1", criterion("1.1", "1", bands("0", "0.5", "50", "1.5")))))).singleElement()
			.satisfies(problem -> {
				assertThat(problem.subject()).isEqualTo("1.1");
				assertThat(problem.kind()).isEqualTo(ProblemKind.BAND_POINTS_ABOVE_MAXIMUM);
				assertThat(problem.args()).containsExactly(d("1.5"), d("1"));
			});
	}

	@Test
	void countWithoutPositivePointsPerItemIsReported() {
		assertThat(validate(set(area("1", criterion("1.1", "1", count("0"))))))
			.extracting(Problem::subject, Problem::kind)
			.containsExactly(tuple("1.1", ProblemKind.POINTS_PER_ITEM_NOT_POSITIVE));
	}

	@Test
	void unorderedClassificationNamesTheBand() {
		TestTrees.SetBuilder set = set(area("1", fine("1.1"))).classes("0", "D", "65", "B", "50", "C", "80", "A");

		assertThat(validate(set)).singleElement().satisfies(problem -> {
			assertThat(problem.subject()).isEqualTo("C");
			assertThat(problem.kind()).isEqualTo(ProblemKind.CLASSIFICATION_NOT_ASCENDING);
			assertThat(problem.args()).containsExactly(d("65"), d("50"));
		});
	}

	@Test
	void tiePlacesOutOfRangeAreReported() {
		assertThat(validate(set(area("1", fine("1.1"))).tieRule(new TieRule(-1))))
			.extracting(Problem::subject, Problem::kind, Problem::args)
			.containsExactly(tuple("tie", ProblemKind.TIE_PLACES_OUT_OF_RANGE, List.of(-1)));
		assertThat(validate(set(area("1", fine("1.1"))).tieRule(new TieRule(TieRule.MAX_PLACES + 1))))
			.extracting(Problem::kind)
			.containsExactly(ProblemKind.TIE_PLACES_OUT_OF_RANGE);
	}

	@Test
	void tiePlacesFromZeroToSixAreAccepted() {
		assertThat(validate(set(area("1", fine("1.1"))).tieRule(new TieRule(0)))).isEmpty();
		assertThat(validate(set(area("1", fine("1.1"))).tieRule(new TieRule(TieRule.MAX_PLACES)))).isEmpty();
	}

	@Test
	void problemsAreReportedInTreeOrderThenSetWide() {
		TestTrees.SetBuilder set = set(
				area("1", criterion("1.1", "1", manual("0.3")),
						criterionWith("1.2", sub("1.2.1", "1", ratio("0", false)))),
				area("2", criterion("2.1", "1", count("-1"))))
			.bonusCap("-6");

		assertThat(validate(set)).extracting(Problem::subject).containsExactly("1.1", "1.2.1", "2.1", "bonus");
	}

	@Test
	void problemDescriptionNamesTheNode() {
		Branch criterion = branchDeclaring("1.2", Level.CRITERION, "5", sub("1.2.1", "2", yesNo()),
				sub("1.2.2", "2.5", yesNo()));

		assertThat(validate(set(area("1", fine("1.1"), criterion)))).singleElement()
			.extracting(Problem::describe)
			.isEqualTo("Node 1.2: maximum 5 differs from the sum of its children, 4.5");
	}

}
