package org.parindex.assessment;

import java.util.Set;
import java.util.stream.Collectors;

import org.parindex.identity.IdentityService;
import org.parindex.platform.Actor;
import org.parindex.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may see and do what in a cycle. A unit's officer and leader see only their own
 * unit; appraisers see every participating unit but score only their assigned areas; the
 * PAR office and the council see everything. Refusals of reading answer "not found", so
 * that nobody learns what another unit has entered.
 */
@Component
class WorkflowAccess {

	static final String PAR_OFFICE = "PAR_OFFICE";

	static final String APPRAISER = "APPRAISER";

	static final String COUNCIL = "COUNCIL_MEMBER";

	static final String UNIT_OFFICER = "UNIT_OFFICER";

	static final String UNIT_LEADER = "UNIT_LEADER";

	private final IdentityService identity;

	private final DossierRepository repository;

	private final java.time.Clock clock;

	WorkflowAccess(IdentityService identity, DossierRepository repository, java.time.Clock clock) {
		this.identity = identity;
		this.repository = repository;
		this.clock = clock;
	}

	/** The actor may read the unit's dossier in this cycle. */
	boolean canRead(Actor actor, CycleContext context, long unitId) {
		if (!context.cycle().participates(unitId)) {
			return false;
		}
		if (actor.hasRole(PAR_OFFICE) || actor.hasRole(COUNCIL)) {
			return true;
		}
		if (actor.hasRole(APPRAISER)) {
			return !areas(actor, context).isEmpty() && handedIn(context, unitId);
		}
		return isUnit(actor, unitId);
	}

	/**
	 * Appraisers read a dossier once the unit has handed it in: submitted, or the
	 * self-assessment deadline has passed. Until then it is the unit's draft.
	 */
	private boolean handedIn(CycleContext context, long unitId) {
		if (context.cycle().passed(Stage.SELF_ASSESSMENT, java.time.Instant.now(this.clock))) {
			return true;
		}
		return this.repository.dossier(context.set().id(), unitId)
			.map((dossier) -> !dossier.status().editable())
			.orElse(false);
	}

	void requireRead(Actor actor, CycleContext context, long unitId) {
		if (!canRead(actor, context, unitId)) {
			throw new NotFoundException("assessment.unit.unknown", unitId);
		}
	}

	/** The actor is an officer or leader of the unit. */
	boolean isUnit(Actor actor, long unitId) {
		return (actor.hasRole(UNIT_OFFICER) || actor.hasRole(UNIT_LEADER))
				&& actor.unitId().filter((id) -> id == unitId).isPresent();
	}

	void requireUnit(Actor actor, CycleContext context, long unitId) {
		if (!isUnit(actor, unitId) || !context.cycle().participates(unitId)) {
			throw new NotFoundException("assessment.unit.unknown", unitId);
		}
	}

	/** The areas of the cycle's index set the actor appraises. */
	Set<String> areas(Actor actor, CycleContext context) {
		if (!actor.hasRole(APPRAISER)) {
			return Set.of();
		}
		return this.identity.areas(actor.accountId())
			.stream()
			.filter((area) -> area.indexSetId() == context.set().id())
			.map((area) -> area.areaCode())
			.collect(Collectors.toSet());
	}

	/** An appraiser may score a leaf of an assigned area only. */
	void requireArea(Actor actor, CycleContext context, String leafCode) {
		String area = context.rules().areas().get(leafCode);
		if (!areas(actor, context).contains(area)) {
			throw new WorkflowException("assessment.area.not-assigned", leafCode, area);
		}
	}

}
