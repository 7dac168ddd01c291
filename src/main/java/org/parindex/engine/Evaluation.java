package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A leaf rule applied to a unit's inputs: the points, or the problems that prevent
 * scoring (then the points are zero).
 */
public record Evaluation(BigDecimal points, List<Problem> problems) {

	public Evaluation {
		problems = List.copyOf(problems);
	}

	static Evaluation of(BigDecimal points) {
		return new Evaluation(points, List.of());
	}

	static Evaluation invalid(List<Problem> problems) {
		return new Evaluation(BigDecimal.ZERO, problems);
	}

	public boolean valid() {
		return this.problems.isEmpty();
	}

}
