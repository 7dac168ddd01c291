package org.parindex.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parindex.assessment.cycle.Cycle;
import org.parindex.methodology.IndexSetView;
import org.parindex.platform.Actor;
import org.parindex.platform.Reminder;
import org.parindex.platform.ReminderSource;
import org.parindex.platform.Formats;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's unfinished work in open cycles, for the home page: the unit's
 * self-assessment and answers, the appraisers' leaves, the PAR office's unsubmitted units
 * and the council's approval.
 */
@Component
class AssessmentReminders implements ReminderSource {

	/** How long a council's decision on a bonus or deduction is told (days). */
	static final int DECISION_SHOWN_DAYS = 30;

	private final CycleRepository cycles;

	private final CycleContexts contexts;

	private final DossierService dossiers;

	private final DossierRepository repository;

	private final WorkflowAccess access;

	private final Formats formats;

	AssessmentReminders(CycleRepository cycles, CycleContexts contexts, DossierService dossiers,
			DossierRepository repository, WorkflowAccess access, Formats formats) {
		this.formats = formats;
		this.cycles = cycles;
		this.contexts = contexts;
		this.dossiers = dossiers;
		this.repository = repository;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> remindersFor(Actor actor, Instant now) {
		List<Reminder> reminders = new ArrayList<>();
		for (CycleView listed : this.cycles.all()) {
			if (actor.unitId().isPresent() && listed.unitIds().contains(actor.unitId().get())
					&& this.access.isUnit(actor, actor.unitId().get())) {
				decisions(this.contexts.read(listed.id()), actor.unitId().get(), now, reminders);
			}
			if (this.cycles.approval(listed.id()).isPresent()) {
				continue;
			}
			CycleContext context = this.contexts.read(listed.id());
			if (context.cycle().closed()) {
				continue;
			}
			CycleView cycle = context.view();
			IndexSetView set = context.set();
			int year = set.year();
			String base = "/assessment/cycles/" + cycle.id();
			if (actor.unitId().isPresent() && this.access.isUnit(actor, actor.unitId().get())
					&& cycle.unitIds().contains(actor.unitId().get())) {
				long unitId = actor.unitId().get();
				UnitDossierView dossier = this.dossiers.view(context, unitId);
				if (dossier.editable()) {
					reminders.add(new Reminder("reminder.self",
							List.of(year, dossier.leaves().size() - dossier.entered(), dossier.leaves().size(),
									Formats.localTime(cycle.selfAssessmentUntil())),
							base + "/unit", cycle.selfAssessmentUntil().toInstant()));
				}
				// what happened to the dossier, when, and what to do (issue 9, A-home)
				if (dossier.dossier().status() == DossierStatus.RETURNED
						&& now.isBefore(cycle.selfAssessmentUntil().toInstant())) {
					// the reason as a clause: the message ends it with its own full stop
					String reason = org.parindex.platform.Text.clause(dossier.dossier().returnedReason().orElse(""));
					String deadline = Formats.localTime(cycle.selfAssessmentUntil());
					reminders.add(dossier.dossier()
						.returnedAt()
						.map((at) -> new Reminder("reminder.returned",
								List.of(year, Formats.localTime(at.atZone(Cycle.ZONE)), reason, deadline),
								base + "/unit", cycle.selfAssessmentUntil().toInstant()))
						.orElseGet(() -> new Reminder("reminder.returned.undated", List.of(year, reason, deadline),
								base + "/unit", cycle.selfAssessmentUntil().toInstant())));
				}
				Map<String, List<LeafEventView>> history = this.repository.events(set.id(), unitId);
				for (LeafRecordView leaf : dossier.leaves()) {
					List<LeafEventView> events = history.getOrDefault(leaf.leafCode(), List.of());
					events.stream()
						.filter((event) -> "COUNCIL".equals(event.phase()))
						.reduce((first, second) -> second)
						.ifPresent((event) -> reminders.add(new Reminder("reminder.council-changed",
								List.of(year, leaf.leafCode(), Formats.localTime(event.occurredAt().atZone(Cycle.ZONE)),
										leaf.finalPoints().map(Object.class::cast).orElse("—")),
								base + "/unit", cycle.councilUntil().toInstant())));
				}
				long unanswered = dossier.flagged().stream().filter((leaf) -> leaf.answer().isEmpty()).count();
				if (unanswered > 0 && now.isBefore(cycle.explanationUntil().toInstant())) {
					reminders.add(new Reminder("reminder.explanation",
							List.of(year, unanswered, Formats.localTime(cycle.explanationUntil())),
							base + "/unit/explanation", cycle.explanationUntil().toInstant()));
				}
			}
			if (actor.hasRole(WorkflowAccess.APPRAISER) && now.isBefore(cycle.councilUntil().toInstant())
					&& !this.access.areas(actor, context).isEmpty()) {
				boolean round1 = now.isBefore(cycle.appraisalUntil().toInstant());
				reminders.add(new Reminder(round1 ? "reminder.round1" : "reminder.round2",
						List.of(year, Formats.localTime(round1 ? cycle.appraisalUntil() : cycle.councilUntil())),
						base + "/appraisal", (round1 ? cycle.appraisalUntil() : cycle.councilUntil()).toInstant()));
			}
			if (actor.hasRole(WorkflowAccess.PAR_OFFICE) && now.isBefore(cycle.selfAssessmentUntil().toInstant())) {
				long submitted = this.repository.dossiers(set.id())
					.stream()
					.filter((d) -> d.status() == DossierStatus.SUBMITTED && cycle.unitIds().contains(d.unitId()))
					.count();
				reminders.add(new Reminder("reminder.par-office",
						List.of(year, cycle.unitIds().size() - submitted, cycle.unitIds().size(),
								Formats.localTime(cycle.selfAssessmentUntil())),
						"/admin/assessment/cycles/" + cycle.id(), cycle.selfAssessmentUntil().toInstant()));
			}
			if (actor.hasRole(WorkflowAccess.COUNCIL) && now.isBefore(cycle.councilUntil().toInstant())) {
				reminders.add(new Reminder("reminder.council", List.of(year, Formats.localTime(cycle.councilUntil())),
						base + "/council", cycle.councilUntil().toInstant()));
			}
		}
		reminders.sort((a, b) -> a.due().compareTo(b.due()));
		return reminders;
	}

	/**
	 * Tells a unit, for {@value #DECISION_SHOWN_DAYS} days, each council decision on a
	 * bonus or deduction proposed for it: kind, points, approved or refused, when and
	 * why, linking to the proposals on its dossier page (walk of 02/12, finding 10). Also
	 * after the council's approval and the publication, as the correction notice is.
	 * Decisions taken over from paper (no reason kept) are not told.
	 */
	private void decisions(CycleContext context, long unitId, Instant now, List<Reminder> reminders) {
		int year = context.set().year();
		for (org.parindex.assessment.cycle.AdjustmentEntry entry : context.cycle().adjustments()) {
			if (entry.unitId() != unitId || entry.status() == AdjustmentStatus.PROPOSED
					|| entry.decisionReason().isEmpty() || entry.decidedAt().isEmpty()) {
				continue;
			}
			Instant at = entry.decidedAt().get().toInstant();
			if (at.isBefore(now.minus(java.time.Duration.ofDays(DECISION_SHOWN_DAYS)))) {
				continue;
			}
			String key = "reminder.adjustment-decided." + entry.kind().name().toLowerCase(java.util.Locale.ROOT);
			// superseded entries were approved before the correction replaced them
			int approved = (entry.status() == AdjustmentStatus.REJECTED) ? 0 : 1;
			reminders.add(new Reminder(key,
					List.of(year, this.formats.points(entry.points()), approved,
							Formats.localTime(entry.decidedAt().get().atZoneSameInstant(Cycle.ZONE)),
							org.parindex.platform.Text.clause(entry.decisionReason())),
					"/assessment/cycles/" + context.cycle().id() + "/unit#adjustments", at));
		}
	}

}
