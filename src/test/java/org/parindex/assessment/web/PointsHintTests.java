package org.parindex.assessment.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example a points field's hint gives is a decimal within the field's maximum, so
 * that a criterion of 0,25 or 0,5 points shows how to write one ("0,25"), never "75,5"
 * (issue 9, #4).
 */
class PointsHintTests {

	@Test
	void theExampleIsADecimalWithinTheMaximum() {
		assertThat(WorkflowForms.example(new BigDecimal("0.25"))).isEqualByComparingTo("0.25");
		assertThat(WorkflowForms.example(new BigDecimal("0.5000"))).isEqualByComparingTo("0.5");
		assertThat(WorkflowForms.example(new BigDecimal("1.5"))).isEqualByComparingTo("1.5");
		assertThat(WorkflowForms.example(new BigDecimal("1"))).isEqualByComparingTo("0.5");
		assertThat(WorkflowForms.example(new BigDecimal("6.00"))).isEqualByComparingTo("5.5");
		assertThat(WorkflowForms.example(new BigDecimal("64"))).isEqualByComparingTo("63.5");
		assertThat(WorkflowForms.example(BigDecimal.ZERO)).isEqualByComparingTo("0");
	}

}
