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

	private final NotApplicableService notApplicable;

	AppraisalProgressService(CycleContexts contexts, WorkflowAccess access, AppraisalProgressRepository repository,
			NotApplicableService notApplicable) {
		this.contexts = contexts;
		this.access = access;
		this.repository = repository;
		this.notApplicable = notApplicable;
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

	/**
	 * The units of a cycle with appraisal leaves nobody has appraised yet (neither round
	 * 1 nor a final score), over every area; leaves marked not applicable to the unit (or
	 * under a node so marked) are left out. For the council's and the PAR office's
	 * preview before approving and publishing; callers check who asks.
	 * @param cycleId the year's cycle
	 * @return by unit id, only units with at least one such leaf
	 * @throws NotFoundException ({@code cycle.unknown}) for an unknown cycle
	 */
	@Transactional(readOnly = true)
	public Map<Long, UnappraisedLeaves> unappraised(long cycleId) {
		CycleContext context = this.contexts.read(cycleId);
		List<String> leaves = List.copyOf(context.rules().leaves().keySet());
		Map<Long, Set<String>> scored = this.repository.scored(context.set().id(), leaves);
		Map<Long, Set<String>> marked = this.notApplicable.forSet(context.set().id());
		Map<Long, UnappraisedLeaves> unappraised = new LinkedHashMap<>();
		context.cycle().unitIds().stream().sorted().forEach((unit) -> {
			Set<String> done = scored.getOrDefault(unit, Set.of());
			Set<String> out = marked.getOrDefault(unit, Set.of());
			int applicable = 0;
			int missing = 0;
			Set<String> areas = new java.util.LinkedHashSet<>();
			for (String leaf : leaves) {
				if (out.stream().anyMatch((code) -> leaf.equals(code) || leaf.startsWith(code + "."))) {
					continue;
				}
				applicable++;
				if (!done.contains(leaf)) {
					missing++;
					areas.add(context.rules().areas().get(leaf));
				}
			}
			if (missing > 0) {
				unappraised.put(unit, new UnappraisedLeaves(unit, missing, applicable, List.copyOf(areas)));
			}
		});
		return unappraised;
	}

}
