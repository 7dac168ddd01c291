package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.parindex.assessment.cycle.AdjustmentEntry;
import org.parindex.assessment.cycle.Cycle;
import org.parindex.assessment.dossier.Dossier;
import org.parindex.assessment.dossier.LeafEntry;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.platform.Actor;
import org.parindex.platform.Bounds;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The appraisers' and council's side of the cycle: round 1 with questions, round 2, the
 * council's table, resolution and approval, bonus and deduction proposals and decisions,
 * and corrections after publication. The rules of each step live in the {@link Cycle} and
 * {@link Dossier} aggregates. The appraised score in force is kept as the engine's
 * override of the leaf's rule, with the comment as its reason.
 */
@Service
@Validated
public class AppraisalService {

	private final CycleContexts contexts;

	private final DossierRepository dossiers;

	private final WorkflowAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SurveyCorrections surveyCorrections;

	private final CorrectedFigures correctedFigures;

	AppraisalService(CycleContexts contexts, DossierRepository dossiers, WorkflowAccess access,
			ApplicationEventPublisher events, Clock clock, SurveyCorrections surveyCorrections,
			CorrectedFigures correctedFigures) {
		this.surveyCorrections = surveyCorrections;
		this.correctedFigures = correctedFigures;
		this.contexts = contexts;
		this.dossiers = dossiers;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The areas of the cycle's index set the actor appraises (empty for others). */
	@Transactional(readOnly = true)
	public List<String> areas(long cycleId, Actor actor) {
		CycleContext context = this.contexts.read(cycleId);
		Set<String> mine = this.access.areas(actor, context);
		return context.areaNodes().stream().map((node) -> node.code()).filter(mine::contains).toList();
	}

	/**
	 * The round the actor may score in on a unit's dossier now, if any (the cycle's rule:
	 * {@link Cycle#openRound}).
	 * @throws NotFoundException when the actor may not read the dossier
	 */
	@Transactional(readOnly = true)
	public Optional<AppraiseLeaves.Round> openRound(long cycleId, long unitId, Actor actor) {
		CycleContext context = this.contexts.read(cycleId);
		this.access.requireRead(actor, context, unitId);
		DossierStatus status = this.dossiers.dossier(context.set().id(), unitId)
			.map(DossierView::status)
			.orElse(DossierStatus.DRAFT);
		return context.cycle()
			.openRound(actor.hasRole(WorkflowAccess.APPRAISER), actor.hasRole(WorkflowAccess.COUNCIL), status, now());
	}

	/**
	 * Records appraisers' scores, all or nothing. Round 2 finalizes only leaves whose
	 * score, comment or public reason changed, or that are confirmed
	 * ({@link AppraiseLeaves.LeafScore#confirmed}).
	 * @throws WorkflowException outside the round's window, for a leaf outside the
	 * appraiser's areas, a score out of range, or a changed score without a public reason
	 * @throws ConcurrentEditException when someone else changed a leaf meanwhile
	 * @return the codes of the leaves stored by this save, in the command's order; a leaf
	 * sent back untouched is not among them (empty when nothing changed)
	 */
	@Transactional
	public List<String> appraise(@Valid AppraiseLeaves command, Actor actor) {
		CycleContext context = this.contexts.changing(command.cycleId());
		this.access.requireRead(actor, context, command.unitId());
		boolean council = actor.hasRole(WorkflowAccess.COUNCIL);
		Dossier dossier = this.contexts.dossier(context, command.unitId());
		context.cycle()
			.requireRound(command.round(), actor.hasRole(WorkflowAccess.APPRAISER), council, dossier.status(), now());
		if (!council || command.round() == AppraiseLeaves.Round.ROUND1) {
			for (AppraiseLeaves.LeafScore score : command.leaves()) {
				context.rules().leaf(score.leafCode());
				this.access.requireArea(actor, context, score.leafCode());
			}
		}
		List<String> stored = dossier.appraise(context.cycle(), context.rules(), command.round(), command.leaves(),
				actor.hasRole(WorkflowAccess.APPRAISER), council, actor.username(), now());
		this.contexts.save(dossier);
		return stored;
	}

	/**
	 * What {@link #appraise} would refuse for these scores, without saving anything: each
	 * refused criterion's refusal in the form's order, or the one refusal of the whole
	 * save (the round is closed, a criterion outside the appraiser's areas); empty when
	 * the save would pass. The page uses it to say, with the fields it could not read,
	 * every fault of a save at once (issue 9).
	 * @throws NotFoundException when the actor may not read the dossier
	 */
	@Transactional(readOnly = true)
	public List<WorkflowException> refusals(@Valid AppraiseLeaves command, Actor actor) {
		CycleContext context = this.contexts.read(command.cycleId());
		this.access.requireRead(actor, context, command.unitId());
		boolean council = actor.hasRole(WorkflowAccess.COUNCIL);
		// a dossier read (not locked) for the check only: changed in memory, never saved
		Dossier dossier = this.dossiers.find(context.set().id(), command.unitId());
		try {
			if (!council || command.round() == AppraiseLeaves.Round.ROUND1) {
				for (AppraiseLeaves.LeafScore score : command.leaves()) {
					context.rules().leaf(score.leafCode());
					this.access.requireArea(actor, context, score.leafCode());
				}
			}
			dossier.appraise(context.cycle(), context.rules(), command.round(), command.leaves(),
					actor.hasRole(WorkflowAccess.APPRAISER), council, actor.username(), now());
			return List.of();
		}
		catch (RefusedLeavesException refused) {
			return refused.refusals();
		}
		catch (WorkflowException refused) {
			return List.of(refused);
		}
	}

	/**
	 * Each participating unit's dossier status (draft when untouched), as the pages show
	 * it ({@link DossierStatus#shown}).
	 */
	@Transactional(readOnly = true)
	public Map<Long, DossierStatus> statuses(long cycleId) {
		CycleContext context = this.contexts.read(cycleId);
		Map<Long, DossierStatus> statuses = new HashMap<>();
		context.cycle().unitIds().forEach((unit) -> statuses.put(unit, DossierStatus.DRAFT));
		this.dossiers.dossiers(context.set().id())
			.stream()
			.filter((d) -> statuses.containsKey(d.unitId()))
			.forEach((d) -> statuses.put(d.unitId(), d.status()));
		boolean passed = context.cycle().passed(Stage.SELF_ASSESSMENT, now());
		statuses.replaceAll((unit, status) -> status.shown(passed));
		return statuses;
	}

	/**
	 * The council's table: every participating unit, self against appraised.
	 * @throws NotFoundException for anyone but the council and the PAR office
	 */
	@Transactional(readOnly = true)
	public List<CouncilRow> councilTable(long cycleId, Actor actor) {
		if (!actor.hasRole(WorkflowAccess.COUNCIL) && !actor.hasRole(WorkflowAccess.PAR_OFFICE)) {
			throw new NotFoundException("cycle.unknown", cycleId);
		}
		return councilTable(this.contexts.read(cycleId));
	}

	private List<CouncilRow> councilTable(CycleContext context) {
		Map<Long, DossierStatus> statuses = new HashMap<>();
		this.dossiers.dossiers(context.set().id()).forEach((d) -> statuses.put(d.unitId(), d.status()));
		Map<Long, List<LeafEntry>> byUnit = this.dossiers.leaves(context.set().id());
		// the status as shown: locked once the self-assessment deadline passed
		boolean passed = context.cycle().passed(Stage.SELF_ASSESSMENT, now());
		List<CouncilRow> table = new ArrayList<>();
		for (long unitId : context.cycle().unitIds().stream().sorted().toList()) {
			BigDecimal self = BigDecimal.ZERO;
			BigDecimal round1 = BigDecimal.ZERO;
			BigDecimal appraised = BigDecimal.ZERO;
			int differing = 0;
			int flagged = 0;
			int answered = 0;
			int finalized = 0;
			int pending = 0;
			// a unit that never submitted is scored on what the appraisers scored only,
			// as
			// the results and the approval's preview score it (ScoringService): the table
			// the council discusses shows the figures it approves
			boolean submitted = new DossierSubmission(unitId, statuses.getOrDefault(unitId, DossierStatus.DRAFT),
					Set.of())
				.submitted();
			for (LeafEntry entry : byUnit.getOrDefault(unitId, List.of())) {
				if (!context.rules().leaves().containsKey(entry.leafCode())) {
					continue;
				}
				LeafRecordView leaf = Dossier.record(context.rules(), entry, List.of());
				boolean counts = submitted || entry.round1Points().isPresent() || entry.finalPoints().isPresent();
				BigDecimal s = leaf.selfPoints().orElse(BigDecimal.ZERO);
				BigDecimal r = counts ? leaf.round1OrSelf().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
				BigDecimal a = counts ? leaf.appraisedPoints().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
				self = self.add(s);
				round1 = round1.add(r);
				appraised = appraised.add(a);
				// a unit that never submitted: each criterion whose counted points differ
				// from its own draft changed (its unappraised drafts count 0), so the
				// count explains the difference the row shows (issue 9, fix9e)
				differing += (leaf.changedByAppraisers() || (!submitted && !Bounds.samePoints(s, a))) ? 1 : 0;
				flagged += leaf.flagged() ? 1 : 0;
				answered += (leaf.flagged() && leaf.answer().isPresent()) ? 1 : 0;
				finalized += leaf.finalPoints().isPresent() ? 1 : 0;
				pending += (leaf.flagged() && leaf.finalPoints().isEmpty()) ? 1 : 0;
			}
			table.add(new CouncilRow(unitId, statuses.getOrDefault(unitId, DossierStatus.DRAFT).shown(passed), self,
					round1, appraised, differing, flagged, answered, finalized, pending));
		}
		return table;
	}

	/**
	 * The public reasons the PAR office reviews before publication: every leaf of every
	 * participating unit that lost points (score in force below the leaf's maximum:
	 * {@link PublicReasonView#printed}) and has a public reason, by unit then in tree
	 * order. A raised score's reason is not among them: nothing publishes it.
	 * @throws NotFoundException for anyone but the PAR office
	 */
	@Transactional(readOnly = true)
	public List<PublicReasonView> publicReasons(long cycleId, Actor actor) {
		if (!actor.hasRole(WorkflowAccess.PAR_OFFICE)) {
			throw new NotFoundException("cycle.unknown", cycleId);
		}
		CycleContext context = this.contexts.read(cycleId);
		Map<Long, List<LeafEntry>> byUnit = this.dossiers.leaves(context.set().id());
		List<PublicReasonView> reasons = new ArrayList<>();
		for (long unitId : context.cycle().unitIds().stream().sorted().toList()) {
			Map<String, LeafEntry> entries = new HashMap<>();
			byUnit.getOrDefault(unitId, List.of()).forEach((entry) -> entries.put(entry.leafCode(), entry));
			for (String code : context.rules().leaves().keySet()) {
				LeafEntry entry = entries.get(code);
				if (entry == null || entry.publicReason().isEmpty()) {
					continue;
				}
				LeafRecordView leaf = Dossier.record(context.rules(), entry, List.of());
				BigDecimal max = context.rules().leaf(code).maxPoints();
				Optional<BigDecimal> points = leaf.appraisedPoints();
				if (!PublicReasonView.printed(points, max)) {
					continue;
				}
				reasons.add(new PublicReasonView(unitId, code, leaf.selfPoints(), points, max, entry.publicReason(),
						entry.review().map(LeafEntry.Review::text), entry.review().map(LeafEntry.Review::by),
						entry.review().map(LeafEntry.Review::at)));
			}
		}
		return reasons;
	}

	/**
	 * The PAR office approves a leaf's public reason as written or edits it; the reviewed
	 * text is what the publication prints. Written to the leaf's history and the audit
	 * trail.
	 * @throws NotFoundException for anyone but the PAR office
	 * @throws WorkflowException once the year is published, for a unit not taking part, a
	 * leaf without a public reason or an empty text
	 */
	@Transactional
	public void reviewReason(long cycleId, long unitId, String leafCode, String text, Actor actor) {
		if (!actor.hasRole(WorkflowAccess.PAR_OFFICE)) {
			throw new NotFoundException("cycle.unknown", cycleId);
		}
		CycleContext context = this.contexts.changing(cycleId);
		context.cycle().requireParticipant(unitId);
		context.rules().leaf(leafCode);
		Dossier dossier = this.contexts.dossier(context, unitId);
		dossier.reviewReason(context.cycle(), context.rules(), leafCode, text, actor.username(), now());
		this.contexts.save(dossier);
	}

	/**
	 * The PAR office approves, as they stand, every public reason of one unit still
	 * awaiting its review (walk of 02/12, finding 5): each as
	 * {@link #reviewReason(long, long, String, String, Actor)} approves it, with its
	 * history step and audit record, in one transaction.
	 * @return the codes of the criteria approved, in the index set's order (empty when
	 * none was waiting)
	 * @throws NotFoundException for anyone but the PAR office
	 * @throws WorkflowException once the year is published or for a unit not taking part
	 */
	@Transactional
	public List<String> reviewUnitReasons(long cycleId, long unitId, Actor actor) {
		List<PublicReasonView> waiting = publicReasons(cycleId, actor).stream()
			.filter((reason) -> reason.unitId() == unitId && !reason.reviewed())
			.toList();
		CycleContext context = this.contexts.changing(cycleId);
		context.cycle().requireParticipant(unitId);
		if (waiting.isEmpty()) {
			return List.of();
		}
		Dossier dossier = this.contexts.dossier(context, unitId);
		for (PublicReasonView reason : waiting) {
			dossier.reviewReason(context.cycle(), context.rules(), reason.leafCode(), reason.reason(), actor.username(),
					now());
		}
		this.contexts.save(dossier);
		return waiting.stream().map(PublicReasonView::leafCode).toList();
	}

	/**
	 * How many public reasons still await the PAR office's review: a publication prints
	 * none of them (for a publication preview to name).
	 */
	@Transactional(readOnly = true)
	public int unreviewedReasons(long cycleId, Actor actor) {
		return (int) publicReasons(cycleId, actor).stream().filter((r) -> !r.reviewed()).count();
	}

	/** Who approved the cycle's year, if the council has. */
	@Transactional(readOnly = true)
	public Optional<String> approvedBy(long cycleId) {
		return this.contexts.read(cycleId).cycle().approval().map(Cycle.Approval::by);
	}

	/**
	 * The council approves the year's appraisal; nothing changes afterwards except by a
	 * correction after publication.
	 * @throws WorkflowException outside the council's window, when a flagged leaf is not
	 * finalized or a bonus or deduction is undecided
	 */
	@Transactional
	public void approve(long cycleId, Actor actor) {
		CycleContext context = this.contexts.changing(cycleId);
		if (!actor.hasRole(WorkflowAccess.COUNCIL)) {
			throw new WorkflowException("assessment.council.only");
		}
		context.cycle().requireChangeable();
		int pending = councilTable(context).stream().mapToInt(CouncilRow::pendingFlags).sum();
		context.cycle().approve(pending, actor.username(), now());
		this.contexts.save(context.cycle());
	}

	/**
	 * Records a year appraised outside ParIndex (the demo's 2020 and 2021, or a year
	 * taken over from paper): every participating unit's dossier submitted by its
	 * deadline, and the council's approval at the council deadline.
	 * @throws WorkflowException once the year is closed
	 */
	@Transactional
	public void recordCompletedYear(long cycleId, String approvedBy) {
		CycleContext context = this.contexts.changing(cycleId);
		for (long unitId : context.cycle().unitIds()) {
			Dossier dossier = this.contexts.dossier(context, unitId);
			dossier.recordSubmitted(context.cycle(), approvedBy);
			this.contexts.save(dossier);
		}
		context.cycle().recordCompleted(approvedBy);
		this.contexts.save(context.cycle());
	}

	/** Every bonus and deduction entry of the cycle's set, with its decision. */
	@Transactional(readOnly = true)
	public List<AdjustmentProposalView> adjustments(long cycleId) {
		return this.contexts.read(cycleId).cycle().adjustments().stream().map(AdjustmentEntry::proposalView).toList();
	}

	/**
	 * The PAR office proposes a bonus or deduction. The same proposal submitted twice (a
	 * double click, two officers at once) is made once.
	 * @return the proposal's id
	 * @throws WorkflowException once approved, after the council deadline, for points
	 * above the index set's cap or an identical proposal waiting for the council
	 */
	@Transactional
	public long proposeAdjustment(@Valid ProposeAdjustment command, Actor actor) {
		CycleContext context = this.contexts.changing(command.cycleId());
		if (!actor.hasRole(WorkflowAccess.PAR_OFFICE)) {
			throw new WorkflowException("assessment.adjustment.par-office-only");
		}
		Cycle cycle = context.cycle();
		BigDecimal cap = (command.kind() == AdjustmentKind.BONUS) ? context.set().bonusCap()
				: context.set().deductionCap();
		String reason = Text.normalize(command.reason()).strip();
		String evidence = Text.normalize(command.evidence()).strip();
		cycle.proposeAdjustment(command.unitId(), command.kind(), command.points(), cap, reason, evidence,
				actor.username(), now());
		this.contexts.save(cycle);
		// the entry just proposed is the ledger's last
		long id = cycle.adjustments().get(cycle.adjustments().size() - 1).id();
		this.events.publishEvent(AuditableChange.of("adjustment", Long.toString(id), "proposed", "",
				command.kind() + " " + command.points().toPlainString() + "; " + evidence, reason));
		return id;
	}

	/**
	 * The council approves or rejects a proposed bonus or deduction, with a reason:
	 * stored with the decision, written to the audit trail, mailed to the PAR office and
	 * the unit, and shown on the council's page (issue 9, appr9 F7).
	 * @param reason why, 1 to {@value AdjustmentEntry#DECISION_REASON_MAX} characters
	 * once trimmed
	 * @throws WorkflowException once the cycle is approved, when already decided, outside
	 * the council's stage, or without a reason (nothing changes)
	 */
	@Transactional
	public void decideAdjustment(long cycleId, long adjustmentId, boolean approve, String reason, Actor actor) {
		CycleContext context = this.contexts.changing(cycleId);
		if (!actor.hasRole(WorkflowAccess.COUNCIL)) {
			throw new WorkflowException("assessment.council.only");
		}
		AdjustmentEntry decided = context.cycle()
			.decideAdjustment(adjustmentId, approve, reason, actor.username(), now());
		this.contexts.save(context.cycle());
		this.events.publishEvent(AuditableChange.of("adjustment", Long.toString(adjustmentId), "decided",
				AdjustmentStatus.PROPOSED.name(), decided.status().name(), decided.decisionReason()));
		this.events.publishEvent(new AdjustmentRecorded(context.set().id(), decided.unitId(), decided.kind()));
		this.events
			.publishEvent(new AdjustmentDecided(cycleId, context.cycle().year(), decided.unitId(), decided.kind(),
					decided.points(), decided.status() == AdjustmentStatus.APPROVED, decided.decisionReason(), now()));
	}

	/**
	 * The PAR office corrects a unit's published result with a reason: an appraised
	 * criterion's final score in the rule's own terms, a survey criterion's points, or
	 * the unit's bonus or deduction; the publication then publishes the next revision of
	 * the results ({@link ResultsCorrected}). Appraised points are checked by the same
	 * code as the appraisal's ({@code Dossier.correct}); survey points by the same bounds
	 * (0 to the criterion's maximum, at most 4 decimals); a bonus or deduction from 0 to
	 * the index set's cap ({@code Cycle.correctAdjustment}).
	 * @throws WorkflowException for anyone but the PAR office, when the year is not
	 * published, without a reason, for a criterion with sub-criteria (naming them), for
	 * points instead of Đạt/Không đạt on a yes/no criterion or the reverse, for points
	 * out of the leaf's range, or for a bonus or deduction out of range or unchanged; for
	 * a public reason given with a bonus or deduction, or missing where an appraised
	 * criterion still loses points and has no reviewed one
	 * ({@link CorrectScore#publicReason}, issue 9, F3)
	 */
	@Transactional
	public void correct(long cycleId, CorrectScore correction, Actor actor) {
		CycleContext context = this.contexts.changing(cycleId);
		if (!actor.hasRole(WorkflowAccess.PAR_OFFICE)) {
			throw new WorkflowException("assessment.adjustment.par-office-only");
		}
		context.cycle().requireCorrectable();
		context.cycle().requireParticipant(correction.unitId());
		String reason = Text.normalize(correction.reason()).strip();
		if (correction.part() == CorrectedPart.CRITERION && correction.code().isEmpty()) {
			throw new WorkflowException("assessment.correction.leaf-required");
		}
		Optional<AdjustmentKind> kind = correction.part().adjustmentKind();
		if (kind.isPresent() && !correction.publicReason().isBlank()) {
			// a bonus or deduction has no lost-points reason; its reason is the item's
			throw new WorkflowException("assessment.correction.public-reason.not-criterion");
		}
		Optional<Leaf> surveyLeaf = surveyLeaf(context, correction.code());
		if (kind.isPresent()) {
			correctAdjustment(context, correction, kind.get(), reason, actor);
		}
		else if (surveyLeaf.isPresent()) {
			correctSurveyPoints(context, correction, surveyLeaf.get(), reason, actor);
		}
		else {
			Dossier dossier = this.contexts.dossier(context, correction.unitId());
			long setId = context.set().id();
			// the figures of the leaf's last correction by figures: what a new one
			// replaces (kept since V116; before, only in the history's text)
			Optional<Map<String, java.math.BigDecimal>> corrected = this.correctedFigures
				.figures(setId, correction.unitId(), correction.code())
				.or(() -> this.dossiers.events(setId, correction.unitId())
					.getOrDefault(correction.code(), List.<LeafEventView>of())
					.stream()
					.filter((step) -> "CORRECTION".equals(step.phase()))
					.reduce((first, second) -> second)
					.flatMap((step) -> Dossier.correctedFigures(step.detail())));
			dossier.correct(context.cycle(), context.rules(), correction, corrected, actor.username(), now());
			this.contexts.save(dossier);
			if (!correction.figures().isEmpty()) {
				// the figures the corrected points follow from, shown with them
				this.correctedFigures.store(setId, correction.unitId(), correction.code(), correction.figures(),
						actor.username(), now());
			}
		}
		this.events.publishEvent(new ResultsCorrected(context.set().id(), correction.unitId(), correction.part(),
				correction.code(), reason, actor.username()));
	}

	private void correctAdjustment(CycleContext context, CorrectScore correction, AdjustmentKind kind, String reason,
			Actor actor) {
		if (reason.isEmpty()) {
			throw new WorkflowException("assessment.correction.reason");
		}
		if (correction.points().isEmpty() || correction.met().isPresent()) {
			throw new WorkflowException(
					"assessment.correction." + kind.name().toLowerCase(java.util.Locale.ROOT) + "-points");
		}
		BigDecimal cap = (kind == AdjustmentKind.BONUS) ? context.set().bonusCap() : context.set().deductionCap();
		BigDecimal points = correction.points().get();
		BigDecimal before = context.cycle()
			.correctAdjustment(correction.unitId(), kind, points, cap, reason, actor.username(), now());
		this.contexts.save(context.cycle());
		this.events.publishEvent(AuditableChange.of("adjustment",
				// set/unit/kind: the audit page names the unit and the kind (walk of
				// 02/12, finding 11)
				context.set().id() + "/" + correction.unitId() + "/" + kind.name(), "corrected",
				before.stripTrailingZeros().toPlainString(), points.stripTrailingZeros().toPlainString(), reason));
		this.events.publishEvent(new AdjustmentRecorded(context.set().id(), correction.unitId(), kind));
	}

	private void correctSurveyPoints(CycleContext context, CorrectScore correction, Leaf leaf, String reason,
			Actor actor) {
		String code = leaf.code();
		if (reason.isEmpty()) {
			throw new WorkflowException("assessment.correction.reason");
		}
		if (correction.points().isEmpty() || correction.met().isPresent()) {
			throw new WorkflowException("assessment.correction.points", code);
		}
		BigDecimal points = correction.points().get();
		if (points.compareTo(leaf.maxPoints()) > 0) {
			throw new WorkflowException("assessment.points.over-max", code, points.stripTrailingZeros(),
					leaf.maxPoints().stripTrailingZeros());
		}
		if (points.signum() < 0) {
			throw new WorkflowException("assessment.points.range", code, leaf.maxPoints().stripTrailingZeros());
		}
		if (points.stripTrailingZeros().scale() > org.parindex.platform.Bounds.POINTS_FRACTION) {
			throw new WorkflowException("assessment.points.fraction", code,
					org.parindex.platform.Bounds.POINTS_FRACTION);
		}
		String publicReason = Text.normalize(correction.publicReason()).strip();
		if (publicReason.length() > AppraiseLeaves.REASON_MAX) {
			throw new WorkflowException("assessment.correction.public-reason.max", code, AppraiseLeaves.REASON_MAX);
		}
		long setId = context.set().id();
		Optional<BigDecimal> before = this.surveyCorrections.points(setId, correction.unitId(), code);
		// the public reason for lost points is what the PAR office wrote for it, else the
		// one in force; never the correction's own reason (issue 9, F3)
		String publicText = (points.compareTo(leaf.maxPoints()) >= 0) ? "" : !publicReason.isEmpty() ? publicReason
				: this.surveyCorrections.publicReason(setId, correction.unitId(), code).orElse("");
		this.surveyCorrections.store(setId, correction.unitId(), code, points, reason, publicText, actor.username(),
				now());
		this.events.publishEvent(AuditableChange.of("survey-points", setId + "/" + correction.unitId() + "/" + code,
				"corrected", before.map((p) -> p.stripTrailingZeros().toPlainString()).orElse(""),
				points.stripTrailingZeros().toPlainString(), reason));
		this.events.publishEvent(new LeafEntriesRecorded(setId, correction.unitId()));
	}

	/** The survey criterion of the set with this code, if it is one. */
	private static Optional<Leaf> surveyLeaf(CycleContext context, String code) {
		if (code.isEmpty()) {
			return Optional.empty();
		}
		return context.set()
			.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY && leaf.code().equals(code))
			.findFirst();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
