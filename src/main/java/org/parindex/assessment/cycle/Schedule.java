package org.parindex.assessment.cycle;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.InvalidCycleException;
import org.parindex.assessment.Stage;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * When each stage of a cycle ends, in Asia/Ho_Chi_Minh: self-assessment, appraisal (round
 * 1), explanation, council; and the publication date. Each deadline comes after the one
 * before; publication may fall on the council's deadline.
 */
public record Schedule(ZonedDateTime selfAssessmentUntil, ZonedDateTime appraisalUntil, ZonedDateTime explanationUntil,
		ZonedDateTime councilUntil, ZonedDateTime publicationOn) {

	/** The schedule of deadlines as people write them, in Vietnam's time. */
	public static Schedule of(CycleDeadlines deadlines) {
		return new Schedule(zoned(deadlines.selfAssessmentUntil()), zoned(deadlines.appraisalUntil()),
				zoned(deadlines.explanationUntil()), zoned(deadlines.councilUntil()), zoned(deadlines.publicationOn()));
	}

	/** When a stage ends (the publication date for the stages after the council). */
	public ZonedDateTime deadline(Stage stage) {
		return switch (stage) {
			case SELF_ASSESSMENT -> this.selfAssessmentUntil;
			case APPRAISAL -> this.appraisalUntil;
			case EXPLANATION -> this.explanationUntil;
			case COUNCIL -> this.councilUntil;
			case AWAITING_PUBLICATION, PUBLICATION -> this.publicationOn;
		};
	}

	/** The five instants in order. */
	public List<ZonedDateTime> all() {
		return List.of(this.selfAssessmentUntil, this.appraisalUntil, this.explanationUntil, this.councilUntil,
				this.publicationOn);
	}

	/**
	 * Each deadline comes after the one before (publication may equal the council's).
	 * @throws InvalidCycleException {@code cycle.deadlines.order} otherwise, naming the
	 * first stage whose deadline is not after the one before, that stage and both times
	 */
	public void requireOrdered() {
		List<ZonedDateTime> instants = all();
		List<Stage> stages = List.of(Stage.SELF_ASSESSMENT, Stage.APPRAISAL, Stage.EXPLANATION, Stage.COUNCIL,
				Stage.PUBLICATION);
		for (int i = 1; i < instants.size(); i++) {
			boolean last = i == instants.size() - 1;
			int order = instants.get(i).toInstant().compareTo(instants.get(i - 1).toInstant());
			if (order < 0 || (order == 0 && !last)) {
				throw new InvalidCycleException("cycle.deadlines.order",
						new DefaultMessageSourceResolvable(stages.get(i).messageKey()),
						org.parindex.platform.Formats.localTime(instants.get(i)),
						new DefaultMessageSourceResolvable(stages.get(i - 1).messageKey()),
						org.parindex.platform.Formats.localTime(instants.get(i - 1)));
			}
		}
	}

	/**
	 * Every deadline falls in the years {@code from} to {@code to}, both included.
	 * @throws InvalidCycleException {@code cycle.deadline.range} naming the first stage
	 * whose deadline falls outside, and the years
	 */
	public void requireWithinYears(int from, int to) {
		for (Stage stage : List.of(Stage.SELF_ASSESSMENT, Stage.APPRAISAL, Stage.EXPLANATION, Stage.COUNCIL,
				Stage.PUBLICATION)) {
			int year = deadline(stage).getYear();
			if (year < from || year > to) {
				throw new InvalidCycleException("cycle.deadline.range",
						new DefaultMessageSourceResolvable(stage.messageKey()), from, to);
			}
		}
	}

	private static ZonedDateTime zoned(LocalDateTime time) {
		return time.atZone(Cycle.ZONE);
	}

}
