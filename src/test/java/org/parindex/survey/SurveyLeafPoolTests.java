package org.parindex.survey;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that pools a unit's answers on a survey leaf (docs/scoring.md, "Survey
 * points"): own answers by form, a contractor's per-question rows joining the form's
 * group, a contractor's per-leaf rows a group of their own with weight 1.
 */
class SurveyLeafPoolTests {

	private static final BigDecimal ONE = BigDecimal.ONE;

	private static final BigDecimal THREE = new BigDecimal("3");

	@Test
	void ownAnswersAreMeanPerFormThenWeightedByGroup() {
		SurveyLeafPool pool = new SurveyLeafPool();
		pool.own("LD", ONE, "A", ONE, 1);
		pool.own("LD", ONE, "B", new BigDecimal("0.6"), 1);
		pool.own("LD", ONE, "E", null, 1);
		pool.own("ND", THREE, "C", new BigDecimal("0.2"), 1);

		SurveyLeafScore score = pool.score(7, "1.6", new BigDecimal("3"));
		// leaders (1 + 0,6) / 2 = 0,8 weighted 1, citizens 0,2 weighted 3
		assertThat(score.mean()).isEqualByComparingTo("0.35");
		assertThat(score.points()).isEqualByComparingTo("1.05");
		assertThat(score.respondents()).isEqualTo(3);
		assertThat(score.ownAnswers()).isEqualTo(3);
		assertThat(score.contractorAnswers()).isZero();
		assertThat(score.contractors()).isEmpty();
		assertThat(score.answers()).containsEntry("A", 1).containsEntry("E", 1).hasSize(4);
		assertThat(score.excluded()).containsExactly("E");
		assertThat(score.groups()).extracting(SurveyLeafScore.Group::name).containsExactly("LD", "ND");
	}

	@Test
	void aContractorsCountsPerQuestionJoinTheFormsGroup() {
		SurveyLeafPool pool = new SurveyLeafPool();
		pool.own("LD", ONE, "A", ONE, 1);
		pool.own("ND", THREE, "C", new BigDecimal("0.2"), 1);
		pool.contractor(count("Bưu điện", "LD", "D", BigDecimal.ZERO, 3), Optional.of(ONE));
		pool.contractor(count("Bưu điện", "LD", "E", null, 2), Optional.of(ONE));

		SurveyLeafScore score = pool.score(7, "1.6", new BigDecimal("3"));
		// leaders: A×1 own + D×3 from the contractor = 1/4 = 0,25 (E left out), weighted
		// 1; citizens 0,2 weighted 3: (0,25 + 0,6) / 4; as a group of its own the
		// contractor's counts would give (1 + 0 + 0,6) / 5 = 0,32
		assertThat(score.mean()).isEqualByComparingTo("0.2125");
		assertThat(score.respondents()).isEqualTo(5);
		assertThat(score.ownAnswers()).isEqualTo(2);
		assertThat(score.contractorAnswers()).isEqualTo(3);
		assertThat(score.answers()).containsEntry("A", 1)
			.containsEntry("C", 1)
			.containsEntry("D", 3)
			.containsEntry("E", 2);
		assertThat(score.excluded()).containsExactly("E");
		SurveyLeafScore.Group leaders = score.groups().get(0);
		assertThat(leaders.source()).isEqualTo(SurveyLeafScore.Source.FORM);
		assertThat(leaders.name()).isEqualTo("LD");
		assertThat(leaders.ownAnswers()).isEqualTo(1);
		assertThat(leaders.contractorAnswers()).isEqualTo(3);
		assertThat(leaders.contractors()).containsExactly("Bưu điện");
		assertThat(leaders.mean()).hasValueSatisfying((mean) -> assertThat(mean).isEqualByComparingTo("0.25"));
	}

	@Test
	void aContractorsMeanPerQuestionCountsAsItsRespondentsInTheFormsGroup() {
		SurveyLeafPool pool = new SurveyLeafPool();
		pool.own("LD", ONE, "A", ONE, 2);
		pool.contractor(mean("Cục Thống kê", "LD", "0.5", 2), Optional.of(ONE));

		SurveyLeafScore score = pool.score(7, "1.6", ONE);
		// (2 × 1 + 0,5 × 2) / 4
		assertThat(score.mean()).isEqualByComparingTo("0.75");
		assertThat(score.respondents()).isEqualTo(4);
		assertThat(score.groups()).hasSize(1);
		assertThat(score.answers()).containsOnlyKeys("A");
	}

