package org.parindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.Formats;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes each stage when its deadline passes, whether or not anyone is signed in
 * ({@link DeadlineSchedule} runs it every minute, on one instance at a time). At the
 * self-assessment deadline every unsubmitted dossier is locked; each later deadline is
 * recorded as the stage's close. Every page also checks deadlines against the clock
 * itself, so nothing depends on the job running at the exact second; the job makes the
 * lock visible and audited.
 */
@Component
class DeadlineLocks {

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final WorkflowRepository repository;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeadlineLocks(CycleService cycles, MethodologyService methodology, WorkflowRepository repository,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.cycles = cycles;
		this.methodology = methodology;
		this.repository = repository;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Closes every stage whose deadline has passed; returns how many were closed. */
	int lockDueStages() {
		int closed = 0;
		for (CycleView cycle : this.cycles.cycles()) {
			Integer count = this.transactions.execute((status) -> lockDue(cycle));
			closed += (count != null) ? count : 0;
		}
		return closed;
	}

	private int lockDue(CycleView cycle) {
		Optional<IndexSetView> set = this.methodology.find(cycle.indexSetId());
		if (set.isEmpty() || set.get().published()) {
			return 0;
		}
		this.repository.lockCycle(cycle.id());
		Instant now = Instant.now(this.clock);
		Optional<String> through = this.repository.lockedThrough(cycle.id());
		int done = through.map((name) -> CycleView.CLOSING.indexOf(Stage.valueOf(name)) + 1).orElse(0);
		int closed = 0;
		for (int i = done; i < CycleView.CLOSING.size(); i++) {
			Stage stage = CycleView.CLOSING.get(i);
			if (now.isBefore(cycle.deadline(stage).toInstant())) {
				break;
			}
			if (stage == Stage.SELF_ASSESSMENT) {
				lockDossiers(cycle, set.get());
			}
			this.repository.setLockedThrough(cycle.id(), stage);
			this.events.publishEvent(AuditableChange.of("cycle", Long.toString(cycle.id()), "stage-closed", "",
					stage.name(), "deadline " + Formats.TIME.format(cycle.deadline(stage))));
			closed++;
		}
		return closed;
	}

	private void lockDossiers(CycleView cycle, IndexSetView set) {
		for (long unitId : cycle.unitIds()) {
			DossierStatus status = this.repository.lockDossier(set.id(), unitId);
			if (status.editable() && this.repository.transition(set.id(), unitId,
					java.util.Set.of(DossierStatus.DRAFT, DossierStatus.RETURNED), DossierStatus.LOCKED,
					Optional.empty(), Optional.empty(), Optional.empty())) {
				this.events.publishEvent(AuditableChange.of("dossier", set.id() + "/" + unitId, "locked", status.name(),
						DossierStatus.LOCKED.name(), "deadline " + Formats.TIME.format(cycle.selfAssessmentUntil())));
			}
		}
	}

}
