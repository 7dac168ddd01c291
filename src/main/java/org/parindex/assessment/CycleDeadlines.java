package org.parindex.assessment;

import java.time.LocalDateTime;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

/**
 * The deadlines of a cycle as people write them, in Vietnam's time (Asia/Ho_Chi_Minh),
 * and its participating units. Each deadline must come after the one before.
 */
public record CycleDeadlines(@NotNull LocalDateTime selfAssessmentUntil, @NotNull LocalDateTime appraisalUntil,
		@NotNull LocalDateTime explanationUntil, @NotNull LocalDateTime councilUntil,
		@NotNull LocalDateTime publicationOn, Set<Long> unitIds) {

	public CycleDeadlines {
		unitIds = Set.copyOf(unitIds);
	}

}