	@Test
	void aContractorsResultsPerLeafAreAGroupOfTheirOwnWeightedOne() {
		SurveyLeafPool pool = new SurveyLeafPool();
		pool.own("LD", THREE, "A", ONE, 1);
		pool.contractor(mean("Cục Thống kê", null, "0.5", 40), Optional.empty());
		pool.contractor(count("Bưu điện", null, "C", new BigDecimal("0.2"), 10), Optional.empty());

		SurveyLeafScore score = pool.score(7, "1.6", ONE);
		// leaders 1 weighted 3, the statistics office 0,5 weighted 1, the post 0,2
		// weighted 1: (3 + 0,5 + 0,2) / 5; pooled by respondents it would be (1 + 20 +
		// 2) / 51
		assertThat(score.mean()).isEqualByComparingTo("0.74");
		assertThat(score.respondents()).isEqualTo(51);
		assertThat(score.contractorAnswers()).isEqualTo(50);
		assertThat(score.groups()).extracting(SurveyLeafScore.Group::source)
			.containsExactly(SurveyLeafScore.Source.FORM, SurveyLeafScore.Source.CONTRACTOR,
					SurveyLeafScore.Source.CONTRACTOR);
		assertThat(score.groups()).extracting(SurveyLeafScore.Group::name)
			.containsExactly("LD", "Bưu điện", "Cục Thống kê");
		assertThat(score.groups().get(2).weight()).isEqualByComparingTo("1");
		assertThat(score.answers()).containsOnlyKeys("A", "C");
		// the scorecard names them, in name order
		assertThat(score.contractors()).containsExactly("Bưu điện", "Cục Thống kê");
	}

	@Test
	void rowsOfAFormTheSetNoLongerHasAreAGroupOfWeightOne() {
		SurveyLeafPool pool = new SurveyLeafPool();
		pool.own("LD", THREE, "A", ONE, 1);
		pool.contractor(count("Bưu điện", "CU", "D", BigDecimal.ZERO, 4), Optional.empty());

		SurveyLeafScore score = pool.score(7, "1.6", ONE);
		// (3 × 1 + 1 × 0) / 4
		assertThat(score.mean()).isEqualByComparingTo("0.75");
		assertThat(score.groups().get(0).name()).isEqualTo("CU");
		assertThat(score.groups().get(0).weight()).isEqualByComparingTo("1");
	}

	@Test
	void aLeafWithoutValidAnswersScoresZeroAndAGroupWithoutThemDoesNotCount() {
		SurveyLeafPool empty = new SurveyLeafPool();
		empty.own("LD", ONE, "E", null, 4);
		empty.contractor(mean("Cục Thống kê", null, "0.9", 0), Optional.empty());
		SurveyLeafScore none = empty.score(7, "1.6", THREE);
		assertThat(none.mean()).isEqualByComparingTo("0");
		assertThat(none.points()).isEqualByComparingTo("0");
		assertThat(none.respondents()).isZero();
		assertThat(none.groups()).allSatisfy((group) -> assertThat(group.mean()).isEmpty());

		SurveyLeafPool partly = new SurveyLeafPool();
		partly.own("LD", ONE, "E", null, 4);
		partly.own("ND", ONE, "B", new BigDecimal("0.6"), 2);
		assertThat(partly.score(7, "1.6", ONE).mean()).isEqualByComparingTo("0.6");
	}

	private static ContractorRowView count(String contractor, String form, String label, BigDecimal weight, int n) {
		return new ContractorRowView(contractor, 2, 7, form, (form != null) ? "Q1" : null, "1.6", label, weight, n,
				null, null);
	}

	private static ContractorRowView mean(String contractor, String form, String mean, int respondents) {
		return new ContractorRowView(contractor, 2, 7, form, (form != null) ? "Q1" : null, "1.6", null, null, null,
				new BigDecimal(mean), respondents);
	}

}
