package org.parindex.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parindex.platform.Actor;
import org.parindex.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the appraisal of each unit of a cycle has come, for the appraisers' list of
 * units: over an appraiser's assigned areas, or over every area for the council and the
 * PAR office (who read every dossier, {@link WorkflowAccess}).
 */
@Service
public class AppraisalProgressService {

	private final CycleContexts contexts;

	private final WorkflowAccess access;

	private final AppraisalProgressRepository repository;

	AppraisalProgressService(CycleContexts contexts, WorkflowAccess access, AppraisalProgressRepository repository) {
		this.contexts = contexts;
		this.access = access;
		this.repository = repository;
	}

	/**
	 * Every participating unit's progress, by unit id (a unit with nothing appraised has
	 * zeros).
	 * @param cycleId the year's cycle
	 * @param actor an appraiser with areas of the cycle's index set, a council member or
	 * the PAR office
	 * @throws NotFoundException ({@code cycle.unknown}) for an unknown cycle and for
	 * anyone else, as the appraisal pages answer
	 */
	@Transactional(readOnly = true)
	public Map<Long, AppraisalProgressView> progress(long cycleId, Actor actor) {
		CycleContext context = this.contexts.read(cycleId);
		boolean everyArea = actor.hasRole(WorkflowAccess.COUNCIL) || actor.hasRole(WorkflowAccess.PAR_OFFICE);
		Set<String> areas = this.access.areas(actor, context);
		if (!everyArea && areas.isEmpty()) {
			throw new NotFoundException("cycle.unknown", cycleId);
		}
		List<String> leaves = context.rules()
			.leaves()
			.keySet()
			.stream()
			.filter((code) -> everyArea || areas.contains(context.rules().areas().get(code)))
			.toList();
		Map<Long, int[]> counts = this.repository.counts(context.set().id(), leaves);
		Map<Long, AppraisalProgressView> progress = new LinkedHashMap<>();
		context.cycle().unitIds().stream().sorted().forEach((unit) -> {
			int[] c = counts.getOrDefault(unit, new int[4]);
			progress.put(unit, new AppraisalProgressView(unit, leaves.size(), c[0], c[1], c[2], c[3]));
		});
		return progress;
	}

}
