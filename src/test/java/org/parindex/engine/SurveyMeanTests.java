package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.parindex.engine.TestTrees.d;

class SurveyMeanTests {

	private static SurveyMean.AnswerTally option(String weight, long count) {
		return new SurveyMean.AnswerTally(Optional.of(d(weight)), count);
	}

	private static SurveyMean.AnswerTally dontKnow(long count) {
		return new SurveyMean.AnswerTally(Optional.empty(), count);
	}

	/** A = 100 %, B = 60 %, C = 20 %, D = 0 %, then "không biết". */
	private static List<SurveyMean.AnswerTally> answers(long a, long b, long c, long dd, long dontKnow) {
		return List.of(option("1", a), option("0.6", b), option("0.2", c), option("0", dd), dontKnow(dontKnow));
	}

	@Test
	void meanWeighsEachOptionByItsShare() {
		// (3 × 1 + 1 × 0.6 + 1 × 0.2 + 0 × 0) / 5
		assertThat(SurveyMean.ofAnswers(answers(3, 1, 1, 0, 0)))
			.hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("0.76"));
	}

	@Test
	void dontKnowAnswersAreLeftOut() {
		assertThat(SurveyMean.ofAnswers(answers(3, 1, 1, 0, 5)))
			.hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("0.76"));
	}

	@Test
	void answersOfDCountAsZero() {
		assertThat(SurveyMean.ofAnswers(answers(1, 0, 0, 1, 0)))
			.hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("0.5"));
	}

	@Test
	void allAnswersAGiveOne() {
		assertThat(SurveyMean.ofAnswers(answers(12, 0, 0, 0, 3)))
			.hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("1"));
	}

	@Test
	void meanWithoutValidAnswersIsEmpty() {
		assertThat(SurveyMean.ofAnswers(List.of())).isEmpty();
		assertThat(SurveyMean.ofAnswers(answers(0, 0, 0, 0, 0))).isEmpty();
		assertThat(SurveyMean.ofAnswers(answers(0, 0, 0, 0, 7))).isEmpty();
	}

	@Test
	void repeatingMeanIsKeptAtDivisionPrecision() {
		// (1 + 0 + 0) / 3
		assertThat(SurveyMean.ofAnswers(answers(1, 0, 0, 2, 0)))
			.hasValueSatisfying(mean -> assertThat(mean).isEqualTo(Points.divide(d("1"), d("3"))));
	}

	@Test
	void negativeTallyIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> option("1", -1));
	}

	@Test
	void groupMeansAreCombinedByTheGroupsWeights() {
		List<SurveyMean.GroupMean> groups = List.of(new SurveyMean.GroupMean(d("0.6"), Optional.of(d("0.8"))),
				new SurveyMean.GroupMean(d("0.4"), Optional.of(d("0.5"))));

		// 0.6 × 0.8 + 0.4 × 0.5
		assertThat(SurveyMean.acrossGroups(groups))
			.hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("0.68"));
	}

	@Test
	void groupWithoutAnswersIsLeftOutAndTheOtherWeightsRescaled() {
		List<SurveyMean.GroupMean> groups = List.of(new SurveyMean.GroupMean(d("0.5"), Optional.of(d("0.8"))),
				new SurveyMean.GroupMean(d("0.3"), Optional.of(d("0.6"))),
				new SurveyMean.GroupMean(d("0.2"), Optional.empty()));

		// (0.5 × 0.8 + 0.3 × 0.6) / (0.5 + 0.3)
		assertThat(SurveyMean.acrossGroups(groups))
			.hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("0.725"));
	}

	@Test
	void groupsWithoutAnyAnswersGiveNoMean() {
		assertThat(SurveyMean.acrossGroups(List.of())).isEmpty();
		assertThat(SurveyMean.acrossGroups(List.of(new SurveyMean.GroupMean(d("1"), Optional.empty())))).isEmpty();
	}

	@Test
	void meanFeedsTheSurveyRule() {
		BigDecimal mean = SurveyMean.ofAnswers(answers(3, 1, 1, 0, 2)).orElseThrow();

		assertThat(new Rule.Survey().points(d("2"), Map.of(Rule.Survey.MEAN, mean))).isEqualByComparingTo("1.52");
	}

	@Test
	void theAnswersBesideTheMeanAreCarriedNotScored() {
		Map<String, BigDecimal> inputs = Map.of(Rule.Survey.MEAN, d("0.76"), Rule.Survey.RESPONDENTS, d("7"),
				Rule.Survey.ANSWERS + "A", d("3"), Rule.Survey.ANSWERS + "E", d("2"));
		Evaluation scored = new Rule.Survey().compute("1.6", d("2"), inputs);
		assertThat(scored.problems()).isEmpty();
		assertThat(scored.points()).isEqualByComparingTo("1.52");
		assertThat(
				new Rule.Survey().compute("1.6", d("2"), Map.of(Rule.Survey.MEAN, d("0.76"), "foo", d("1"))).problems())
			.extracting(Problem::kind)
			.containsExactly(ProblemKind.INPUT_UNKNOWN);
	}

}
