package org.parindex.assessment.cycle;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parindex.assessment.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One name per stage (issue 9): a year published before its publication date is in "Công
 * bố" on every page, not in the council's stage by its deadlines; an approved year waits
 * for publication.
 */
class CycleStageTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Schedule SCHEDULE = new Schedule(at(2023, 1, 15), at(2023, 2, 15), at(2023, 2, 28),
			at(2023, 3, 31), at(2023, 4, 15));

	private static final Instant DURING_COUNCIL = at(2023, 3, 10).toInstant();

	@Test
	void aYearInProgressIsInTheStageItsDeadlinesOpen() {
		assertThat(cycle(Optional.empty(), Optional.empty()).stage(DURING_COUNCIL)).isEqualTo(Stage.COUNCIL);
	}

	@Test
	void anApprovedYearAwaitsPublication() {
		Cycle approved = cycle(Optional.of(new Cycle.Approval(DURING_COUNCIL, "hoidong")), Optional.empty());
		assertThat(approved.stage(DURING_COUNCIL)).isEqualTo(Stage.AWAITING_PUBLICATION);
	}

	@Test
	void aPublishedYearIsInPublicationEvenBeforeItsPublicationDate() {
		Cycle published = cycle(Optional.of(new Cycle.Approval(DURING_COUNCIL, "hoidong")),
				Optional.of(DURING_COUNCIL.plusSeconds(60)));
		assertThat(published.stage(DURING_COUNCIL.plusSeconds(120))).isEqualTo(Stage.PUBLICATION);
	}

	@Test
	void aPublicationDatePassedWithoutAPublicationIsStillAwaited() {
		assertThat(cycle(Optional.empty(), Optional.empty()).stage(at(2023, 5, 1).toInstant()))
			.isEqualTo(Stage.AWAITING_PUBLICATION);
	}

	private static Cycle cycle(Optional<Cycle.Approval> approval, Optional<Instant> publishedAt) {
		return new Cycle(1, 1, 2022, SCHEDULE, Set.of(1L), approval, publishedAt, Optional.empty(), List.of());
	}

	private static ZonedDateTime at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 17, 0).atZone(VIETNAM);
	}

}
