package org.parindex.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.engine.RankLabel;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.Actor;
import org.parindex.platform.Reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The PAR office's to-dos at the end of a year (issue 9, F12): whoever must act next has
 * a to-do at every stage after the appraisal; the PAR office's after the council's
 * approval is the publication, linked to its preview.
 */
class PublicationRemindersTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final ZonedDateTime EXPLANATION = ZonedDateTime.of(2023, 2, 1, 17, 0, 0, 0, VIETNAM);

	private static final ZonedDateTime COUNCIL = EXPLANATION.plusDays(14);

	private static final ZonedDateTime PUBLICATION = COUNCIL.plusDays(14);

	private final CycleService cycles = mock(CycleService.class);

	private final MethodologyService methodology = mock(MethodologyService.class);

	private final AppraisalService appraisal = mock(AppraisalService.class);

	private final PublicationReminders reminders = new PublicationReminders(this.cycles, this.methodology,
			this.appraisal);

	private final CycleView cycle = new CycleView(3, 11, EXPLANATION.minusDays(60), EXPLANATION.minusDays(30),
			EXPLANATION, COUNCIL, PUBLICATION, Set.of(1L, 2L));

	PublicationRemindersTests() {
		when(this.cycles.cycles()).thenReturn(List.of(this.cycle));
		when(this.methodology.find(11)).thenReturn(Optional.of(set(false)));
		when(this.appraisal.approvedBy(3)).thenReturn(Optional.empty());
		when(this.appraisal.unreviewedReasons(eq(3L), any())).thenReturn(0);
	}

	@Test
	void anApprovedYearAwaitsPublicationOnTheParOfficesHomePage() {
		when(this.appraisal.approvedBy(3)).thenReturn(Optional.of("hoidong"));
		when(this.appraisal.unreviewedReasons(eq(3L), any())).thenReturn(2);
		List<Reminder> due = this.reminders.remindersFor(actor("PAR_OFFICE"), COUNCIL.minusDays(1).toInstant());
		assertThat(due).singleElement().satisfies((reminder) -> {
			assertThat(reminder.messageKey()).isEqualTo("reminder.publish");
			assertThat(reminder.link()).isEqualTo("/admin/reporting/cycles/3/publication");
			assertThat(reminder.arguments()).containsExactly(2022, 2, "17h00 01/03/2023");
			assertThat(reminder.due()).isEqualTo(PUBLICATION.toInstant());
		});
		assertThat(this.reminders.remindersFor(actor("COUNCIL_MEMBER"), COUNCIL.minusDays(1).toInstant()))
			.as("the PAR office's to-do only")
			.isEmpty();
	}

	@Test
	void aPublishedYearLeavesNothingToDo() {
		when(this.methodology.find(11)).thenReturn(Optional.of(set(true)));
		when(this.appraisal.approvedBy(3)).thenReturn(Optional.of("hoidong"));
		assertThat(this.reminders.remindersFor(actor("PAR_OFFICE"), PUBLICATION.plusDays(1).toInstant())).isEmpty();
	}

	@Test
	void duringTheCouncilsStageThePublicReasonsWaitForTheParOfficesReview() {
		when(this.appraisal.unreviewedReasons(eq(3L), any())).thenReturn(5);
		assertThat(this.reminders.remindersFor(actor("PAR_OFFICE"), EXPLANATION.plusDays(1).toInstant()))
			.singleElement()
			.satisfies((reminder) -> {
				assertThat(reminder.messageKey()).isEqualTo("reminder.reasons");
				assertThat(reminder.link()).isEqualTo("/admin/assessment/cycles/3/reasons");
				assertThat(reminder.arguments()).containsExactly(2022, 5, "17h00 15/02/2023");
			});
		when(this.appraisal.unreviewedReasons(eq(3L), any())).thenReturn(0);
		assertThat(this.reminders.remindersFor(actor("PAR_OFFICE"), EXPLANATION.plusDays(1).toInstant()))
			.as("every reason reviewed")
			.isEmpty();
		assertThat(this.reminders.remindersFor(actor("PAR_OFFICE"), EXPLANATION.minusDays(1).toInstant()))
			.as("before the council's stage")
			.isEmpty();
	}

	@Test
	void aCouncilDeadlinePassedWithoutApprovalAsksTheParOfficeToMoveIt() {
		assertThat(this.reminders.remindersFor(actor("PAR_OFFICE"), COUNCIL.plusHours(1).toInstant())).singleElement()
			.satisfies((reminder) -> {
				assertThat(reminder.messageKey()).isEqualTo("reminder.council-overdue");
				assertThat(reminder.link()).isEqualTo("/admin/assessment/cycles/3");
				assertThat(reminder.urgent(COUNCIL.plusHours(1).toInstant())).isTrue();
			});
	}

	private static IndexSetView set(boolean published) {
		return new IndexSetView(11, 2022, 1, "Bộ chỉ số", "", false, published, Map.of(), BigDecimal.ZERO,
				BigDecimal.ZERO, 2, List.of(), List.of(), null, 0, RankLabel.UNIT_COUNT_WIDTH);
	}

	private static Actor actor(String role) {
		return new Actor() {

			@Override
			public long accountId() {
				return 7;
			}

			@Override
			public String username() {
				return "someone";
			}

			@Override
			public String displayName() {
				return "Someone";
			}

			@Override
			public Set<String> roles() {
				return Set.of(role);
			}

			@Override
			public Optional<Long> unitId() {
				return Optional.empty();
			}

		};
	}

}
