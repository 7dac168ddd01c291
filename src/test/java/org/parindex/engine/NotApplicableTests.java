package org.parindex.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.engine.TestTrees.area;
import static org.parindex.engine.TestTrees.criterion;
import static org.parindex.engine.TestTrees.criterionWith;
import static org.parindex.engine.TestTrees.find;
import static org.parindex.engine.TestTrees.manual;
import static org.parindex.engine.TestTrees.set;
import static org.parindex.engine.TestTrees.sub;
import static org.parindex.engine.TestTrees.surveyCriterion;
import static org.parindex.engine.TestTrees.unit;

/**
 * Criteria that do not apply to a unit (e.g. a unit that handles no administrative
 * procedures): they score nothing and lose nothing, and each component's points are
 * converted to the index set's scale, points achieved ÷ applicable maximum × full
 * maximum.
 */
class NotApplicableTests {

	private static IndexSet district() {
		return set(area("1", criterion("1.1", "4", manual("0")), criterion("1.2", "6", manual("0"))),
				area("2", criterionWith("2.1", sub("2.1.1", "5", manual("0")), sub("2.1.2", "5", manual("0")))),
				area("3", surveyCriterion("3.1", "10")))
			.bonusCap("2")
			.deductionCap("2")
			.build();
	}

	private static TestTrees.UnitBuilder entered() {
		return unit("u").enter("1.1", "score", "4")
			.enter("1.2", "score", "3")
			.enter("2.1.1", "score", "5")
			.enter("2.1.2", "score", "4")
			.enter("3.1", "mean", "0.5");
	}

	@Test
	void withEverythingApplicableTheTotalIsUnchanged() {
		UnitResult plain = Scorer.score(district(), entered().build());

		assertThat(plain.component(Component.APPRAISAL)).isEqualByComparingTo("16");
		assertThat(plain.total()).isEqualByComparingTo("21");
		assertThat(plain.notApplicable()).isEmpty();
		assertThat(plain.converted(Component.APPRAISAL)).isFalse();
	}

	@Test
	void anAreaNotApplicableIsLeftOutAndTheComponentConverted() {
		// applicable: 1.1 and 1.2 (max 10), achieved 7; full appraisal max 20 → 7 / 10 ×
		// 20 = 14
		UnitResult result = Scorer.score(district(), entered().notApplicable("2").build());

		assertThat(result.achieved(Component.APPRAISAL)).isEqualByComparingTo("7");
		assertThat(result.applicableMax(Component.APPRAISAL)).isEqualByComparingTo("10");
		assertThat(result.component(Component.APPRAISAL)).isEqualByComparingTo("14");
		assertThat(result.converted(Component.APPRAISAL)).isTrue();
		assertThat(result.component(Component.SURVEY)).isEqualByComparingTo("5");
		assertThat(result.converted(Component.SURVEY)).isFalse();
		assertThat(result.total()).isEqualByComparingTo("19");
		assertThat(find(result, "2.1.1").status()).isEqualTo(LeafStatus.NOT_APPLICABLE);
		assertThat(find(result, "2.1.1").points()).isEqualByComparingTo("0");
		assertThat(find(result, "2").status()).isEqualTo(LeafStatus.NOT_APPLICABLE);
		assertThat(result.notApplicable()).extracting(NodeResult::code).containsExactly("2");
	}

	@Test
	void aLeafNotApplicableLosesNoPoints() {
		UnitResult result = Scorer.score(district(), entered().notApplicable("2.1.2").build());

		NodeResult leaf = find(result, "2.1.2");
		assertThat(leaf.lostPoints()).isEqualByComparingTo("0");
		assertThat(find(result, "2.1").lostPoints()).isEqualByComparingTo("0");
		assertThat(find(result, "2.1").status()).isEqualTo(LeafStatus.COMPUTED);
		// achieved 12 of applicable 15, × 20 / 15 = 16
		assertThat(result.component(Component.APPRAISAL)).isEqualByComparingTo("16");
		LeafStatistics statistics = result.statistics(Component.APPRAISAL);
		assertThat(statistics.subCriteria().atMaximum()).isEqualTo(1);
		assertThat(statistics.subCriteria().losingPoints()).isZero();
	}

	@Test
	void aComponentWithNothingApplicableScoresNothing() {
		UnitResult result = Scorer.score(district(), entered().notApplicable("3").build());

		assertThat(result.applicableMax(Component.SURVEY)).isEqualByComparingTo("0");
		assertThat(result.component(Component.SURVEY)).isEqualByComparingTo("0");
	}

	@Test
	void unknownCodesChangeNothing() {
		UnitResult result = Scorer.score(district(), entered().notApplicable("9.9").build());

		assertThat(result.total()).isEqualByComparingTo("21");
		assertThat(result.notApplicable()).isEmpty();
	}

}
