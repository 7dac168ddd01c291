package org.parindex.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.engine.TestTrees.area;
import static org.parindex.engine.TestTrees.criterion;
import static org.parindex.engine.TestTrees.criterionWith;
import static org.parindex.engine.TestTrees.manual;
import static org.parindex.engine.TestTrees.set;
import static org.parindex.engine.TestTrees.sub;
import static org.parindex.engine.TestTrees.surveyCriterion;
import static org.parindex.engine.TestTrees.surveySub;
import static org.parindex.engine.TestTrees.unit;
import static org.parindex.engine.TestTrees.yesNo;

class LeafStatisticsTests {

	/**
	 * Appraisal: criterion-level leaves 1.1 (2) and 1.3 (1), sub-criteria 1.2.1 (1) and
	 * 1.2.2 (1.5). Survey: criterion-level leaf 2.1 (3) and sub-criterion 2.2.1 (2).
	 */
	private static final IndexSet SET = set(
			area("1", criterion("1.1", "2", yesNo()),
					criterionWith("1.2", sub("1.2.1", "1", manual("0.25")), sub("1.2.2", "1.5", manual("0.25"))),
					criterion("1.3", "1", manual("0.5"))),
			area("2", surveyCriterion("2.1", "3"), criterionWith("2.2", surveySub("2.2.1", "2"))))
		.build();

	private static UnitResult scored(TestTrees.UnitBuilder unit) {
		return Scorer.score(SET, unit.build());
	}

	@Test
	void criterionLevelLeavesAndSubCriteriaAreCountedApart() {
		UnitResult result = scored(unit("u").enter("1.1", "met", "1")
			.enter("1.3", "score", "0.5")
			.enter("1.2.1", "score", "1")
			.enter("1.2.2", "score", "0.75")
			.enter("2.1", "mean", "1")
			.enter("2.2.1", "mean", "0.5"));

		LeafStatistics statistics = result.statistics(Component.APPRAISAL);

		assertThat(statistics.component()).isEqualTo(Component.APPRAISAL);
		assertThat(statistics.criteria().atMaximum()).isEqualTo(1);
		assertThat(statistics.criteria().losingPoints()).isEqualTo(1);
		assertThat(statistics.criteria().achieved()).isEqualByComparingTo("2.5");
		assertThat(statistics.criteria().lost()).isEqualByComparingTo("0.5");
		assertThat(statistics.subCriteria().atMaximum()).isEqualTo(1);
		assertThat(statistics.subCriteria().losingPoints()).isEqualTo(1);
		assertThat(statistics.subCriteria().achieved()).isEqualByComparingTo("1.75");
		assertThat(statistics.subCriteria().lost()).isEqualByComparingTo("0.75");
	}

	@Test
	void totalsAddBothLevels() {
		UnitResult result = scored(unit("u").enter("1.1", "met", "1")
			.enter("1.3", "score", "0.5")
			.enter("1.2.1", "score", "1")
			.enter("1.2.2", "score", "0.75"));

		LeafStatistics statistics = result.statistics(Component.APPRAISAL);

		assertThat(statistics.leavesAtMaximum()).isEqualTo(2);
		assertThat(statistics.leavesLosingPoints()).isEqualTo(2);
		assertThat(statistics.achieved()).isEqualByComparingTo("4.25")
			.isEqualByComparingTo(result.component(Component.APPRAISAL));
		assertThat(statistics.lost()).isEqualByComparingTo("1.25");
		assertThat(statistics.max()).isEqualByComparingTo("5.5");
	}

	@Test
	void statisticsCoverOnlyTheGivenComponent() {
		UnitResult result = scored(
				unit("u").enter("1.1", "met", "1").enter("2.1", "mean", "1").enter("2.2.1", "mean", "0.5"));

		LeafStatistics survey = result.statistics(Component.SURVEY);

		assertThat(survey.criteria().atMaximum()).isEqualTo(1);
		assertThat(survey.criteria().losingPoints()).isZero();
		assertThat(survey.subCriteria().atMaximum()).isZero();
		assertThat(survey.subCriteria().losingPoints()).isEqualTo(1);
		assertThat(survey.achieved()).isEqualByComparingTo("4");
		assertThat(survey.lost()).isEqualByComparingTo("1");
		assertThat(survey.max()).isEqualByComparingTo("5");
	}

	@Test
	void leafNotEnteredLosesAllItsPoints() {
		LeafStatistics statistics = scored(unit("u")).statistics(Component.APPRAISAL);

		assertThat(statistics.leavesAtMaximum()).isZero();
		assertThat(statistics.criteria().losingPoints()).isEqualTo(2);
		assertThat(statistics.subCriteria().losingPoints()).isEqualTo(2);
		assertThat(statistics.achieved()).isEqualByComparingTo("0");
		assertThat(statistics.lost()).isEqualByComparingTo("5.5");
	}

	@Test
	void overriddenLeafCountsWithItsOverridingPoints() {
		LeafStatistics statistics = scored(
				unit("u").override("1.1", "2", "evidence accepted").override("1.2.1", "0.5", "half the evidence"))
			.statistics(Component.APPRAISAL);

		assertThat(statistics.criteria().atMaximum()).isEqualTo(1);
		assertThat(statistics.subCriteria().achieved()).isEqualByComparingTo("0.5");
		assertThat(statistics.subCriteria().lost()).isEqualByComparingTo("2");
	}

	@Test
	void componentWithoutLeavesHasNoneToCount() {
		IndexSet appraisalOnly = set(area("1", criterion("1.1", "2", yesNo()))).build();

		LeafStatistics survey = Scorer.score(appraisalOnly, unit("u").build()).statistics(Component.SURVEY);

		assertThat(survey.criteria()).isEqualTo(LeafStatistics.LevelCount.NONE);
		assertThat(survey.subCriteria()).isEqualTo(LeafStatistics.LevelCount.NONE);
		assertThat(survey.max()).isEqualByComparingTo("0");
	}

}
