package org.parindex.assessment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.parindex.engine.Component;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.AuditableChange;
import org.parindex.survey.SurveyService;
import org.parindex.platform.Formats;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A year's assessment cycle for an index set: the deadline of each stage, written in
 * Asia/Ho_Chi_Minh (self-assessment, appraisal, explanation, council, publication), the
 * participating units, and where each unit stands. Changes are audited; a published
 * year's cycle no longer changes.
 */
@Service
@Validated
public class CycleService {

	private final CycleRepository cycles;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final SurveyService survey;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final WorkflowRepository workflow;

	CycleService(CycleRepository cycles, MethodologyService methodology, OrganizationService organization,
			SurveyService survey, ApplicationEventPublisher events, Clock clock, WorkflowRepository workflow) {
		this.workflow = workflow;
		this.cycles = cycles;
		this.methodology = methodology;
		this.organization = organization;
		this.survey = survey;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the cycle of an index set.
	 * @throws InvalidCycleException when the set has a cycle already (also when another
	 * request opened it at the same moment), the deadlines are not in order or outside
	 * the set's years, or a unit is not of the set's group
	 */
	@Transactional
	public CycleView open(long indexSetId, @Valid CycleDeadlines deadlines) {
		IndexSetView set = set(indexSetId);
		if (this.cycles.findForSet(indexSetId).isPresent()) {
			throw new InvalidCycleException("cycle.exists", set.year());
		}
		List<OffsetDateTime> instants = check(set, deadlines);
		long id;
		try {
			id = this.cycles.insert(indexSetId, instants, OffsetDateTime.now(this.clock));
		}
		catch (DuplicateKeyException ex) {
			// opened by another request a moment ago (unique index_set_id); this
			// transaction ends
			throw new InvalidCycleException("cycle.exists", set.year());
		}
		this.cycles.replaceUnits(id, deadlines.unitIds());
		this.workflow.ensureDossiers(indexSetId, deadlines.unitIds());
		audit(id, "opened", "", describe(deadlines));
		return this.cycles.find(id).orElseThrow();
	}

	/**
	 * Changes a cycle's deadlines and participants.
	 * @throws InvalidCycleException as {@link #open}, or when the year is published
	 */
	@Transactional
	public CycleView update(long cycleId, @Valid CycleDeadlines deadlines) {
		CycleView cycle = this.cycles.find(cycleId)
			.orElseThrow(() -> new InvalidCycleException("cycle.unknown", cycleId));
		IndexSetView set = set(cycle.indexSetId());
		if (set.published()) {
			throw new InvalidCycleException("cycle.published", set.year());
		}
		this.workflow.lockCycle(cycleId);
		if (this.workflow.approval(cycleId).isPresent()) {
			throw new InvalidCycleException("cycle.approved", set.year());
		}
		List<OffsetDateTime> instants = check(set, deadlines);
		this.cycles.update(cycleId, instants);
		this.cycles.replaceUnits(cycleId, deadlines.unitIds());
		this.workflow.ensureDossiers(set.id(), deadlines.unitIds());
		audit(cycleId, "changed", describe(cycle), describe(deadlines));
		CycleView updated = this.cycles.find(cycleId).orElseThrow();
		reopenExtendedStages(updated, set);
		return updated;
	}

	/**
	 * A deadline moved into the future reopens its stage: dossiers locked at the old
	 * self-assessment deadline become drafts again (audited), and the deadline job closes
	 * the stage again when the new deadline passes.
	 */
	private void reopenExtendedStages(CycleView cycle, IndexSetView set) {
		Optional<String> through = this.workflow.lockedThrough(cycle.id());
		if (through.isEmpty()) {
			return;
		}
		java.time.Instant now = java.time.Instant.now(this.clock);
		Optional<Stage> passed = Optional.empty();
		for (Stage stage : CycleView.CLOSING) {
			if (now.isBefore(cycle.deadline(stage).toInstant())) {
				break;
			}
			passed = Optional.of(stage);
		}
		if (passed.isEmpty()) {
			for (DossierView dossier : this.workflow.dossiers(set.id())) {
				if (dossier.status() == DossierStatus.LOCKED) {
					this.workflow.transition(set.id(), dossier.unitId(), java.util.Set.of(DossierStatus.LOCKED),
							DossierStatus.DRAFT, Optional.empty(), Optional.empty(), Optional.empty());
					this.events.publishEvent(AuditableChange.of("dossier", set.id() + "/" + dossier.unitId(),
							"reopened", DossierStatus.LOCKED.name(), DossierStatus.DRAFT.name(),
							"self-assessment deadline " + Formats.TIME.format(cycle.selfAssessmentUntil())));
				}
			}
		}
		if (!passed.map(Stage::name).equals(through)) {
			this.workflow.setLockedThrough(cycle.id(), passed);
		}
	}

	@Transactional(readOnly = true)
	public Optional<CycleView> find(long id) {
		return this.cycles.find(id);
	}

	@Transactional(readOnly = true)
	public Optional<CycleView> findForSet(long indexSetId) {
		return this.cycles.findForSet(indexSetId);
	}

	/** All cycles, latest first. */
	@Transactional(readOnly = true)
	public List<CycleView> cycles() {
		return this.cycles.all();
	}

	/** Each participating unit's progress, in the province's order of units. */
	@Transactional(readOnly = true)
	public List<UnitProgress> progress(CycleView cycle) {
		IndexSetView set = set(cycle.indexSetId());
		int appraisal = (int) set.definition()
			.leaves()
			.stream()
			.filter((l) -> l.component() == Component.APPRAISAL)
			.count();
		int survey = (int) set.definition().leaves().stream().filter((l) -> l.component() == Component.SURVEY).count();
		Map<Long, Integer> entered = this.cycles.entriesPerUnit(set.id());
		Map<Long, Integer> adjustments = this.cycles.adjustmentsPerUnit(set.id());
		Map<Long, Integer> surveyed = new HashMap<>();
		this.survey.results(set.id()).forEach((result) -> surveyed.merge(result.unitId(), 1, Integer::sum));
		return this.organization.unitsOf(set.unitGroupId())
			.stream()
			.filter((unit) -> cycle.unitIds().contains(unit.id()))
			.map((unit) -> new UnitProgress(unit.id(), entered.getOrDefault(unit.id(), 0), appraisal,
					surveyed.getOrDefault(unit.id(), 0), survey, adjustments.getOrDefault(unit.id(), 0)))
			.toList();
	}

	private List<OffsetDateTime> check(IndexSetView set, CycleDeadlines deadlines) {
		checkYears(set, deadlines);
		List<OffsetDateTime> instants = List
			.of(deadlines.selfAssessmentUntil(), deadlines.appraisalUntil(), deadlines.explanationUntil(),
					deadlines.councilUntil(), deadlines.publicationOn())
			.stream()
			.map((time) -> time.atZone(CycleRepository.ZONE).toOffsetDateTime())
			.toList();
		for (int i = 1; i < instants.size(); i++) {
			boolean last = i == instants.size() - 1;
			int order = instants.get(i).compareTo(instants.get(i - 1));
			if (order < 0 || (order == 0 && !last)) {
				throw new InvalidCycleException("cycle.deadlines.order");
			}
		}
		Set<Long> groupUnits = this.organization.unitsOf(set.unitGroupId())
			.stream()
			.map(UnitView::id)
			.collect(Collectors.toSet());
		if (deadlines.unitIds().isEmpty()) {
			throw new InvalidCycleException("cycle.units.none");
		}
		for (long unit : deadlines.unitIds()) {
			if (!groupUnits.contains(unit)) {
				throw new InvalidCycleException("cycle.units.group", unit);
			}
		}
		return instants;
	}

	/**
	 * Every deadline falls in the years from the index set's year to five years after the
	 * later of that year and this one (a cycle runs in the present; the demo's 2022 cycle
	 * counts its deadlines from the day it is loaded). Keeps dates such as year 99999 out
	 * of the columns.
	 * @throws InvalidCycleException naming the first deadline outside and the years
	 */
	private void checkYears(IndexSetView set, CycleDeadlines deadlines) {
		int from = set.year();
		int to = Math.max(set.year(), Year.now(this.clock).getValue()) + 5;
		Map<Stage, LocalDateTime> times = new LinkedHashMap<>();
		times.put(Stage.SELF_ASSESSMENT, deadlines.selfAssessmentUntil());
		times.put(Stage.APPRAISAL, deadlines.appraisalUntil());
		times.put(Stage.EXPLANATION, deadlines.explanationUntil());
		times.put(Stage.COUNCIL, deadlines.councilUntil());
		times.put(Stage.PUBLICATION, deadlines.publicationOn());
		times.forEach((stage, time) -> {
			if (time.getYear() < from || time.getYear() > to) {
				throw new InvalidCycleException("cycle.deadline.range",
						new DefaultMessageSourceResolvable(stage.messageKey()), from, to);
			}
		});
	}

	private IndexSetView set(long indexSetId) {
		return this.methodology.find(indexSetId)
			.orElseThrow(() -> new InvalidCycleException("methodology.index-set.unknown", indexSetId));
	}

	private static String describe(CycleDeadlines deadlines) {
		return "self=" + Formats.TIME.format(deadlines.selfAssessmentUntil()) + "; appraisal="
				+ Formats.TIME.format(deadlines.appraisalUntil()) + "; explanation="
				+ Formats.TIME.format(deadlines.explanationUntil()) + "; council="
				+ Formats.TIME.format(deadlines.councilUntil()) + "; publication="
				+ Formats.TIME.format(deadlines.publicationOn()) + "; units=" + deadlines.unitIds().size();
	}

	private static String describe(CycleView cycle) {
		return "self=" + Formats.TIME.format(cycle.selfAssessmentUntil()) + "; appraisal="
				+ Formats.TIME.format(cycle.appraisalUntil()) + "; explanation="
				+ Formats.TIME.format(cycle.explanationUntil()) + "; council="
				+ Formats.TIME.format(cycle.councilUntil()) + "; publication="
				+ Formats.TIME.format(cycle.publicationOn()) + "; units=" + cycle.unitIds().size();
	}

	private void audit(long cycleId, String action, String before, String after) {
		this.events.publishEvent(AuditableChange.of("cycle", Long.toString(cycleId), action, before, after, ""));
	}

}
