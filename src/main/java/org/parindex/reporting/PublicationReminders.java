package org.parindex.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.Actor;
import org.parindex.platform.Formats;
import org.parindex.platform.Reminder;
import org.parindex.platform.ReminderSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PAR office's to-dos at the end of a year, on its home page (issue 9, F12), so that
 * every stage names whoever must act next:
 * <ul>
 * <li>during the council's stage, the public reasons for lost points still to review
 * before publication ({@code reminder.reasons}, to the review);</li>
 * <li>the council's deadline passed and the year not approved: nobody can approve until
 * the PAR office moves the deadline ({@code reminder.council-overdue}, to the cycle's
 * settings);</li>
 * <li>the year approved by the council and not yet published: awaiting publication
 * ({@code reminder.publish}, to the publication preview), due on the planned publication
 * day.</li>
 * </ul>
 */
@Component
class PublicationReminders implements ReminderSource {

	private static final String PAR_OFFICE = "PAR_OFFICE";

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final AppraisalService appraisal;

	PublicationReminders(CycleService cycles, MethodologyService methodology, AppraisalService appraisal) {
		this.cycles = cycles;
		this.methodology = methodology;
		this.appraisal = appraisal;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> remindersFor(Actor actor, Instant now) {
		List<Reminder> reminders = new ArrayList<>();
		if (!actor.hasRole(PAR_OFFICE)) {
			return reminders;
		}
		for (CycleView cycle : this.cycles.cycles()) {
			IndexSetView set = this.methodology.find(cycle.indexSetId()).orElse(null);
			if (set == null || set.published()) {
				continue;
			}
			boolean approved = this.appraisal.approvedBy(cycle.id()).isPresent();
			boolean councilOpen = !now.isBefore(cycle.explanationUntil().toInstant())
					&& now.isBefore(cycle.councilUntil().toInstant());
			int unreviewed = (approved || councilOpen) ? this.appraisal.unreviewedReasons(cycle.id(), actor) : 0;
			if (approved) {
				reminders.add(new Reminder("reminder.publish",
						List.of(set.year(), unreviewed, Formats.localTime(cycle.publicationOn())),
						"/admin/reporting/cycles/" + cycle.id() + "/publication", cycle.publicationOn().toInstant()));
			}
			else if (councilOpen && unreviewed > 0) {
				reminders.add(new Reminder("reminder.reasons",
						List.of(set.year(), unreviewed, Formats.localTime(cycle.councilUntil())),
						"/admin/assessment/cycles/" + cycle.id() + "/reasons", cycle.councilUntil().toInstant()));
			}
			else if (!now.isBefore(cycle.councilUntil().toInstant())) {
				reminders.add(new Reminder("reminder.council-overdue",
						List.of(set.year(), Formats.localTime(cycle.councilUntil())),
						"/admin/assessment/cycles/" + cycle.id(), cycle.councilUntil().toInstant()));
			}
		}
		return reminders;
	}

}
