package org.parindex.assessment;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CycleViewTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CycleView cycle = new CycleView(1, 1, at(2023, 1, 15, 17), at(2023, 2, 15, 17), at(2023, 2, 28, 17),
			at(2023, 3, 31, 17), at(2023, 4, 15, 8), Set.of(1L));

	@Test
	void aStageIsOpenUntilItsDeadlineInVietnamTime() {
		assertThat(this.cycle.stageAt(at(2023, 1, 15, 17).minusSeconds(1).toInstant()))
			.isEqualTo(Stage.SELF_ASSESSMENT);
		assertThat(this.cycle.stageAt(at(2023, 1, 15, 17).toInstant())).isEqualTo(Stage.APPRAISAL);
		assertThat(this.cycle.stageAt(at(2023, 3, 1, 9).toInstant())).isEqualTo(Stage.COUNCIL);
		assertThat(this.cycle.stageAt(at(2023, 4, 1, 9).toInstant())).isEqualTo(Stage.AWAITING_PUBLICATION);
		assertThat(this.cycle.stageAt(at(2023, 4, 15, 8).toInstant())).isEqualTo(Stage.PUBLICATION);
	}

	@Test
	void eachClosingStageHasItsDeadlineInOrder() {
		assertThat(CycleView.CLOSING).containsExactly(Stage.SELF_ASSESSMENT, Stage.APPRAISAL, Stage.EXPLANATION,
				Stage.COUNCIL);
		ZonedDateTime previous = null;
		for (Stage stage : CycleView.CLOSING) {
			ZonedDateTime deadline = this.cycle.deadline(stage);
			if (previous != null) {
				assertThat(deadline).isAfter(previous);
			}
			assertThat(this.cycle.stageAt(deadline.minusSeconds(1).toInstant())).isEqualTo(stage);
			previous = deadline;
		}
		assertThat(this.cycle.deadline(Stage.SELF_ASSESSMENT).toInstant().toString()).isEqualTo("2023-01-15T10:00:00Z");
	}

	private static ZonedDateTime at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(VIETNAM);
	}

}
