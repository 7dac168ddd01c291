package org.parindex.assessment;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * A year's cycle: its index set, the end of each stage (in Asia/Ho_Chi_Minh) and the
 * participating units.
 */
public record CycleView(long id, long indexSetId, ZonedDateTime selfAssessmentUntil, ZonedDateTime appraisalUntil,
		ZonedDateTime explanationUntil, ZonedDateTime councilUntil, ZonedDateTime publicationOn, Set<Long> unitIds) {

	public CycleView {
		unitIds = Set.copyOf(unitIds);
	}

	/** The stages that close at a deadline, in order. */
	public static final List<Stage> CLOSING = List.of(Stage.SELF_ASSESSMENT, Stage.APPRAISAL, Stage.EXPLANATION,
			Stage.COUNCIL);

	/** When a closing stage ends. */
	public ZonedDateTime deadline(Stage stage) {
		return switch (stage) {
			case SELF_ASSESSMENT -> this.selfAssessmentUntil;
			case APPRAISAL -> this.appraisalUntil;
			case EXPLANATION -> this.explanationUntil;
			case COUNCIL -> this.councilUntil;
			case AWAITING_PUBLICATION, PUBLICATION -> this.publicationOn;
		};
	}

	/** The stage open at an instant: the first whose deadline has not passed. */
	public Stage stageAt(Instant now) {
		List<ZonedDateTime> ends = List.of(this.selfAssessmentUntil, this.appraisalUntil, this.explanationUntil,
				this.councilUntil, this.publicationOn);
		Stage[] stages = Stage.values();
		for (int i = 0; i < ends.size(); i++) {
			if (now.isBefore(ends.get(i).toInstant())) {
				return stages[i];
			}
		}
		return Stage.PUBLICATION;
	}

}
