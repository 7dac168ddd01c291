package org.parindex.assessment;

import java.util.List;

import org.parindex.assessment.cycle.Cycle;
import org.parindex.assessment.dossier.Dossier;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads and saves the workflow's aggregates for the services: a cycle with its index set
 * (read, or locked for a change), a unit's dossier (locked), and publishes the events the
 * aggregates registered once they are saved, inside the same transaction.
 */
@Component
class CycleContexts {

	private final CycleRepository cycles;

	private final DossierRepository dossiers;

	private final MethodologyService methodology;

	private final ApplicationEventPublisher events;

	CycleContexts(CycleRepository cycles, DossierRepository dossiers, MethodologyService methodology,
			ApplicationEventPublisher events) {
		this.cycles = cycles;
		this.dossiers = dossiers;
		this.methodology = methodology;
		this.events = events;
	}

	/**
	 * The cycle to read.
	 * @throws NotFoundException for an unknown cycle
	 */
	CycleContext read(long cycleId) {
		return load(cycleId, false);
	}

	/**
	 * The cycle of a change, its row locked until the change commits.
	 * @throws NotFoundException for an unknown cycle
	 */
	CycleContext changing(long cycleId) {
		return load(cycleId, true);
	}

	/** The cycle of an index set, to read. */
	java.util.Optional<CycleContext> readForSet(long indexSetId) {
		return this.cycles.idForSet(indexSetId).map(this::read);
	}

	/** The cycle of an index set, locked for a change. */
	java.util.Optional<CycleContext> changingForSet(long indexSetId) {
		return this.cycles.idForSet(indexSetId).map(this::changing);
	}

	private CycleContext load(long cycleId, boolean lock) {
		long setId = this.cycles.indexSetOf(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(setId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", setId));
		Cycle cycle = this.cycles.load(cycleId, set.year(), lock)
			.orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		return CycleContext.of(cycle, set);
	}

	/** A unit's dossier, locked until the change commits. */
	Dossier dossier(CycleContext context, long unitId) {
		return this.dossiers.lock(context.set().id(), unitId);
	}

	/** Saves the cycle and publishes its events. */
	void save(Cycle cycle) {
		this.cycles.save(cycle);
		publish(cycle.releaseEvents());
	}

	/** Saves the dossier and publishes its events. */
	void save(Dossier dossier) {
		this.dossiers.save(dossier);
		publish(dossier.releaseEvents());
	}

	private void publish(List<Object> released) {
		released.forEach(this.events::publishEvent);
	}

}
