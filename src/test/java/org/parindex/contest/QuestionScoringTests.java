package org.parindex.contest;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionScoringTests {

	@Test
	void aSingleAnswerIsCorrectOnlyWithItsCorrectOptionAlone() {
		assertThat(QuestionScoring.correct(QuestionKind.SINGLE, Set.of(1), Set.of(1))).isTrue();
		assertThat(QuestionScoring.correct(QuestionKind.SINGLE, Set.of(1), Set.of(0))).isFalse();
		assertThat(QuestionScoring.correct(QuestionKind.SINGLE, Set.of(1), Set.of())).isFalse();
		assertThat(QuestionScoring.correct(QuestionKind.SINGLE, Set.of(1), Set.of(0, 1))).isFalse();
	}

	@Test
	void aMultipleAnswerIsCorrectOnlyWithExactlyItsCorrectOptions() {
		assertThat(QuestionScoring.correct(QuestionKind.MULTIPLE, Set.of(0, 2), Set.of(0, 2))).isTrue();
		assertThat(QuestionScoring.correct(QuestionKind.MULTIPLE, Set.of(0, 2), Set.of(0))).isFalse();
		assertThat(QuestionScoring.correct(QuestionKind.MULTIPLE, Set.of(0, 2), Set.of(0, 1, 2))).isFalse();
		assertThat(QuestionScoring.correct(QuestionKind.MULTIPLE, Set.of(0, 2), Set.of())).isFalse();
	}

}
