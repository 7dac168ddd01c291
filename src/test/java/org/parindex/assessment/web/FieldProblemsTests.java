package org.parindex.assessment.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problems of a refused workflow form read in page order, whichever check found them
 * first (walk #1): the appraisal's, explanation's and self-assessment's forms share this
 * ordering.
 */
class FieldProblemsTests {

	@Test
	void listsProblemsInThePagesCriterionOrderHoweverTheyWereFound() {
		FieldProblems problems = new FieldProblems(List.of("3.1", "3.2.1", "3.3.1", "3.3.10", "3.4.1"));
		// the form's own checks first (what it could not read, what is too long) ...
		problems.add("points.3.2.1", "3.2.1 unreadable");
		problems.add("comment.3.3.10", "3.3.10 too long");
		problems.add("input.3.3.1.actual", "3.3.1 input");
		// ... then what the workflow or the rules refuse of the rest
		problems.add("3.1", "points.3.1", "3.1 yes/no");
		problems.add("3.4.1", "", "3.4.1 reason");
		problems.add("3.3.1", "points.3.3.1", "3.3.1 negative");
		problems.add("", "the whole form");

		assertThat(problems.messages()).containsExactly("the whole form", "3.1 yes/no", "3.2.1 unreadable",
				"3.3.1 input", "3.3.1 negative", "3.3.10 too long", "3.4.1 reason");
		assertThat(problems.fields()).contains("points.3.2.1", "input.3.3.1.actual", "points.3.1");
	}

	@Test
	void keepsTheOrderFoundWhenThePageListsNoCriteria() {
		FieldProblems problems = new FieldProblems();
		problems.add("points.2", "second");
		problems.add("points.1", "first");

		assertThat(problems.messages()).containsExactly("second", "first");
	}

}
