package org.parindex.engine;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.engine.TestTrees.d;

class ProblemTests {

	@Test
	void messageArgumentsStartWithTheSubject() {
		Problem problem = Problem.of("1.2", ProblemKind.BRANCH_MAX_MISMATCH, d("5"), d("4.5"));

		assertThat(problem.messageArguments()).containsExactly("1.2", d("5"), d("4.5"));
	}

	@Test
	void descriptionFillsTheKindsPattern() {
		assertThat(Problem.of("1.1", ProblemKind.INPUT_MISSING, "base").describe())
			.isEqualTo("Leaf 1.1: input base is missing");
		assertThat(Problem.of("tie", ProblemKind.TIE_PLACES_OUT_OF_RANGE, 7).describe())
			.isEqualTo("Tie rule: places must be between 0 and 6 (found 7)");
	}

	@Test
	void everyKindHasItsOwnMessageKey() {
		assertThat(Arrays.stream(ProblemKind.values()).map(ProblemKind::messageKey)).doesNotHaveDuplicates()
			.allMatch(key -> key.matches("engine\\.problem\\.[a-z]+(-[a-z]+)*"));
		assertThat(ProblemKind.BRANCH_MAX_MISMATCH.messageKey()).isEqualTo("engine.problem.branch-max-mismatch");
	}

	@Test
	void everyPatternMentionsItsSubjectOrIsSetWide() {
		assertThat(ProblemKind.values())
			.filteredOn(kind -> kind != ProblemKind.NO_AREAS && kind != ProblemKind.TIE_PLACES_OUT_OF_RANGE)
			.allSatisfy(kind -> assertThat(kind.englishPattern()).contains("{0}"));
	}

}
