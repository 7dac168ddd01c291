package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.parindex.assessment.cycle.AdjustmentEntry;
import org.parindex.assessment.dossier.Dossier;
import org.parindex.assessment.dossier.LeafEntry;
import org.parindex.engine.ScoreOverride;
import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What the year's results are computed from, for the scoring module: the appraisal
 * entries and the approved bonus and deduction entries of an index set; and the way in
 * for a year appraised outside ParIndex (taken over from the province's decisions),
 * through the same aggregates and rules as the workflow: only into a cycle still open
 * (not approved, not published), with history and audit.
 */
@Service
@Validated
public class AssessmentService {

	private final CycleContexts contexts;

	private final CycleRepository cycles;

	private final DossierRepository dossiers;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final SurveyCorrections surveyCorrections;

	private final CorrectedFigures correctedFigures;

	AssessmentService(CycleContexts contexts, CycleRepository cycles, DossierRepository dossiers,
			ApplicationEventPublisher publisher, Clock clock, SurveyCorrections surveyCorrections,
			CorrectedFigures correctedFigures) {
		this.surveyCorrections = surveyCorrections;
		this.correctedFigures = correctedFigures;
		this.contexts = contexts;
		this.cycles = cycles;
		this.dossiers = dossiers;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Records entries of one unit of a year appraised outside ParIndex, all or nothing:
	 * every entry must name an appraisal leaf of the set and pass the leaf rule's checks
	 * (or carry a valid override with a reason).
	 * @throws InvalidEntryException listing every problem, when any entry is refused
	 * @throws WorkflowException when the set has no cycle
	 * ({@code assessment.cycle.none}), its year is approved or published
	 * ({@code assessment.closed}), the unit does not take part, or a leaf is not an
	 * appraisal leaf of the set
	 */
	@Transactional
	public void recordEntries(@Valid RecordLeafEntries command) {
		CycleContext context = this.contexts.changingForSet(command.indexSetId())
			.orElseThrow(() -> new WorkflowException("assessment.cycle.none"));
		context.cycle().requireParticipant(command.unitId());
		Dossier dossier = this.contexts.dossier(context, command.unitId());
		List<Dossier.ImportedEntry> entries = command.entries()
			.stream()
			.map((entry) -> new Dossier.ImportedEntry(entry.leafCode(), entry.inputs(), entry.override(),
					(entry.appraisalComment() != null) ? entry.appraisalComment() : ""))
			.toList();
		dossier.importEntries(context.cycle(), context.rules(), entries, Actors.currentName(), now());
		this.contexts.save(dossier);
	}

	/**
	 * Records a bonus or deduction decided outside ParIndex; it counts at once.
	 * @throws WorkflowException when the set has no cycle, its year is closed or the unit
	 * does not take part, or for points above the index set's cap
	 */
	@Transactional
	public AdjustmentView recordAdjustment(@Valid RecordAdjustment command) {
		CycleContext context = this.contexts.changingForSet(command.indexSetId())
			.orElseThrow(() -> new WorkflowException("assessment.cycle.none"));
		BigDecimal cap = (command.kind() == AdjustmentKind.BONUS) ? context.set().bonusCap()
				: context.set().deductionCap();
		if (command.points().compareTo(cap) > 0) {
			throw new WorkflowException("assessment.adjustment.cap", cap.stripTrailingZeros().toPlainString());
		}
		AdjustmentEntry entry = context.cycle()
			.recordDecidedAdjustment(command.unitId(), command.kind(), command.points(),
					Text.normalize(command.reason()), Text.normalize(command.decidedBy()), now());
		this.contexts.save(context.cycle());
		List<AdjustmentEntry> all = context.cycle().adjustments();
		AdjustmentEntry stored = all.get(all.size() - 1);
		AuditableChange audit = AuditableChange.of("adjustment", Long.toString(stored.id()), "recorded", "",
				entry.kind() + " " + entry.points().toPlainString(), entry.reason());
		publish(audit, new AdjustmentRecorded(command.indexSetId(), command.unitId(), command.kind()));
		return stored.view();
	}

	/** Every entry under the set, all units. */
	@Transactional(readOnly = true)
	public List<LeafEntryView> entries(long indexSetId) {
		List<LeafEntryView> views = new ArrayList<>();
		this.dossiers.leaves(indexSetId)
			.forEach((unit, leaves) -> leaves.forEach((leaf) -> views.add(view(unit, leaf))));
		return views;
	}

	/** One unit's entries under the set. */
	@Transactional(readOnly = true)
	public List<LeafEntryView> entries(long indexSetId, long unitId) {
		return this.dossiers.leaves(indexSetId, unitId).stream().map((leaf) -> view(unitId, leaf)).toList();
	}

	/**
	 * Each unit's submission under the set, by unit id: for every unit with a dossier
	 * (units without one never submitted).
	 */
	@Transactional(readOnly = true)
	public Map<Long, DossierSubmission> submissions(long indexSetId) {
		Map<Long, Set<String>> appraised = new HashMap<>();
		this.dossiers.leaves(indexSetId)
			.forEach((unit, leaves) -> leaves.stream()
				.filter((leaf) -> leaf.round1Points().isPresent() || leaf.finalPoints().isPresent())
				.forEach((leaf) -> appraised.computeIfAbsent(unit, (id) -> new HashSet<>()).add(leaf.leafCode())));
		Map<Long, DossierSubmission> submissions = new HashMap<>();
		for (DossierView dossier : this.dossiers.dossiers(indexSetId)) {
			submissions.put(dossier.unitId(), new DossierSubmission(dossier.unitId(), dossier.status(),
					appraised.getOrDefault(dossier.unitId(), Set.of())));
		}
		appraised.forEach((unit, leaves) -> submissions.putIfAbsent(unit,
				new DossierSubmission(unit, DossierStatus.DRAFT, leaves)));
		return submissions;
	}

	/** Every approved bonus and deduction entry under the set, all units: what counts. */
	@Transactional(readOnly = true)
	public List<AdjustmentView> adjustments(long indexSetId) {
		return this.cycles.adjustments(indexSetId)
			.stream()
			.filter((entry) -> entry.status() == AdjustmentStatus.APPROVED)
			.map(AdjustmentEntry::view)
			.toList();
	}

	private static LeafEntryView view(long unitId, LeafEntry leaf) {
		return new LeafEntryView(unitId, leaf.leafCode(), leaf.inputs(), leaf.override(), leaf.appraisalComment(),
				leaf.version(), leaf.review().map(LeafEntry.Review::text).orElse(""));
	}

	/**
	 * Survey criteria's points as corrected after publication, by unit and criterion
	 * code, each with the public reason for its lost points the PAR office wrote (empty
	 * where none is due or none was written; never the correction's own reason: issue 9,
	 * F3): what publication prints.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, ScoreOverride>> surveyCorrections(long indexSetId) {
		return this.surveyCorrections.forSet(indexSetId);
	}

	/**
	 * Survey criteria's points as corrected after publication, by unit and criterion
	 * code, as the scoring engine takes them: each replaces the points of the survey's
	 * mean, with the correction's own reason (the engine refuses an override without
	 * one). Not for printing: see {@link #surveyCorrections}.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, ScoreOverride>> surveyOverrides(long indexSetId) {
		return this.surveyCorrections.forScoring(indexSetId);
	}

	/**
	 * The figures of criteria scored from figures (a ratio, bands, a count, a deduction
	 * per violation) as the PAR office corrected them after publication, by unit,
	 * criterion code and input name ({@code actual}, {@code base}, …; non-negative): the
	 * figures the corrected points follow from by the rule, to be shown in place of the
	 * unit's own. Only the latest correction of each criterion; none for a criterion
	 * never corrected by figures (issue 9).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, Map<String, BigDecimal>>> correctedFigures(long indexSetId) {
		return this.correctedFigures.forSet(indexSetId);
	}

	private void publish(Object... events) {
		for (Object event : events) {
			this.publisher.publishEvent(event);
		}
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
