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
		Cycle cycle = context.cycle();
		List<Stage> closed = cycle.closeDueStages(Instant.now(this.clock));
		if (closed.isEmpty()) {
			return 0;
		}
		if (closed.contains(Stage.SELF_ASSESSMENT)) {
			for (long unitId : cycle.unitIds()) {
				Dossier dossier = this.contexts.dossier(context, unitId);
				if (dossier.lockAtDeadline(cycle)) {
					this.contexts.save(dossier);
				}
			}
		}
		this.contexts.save(cycle);
		return closed.size();
	}

}
