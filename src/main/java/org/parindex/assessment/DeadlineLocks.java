package org.parindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.parindex.assessment.cycle.Cycle;
import org.parindex.assessment.dossier.Dossier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes each stage when its deadline passes, whether or not anyone is signed in
 * ({@link DeadlineSchedule} runs it every minute, on one instance at a time). At the
 * self-assessment deadline every unsubmitted dossier is locked; each later deadline is
 * recorded as the stage's close. Every step also checks deadlines against the clock
 * itself ({@link Cycle}), so nothing depends on the job running at the exact second; the
 * job makes the lock visible and audited.
 */
@Component
class DeadlineLocks {

	private final CycleRepository cycles;

	private final CycleContexts contexts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeadlineLocks(CycleRepository cycles, CycleContexts contexts, TransactionTemplate transactions, Clock clock) {
		this.cycles = cycles;
		this.contexts = contexts;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Closes every stage whose deadline has passed; returns how many were closed. */
	int lockDueStages() {
		int closed = 0;
		for (CycleView cycle : this.cycles.all()) {
			Integer count = this.transactions.execute((status) -> lockDue(cycle.id()));
			closed += (count != null) ? count : 0;
		}
		return closed;
	}

	private int lockDue(long cycleId) {
		CycleContext context = this.contexts.changing(cycleId);
		List<Stage> closed = closeDue(context, false);
		if (closed.isEmpty()) {
			return 0;
		}
		this.contexts.save(context.cycle());
		return closed.size();
	}

	/**
	 * Closes the cycle's stages whose deadline has passed at the clock's now, inside the
	 * caller's transaction: at the self-assessment deadline every unsubmitted dossier is
	 * locked (and saved). Also run when the PAR office saves deadlines already past
	 * ({@link CycleService#update}), so the lock shows at once rather than at the job's
	 * next run.
	 * @param context the cycle, loaded for a change (locked)
	 * @param joined whether units may have joined the cycle after its self-assessment
	 * closed (deadlines and participants just saved): their unsubmitted dossiers are
	 * locked too
	 * @return the stages closed now, in order; the caller saves the cycle when any
	 */
	List<Stage> closeDue(CycleContext context, boolean joined) {
		Cycle cycle = context.cycle();
		Instant now = Instant.now(this.clock);
		List<Stage> closed = cycle.closeDueStages(now);
		if (closed.contains(Stage.SELF_ASSESSMENT) || (joined && cycle.passed(Stage.SELF_ASSESSMENT, now))) {
			for (long unitId : cycle.unitIds()) {
				Dossier dossier = this.contexts.dossier(context, unitId);
				if (dossier.lockAtDeadline(cycle)) {
					this.contexts.save(dossier);
				}
			}
		}
		return closed;
	}

}
