package org.parindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.parindex.assessment.cycle.Cycle;
import org.parindex.assessment.cycle.Schedule;
import org.parindex.assessment.dossier.Dossier;
import org.parindex.engine.Component;
import org.parindex.methodology.IndexSetIssue;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.YearPublished;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.AuditableChange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A year's assessment cycle for an index set: the deadline of each stage, written in
 * Asia/Ho_Chi_Minh (self-assessment, appraisal, explanation, council, publication), the
 * participating units, and where each unit stands. The rules live in the {@link Cycle}
 * aggregate; changes are audited; an approved or published year's cycle no longer
 * changes.
 */
@Service
@Validated
public class CycleService {

	private final CycleRepository cycles;

	private final DossierRepository dossiers;

	private final CycleContexts contexts;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final ObjectProvider<SurveyProgress> surveys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DeadlineLocks locks;

	CycleService(CycleRepository cycles, DossierRepository dossiers, CycleContexts contexts,
			MethodologyService methodology, OrganizationService organization, ObjectProvider<SurveyProgress> surveys,
			ApplicationEventPublisher events, Clock clock, DeadlineLocks locks) {
		this.locks = locks;
		this.cycles = cycles;
		this.dossiers = dossiers;
		this.contexts = contexts;
		this.methodology = methodology;
		this.organization = organization;
		this.surveys = surveys;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the cycle of an index set.
	 * @throws InvalidCycleException when the set has a cycle already (also when another
	 * request opened it at the same moment), the deadlines are not in order or outside
	 * the set's years, a unit is not of the set's group, or the set has problems
	 * ({@code cycle.index-set-problems}, listing them: a set whose sums or rules are
	 * wrong would score every unit wrongly)
	 */
	@Transactional
	public CycleView open(long indexSetId, @Valid CycleDeadlines deadlines) {
		IndexSetView set = set(indexSetId);
		if (this.cycles.idForSet(indexSetId).isPresent()) {
			throw new InvalidCycleException("cycle.exists", set.year());
		}
		List<IndexSetIssue> problems = this.methodology.problems(set);
		if (!problems.isEmpty()) {
			throw new InvalidCycleException("cycle.index-set-problems", set.year(), problems.size(),
					IndexSetIssue.joined(problems));
		}
		Schedule schedule = Schedule.of(deadlines);
		schedule.requireWithinYears(set.year(), lastYear(set));
		Cycle.checkNew(schedule, deadlines.unitIds(), groupUnits(set));
		long id;
		try {
			id = this.cycles.insert(indexSetId, schedule, deadlines.unitIds(), OffsetDateTime.now(this.clock));
		}
		catch (DuplicateKeyException ex) {
			// opened by someone else at the same moment; the transaction may be unusable
			// now
			throw new InvalidCycleException("cycle.exists", set.year());
		}
		this.dossiers.ensureDossiers(indexSetId, deadlines.unitIds());
		this.events.publishEvent(AuditableChange.of("cycle", Long.toString(id), "opened", "",
				Cycle.describe(schedule, deadlines.unitIds().size()), ""));
		return this.cycles.find(id).orElseThrow();
	}

	/**
	 * Changes a cycle's deadlines and participants. A self-assessment deadline moved into
	 * the future makes the dossiers locked at the old one drafts again; deadlines saved
	 * in the past close their stages at once, locking the dossiers not submitted (as the
	 * deadline job would at its next run, {@link DeadlineLocks}).
	 * @throws InvalidCycleException as {@link #open}, or when the year is approved or
	 * published
	 */
	@Transactional
	public CycleView update(long cycleId, @Valid CycleDeadlines deadlines) {
		CycleContext context = this.contexts.changing(cycleId);
		Cycle cycle = context.cycle();
		Schedule schedule = Schedule.of(deadlines);
		schedule.requireWithinYears(context.set().year(), lastYear(context.set()));
		boolean reopened = cycle.reschedule(schedule, deadlines.unitIds(), groupUnits(context.set()),
				Instant.now(this.clock));
		this.contexts.save(cycle);
		this.dossiers.ensureDossiers(context.set().id(), deadlines.unitIds());
		if (reopened) {
			for (DossierView view : this.dossiers.dossiers(context.set().id())) {
				if (view.status() == DossierStatus.LOCKED) {
					Dossier dossier = this.contexts.dossier(context, view.unitId());
					if (dossier.reopen(cycle)) {
						this.contexts.save(dossier);
					}
				}
			}
		}
		// deadlines saved in the past close their stages now, not at the job's next run
		// (issue 9): the dossiers not submitted show as locked at once
		if (!this.locks.closeDue(context, true).isEmpty()) {
			this.contexts.save(cycle);
		}
		return cycle.view();
	}

	/**
	 * What saving these deadlines would do at once (issue 9, item 7), for the PAR office
	 * to confirm first: the stages whose deadline moves from the future into the past
	 * (they close at once), and how many participating units' dossiers, not yet
	 * submitted, the self-assessment deadline would lock (0 when that deadline is still
	 * ahead).
	 * @throws org.parindex.platform.NotFoundException for an unknown cycle
	 */
	@Transactional(readOnly = true)
	public DeadlineConsequences consequences(long cycleId, CycleDeadlines deadlines) {
		CycleContext context = this.contexts.read(cycleId);
		CycleView current = context.view();
		Instant now = Instant.now(this.clock);
		List<Stage> closing = new java.util.ArrayList<>();
		java.util.Map<Stage, LocalDateTime> typed = new java.util.LinkedHashMap<>();
		typed.put(Stage.SELF_ASSESSMENT, deadlines.selfAssessmentUntil());
		typed.put(Stage.APPRAISAL, deadlines.appraisalUntil());
		typed.put(Stage.EXPLANATION, deadlines.explanationUntil());
		typed.put(Stage.COUNCIL, deadlines.councilUntil());
		typed.forEach((stage, until) -> {
			boolean passedNow = !until.atZone(Cycle.ZONE).toInstant().isAfter(now);
			boolean passedBefore = !current.deadline(stage).toInstant().isAfter(now);
			if (passedNow && !passedBefore) {
				closing.add(stage);
			}
		});
		int locked = 0;
		if (!deadlines.selfAssessmentUntil().atZone(Cycle.ZONE).toInstant().isAfter(now)) {
			Map<Long, DossierStatus> statuses = new HashMap<>();
			this.dossiers.dossiers(context.set().id()).forEach((view) -> statuses.put(view.unitId(), view.status()));
			boolean closingNow = closing.contains(Stage.SELF_ASSESSMENT);
			for (long unitId : deadlines.unitIds()) {
				// a unit already past its deadline is locked already; a unit joining now
				// is not
				boolean affected = closingNow || !current.unitIds().contains(unitId);
				if (affected && statuses.getOrDefault(unitId, DossierStatus.DRAFT).editable()) {
					locked++;
				}
			}
		}
		return new DeadlineConsequences(closing, locked);
	}

	/**
	 * What saving a cycle's deadlines does at once.
	 *
	 * @param closing the stages whose deadline moves into the past, in order
	 * @param dossiersLocked participating units' dossiers not submitted that the
	 * self-assessment deadline, being past, locks (0 or more)
	 */
	public record DeadlineConsequences(List<Stage> closing, int dossiersLocked) {

		public DeadlineConsequences {
			closing = List.copyOf(closing);
		}

		/** Whether saving needs a confirmation. */
		public boolean any() {
			return !this.closing.isEmpty() || this.dossiersLocked > 0;
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

	/**
	 * The stage a year is in, as every page names it (badges, tables, headings):
	 * published, approved and waiting for publication, or the stage open by the deadlines
	 * ({@link org.parindex.assessment.cycle.Cycle#stage(Instant)}).
	 * @param now the instant to read the deadlines at
	 * @throws org.parindex.platform.NotFoundException for an unknown cycle
	 */
	@Transactional(readOnly = true)
	public Stage stage(long cycleId, Instant now) {
		return this.contexts.read(cycleId).cycle().stage(now);
	}

	/**
	 * The stage of every cycle at {@code now}, by cycle id (see
	 * {@link #stage(long, Instant)}).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Stage> stages(Instant now) {
		Map<Long, Stage> stages = new HashMap<>();
		for (CycleView cycle : this.cycles.all()) {
			stages.put(cycle.id(), stage(cycle.id(), now));
		}
		return stages;
	}

	/** All cycles, latest first. */
	@Transactional(readOnly = true)
	public List<CycleView> cycles() {
		return this.cycles.all();
	}

	/**
	 * Whether the cycle's year is closed: approved by the council, or published.
	 * @throws org.parindex.platform.NotFoundException for an unknown cycle
	 */
	@Transactional(readOnly = true)
	public boolean closed(long cycleId) {
		return this.contexts.read(cycleId).cycle().closed();
	}

	/**
	 * Guards a change to the results of an index set's year made outside this module
	 * (survey results): called inside the caller's transaction, it locks the year's cycle
	 * until that transaction ends, so the change and the council's approval never
	 * interleave, and refuses once the year is approved or published.
	 * @throws WorkflowException when the set has no cycle ({@code assessment.cycle.none})
	 * or its year is closed ({@code assessment.closed})
	 */
	@Transactional
	public void requireResultsOpen(long indexSetId) {
		CycleContext context = this.contexts.changingForSet(indexSetId)
			.orElseThrow(() -> new WorkflowException("assessment.cycle.none"));
		context.cycle().requireChangeable();
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
		Map<Long, Integer> entered = this.dossiers.entriesPerUnit(set.id());
		Map<Long, java.math.BigDecimal[]> adjustments = this.cycles.adjustmentsPerUnit(set.id());
		java.math.BigDecimal[] none = { java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO,
				java.math.BigDecimal.ZERO };
		Map<Long, Integer> surveyed = new HashMap<>();
		this.surveys.orderedStream()
			.forEach((source) -> source.surveyedLeaves(set.id())
				.forEach((unit, n) -> surveyed.merge(unit, n, Integer::sum)));
		return this.organization.unitsOf(set.unitGroupId())
			.stream()
			.filter((unit) -> cycle.unitIds().contains(unit.id()))
			.map((unit) -> {
				java.math.BigDecimal[] decided = adjustments.getOrDefault(unit.id(), none);
				return new UnitProgress(unit.id(), entered.getOrDefault(unit.id(), 0), appraisal,
						surveyed.getOrDefault(unit.id(), 0), survey, decided[0], decided[1], decided[2].intValue());
			})
			.toList();
	}

	/**
	 * The year's results were published: its cycle is closed for good (except for
	 * corrections). Runs inside the publishing transaction, so a failure here undoes the
	 * publication.
	 */
	@EventListener
	@Transactional
	void on(YearPublished event) {
		this.contexts.changingForSet(event.indexSetId()).ifPresent((context) -> {
			context.cycle().markPublished(event.at());
			this.contexts.save(context.cycle());
		});
	}

	private Set<Long> groupUnits(IndexSetView set) {
		return this.organization.unitsOf(set.unitGroupId()).stream().map(UnitView::id).collect(Collectors.toSet());
	}

	/**
	 * The last year a deadline of the set's cycle may fall in: five years after the later
	 * of the set's year and this one (a cycle runs in the present; the demo's 2022 cycle
	 * counts its deadlines from the day it is loaded). Keeps dates such as year 99999 out
	 * of the columns.
	 */
	private int lastYear(IndexSetView set) {
		return Math.max(set.year(), Year.now(this.clock).getValue()) + 5;
	}

	private IndexSetView set(long indexSetId) {
		return this.methodology.find(indexSetId)
			.orElseThrow(() -> new InvalidCycleException("methodology.index-set.unknown", indexSetId));
	}

}
