package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.parindex.engine.Leaf;
import org.parindex.platform.Actor;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.Text;
import org.parindex.platform.Formats;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The appraisers' and council's side of the cycle: round 1 with questions, round 2, the
 * council's table, resolution and approval, bonus and deduction proposals and decisions,
 * and corrections after publication. The appraised score in force is kept as the engine's
 * override of the leaf's rule, with the comment as its reason.
 */
@Service
@Validated
public class AppraisalService {

	private final DossierService dossiers;

	private final WorkflowRepository repository;

	private final WorkflowAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppraisalService(DossierService dossiers, WorkflowRepository repository, WorkflowAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.dossiers = dossiers;
		this.repository = repository;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The areas of the cycle's index set the actor appraises (empty for others). */
	@Transactional(readOnly = true)
	public List<String> areas(long cycleId, Actor actor) {
		CycleContext context = this.dossiers.context(cycleId);
		return context.areaNodes()
			.stream()
			.map((node) -> node.code())
			.filter(this.access.areas(actor, context)::contains)
			.toList();
	}

	/**
	 * Records appraisers' scores, all or nothing.
	 * @throws WorkflowException outside the round's window, for a leaf outside the
	 * appraiser's areas, a score out of range, or a changed score without a comment
	 * @throws ConcurrentEditException when someone else changed a leaf meanwhile
	 */
	@Transactional
	public void appraise(@Valid AppraiseLeaves command, Actor actor) {
		CycleContext context = this.dossiers.changing(command.cycleId());
		this.access.requireRead(actor, context, command.unitId());
		if (context.set().published() || context.approved()) {
			throw new WorkflowException("assessment.closed", context.set().year());
		}
		boolean council = actor.hasRole(WorkflowAccess.COUNCIL);
		Instant now = Instant.now(this.clock);
		if (command.round() == AppraiseLeaves.Round.ROUND1) {
			if (!actor.hasRole(WorkflowAccess.APPRAISER)) {
				throw new WorkflowException("assessment.round1.appraisers-only");
			}
			this.dossiers.requireBefore(context, context.cycle().appraisalUntil(), "assessment.deadline.appraisal");
			DossierStatus status = this.repository.lockDossier(context.set().id(), command.unitId());
			boolean closed = !now.isBefore(context.cycle().selfAssessmentUntil().toInstant());
			if (status != DossierStatus.SUBMITTED && status != DossierStatus.LOCKED && !closed) {
				throw new WorkflowException("assessment.round1.not-submitted");
			}
		}
		else {
			if (now.isBefore(context.cycle().appraisalUntil().toInstant())) {
				throw new WorkflowException("assessment.round2.not-open",
						Formats.TIME.format(context.cycle().appraisalUntil()));
			}
			if (council && now.isBefore(context.cycle().explanationUntil().toInstant())) {
				throw new WorkflowException("assessment.council.not-open",
						Formats.TIME.format(context.cycle().explanationUntil()));
			}
			this.dossiers.requireBefore(context, context.cycle().councilUntil(), "assessment.deadline.council");
		}
		Map<String, WorkflowRepository.LeafRow> rows = this.repository.leaves(context.set().id(), command.unitId());
		OffsetDateTime stamp = OffsetDateTime.now(this.clock);
		boolean changedAny = false;
		for (AppraiseLeaves.LeafScore score : command.leaves()) {
			Leaf leaf = context.leaf(score.leafCode());
			if (!council || command.round() == AppraiseLeaves.Round.ROUND1) {
				this.access.requireArea(actor, context, score.leafCode());
			}
			WorkflowRepository.LeafRow row = rows.get(score.leafCode());
			Optional<BigDecimal> self = (row != null) ? context.selfPoints(row.leafCode(), row.inputs())
					: Optional.empty();
			String comment = Text.normalize(score.comment()).strip();
			Optional<BigDecimal> points = score.points();
			if (points.isPresent() && (points.get().signum() < 0 || points.get().compareTo(leaf.maxPoints()) > 0)) {
				throw new WorkflowException("assessment.points.range", score.leafCode(),
						leaf.maxPoints().stripTrailingZeros().toPlainString());
			}
			boolean differs = points.isPresent() && (self.isEmpty() || self.get().compareTo(points.get()) != 0);
			if (differs && comment.isEmpty()) {
				throw new WorkflowException("assessment.comment.required", score.leafCode());
			}
			Map<String, Object> columns = new LinkedHashMap<>();
			String phase;
			String action;
			if (command.round() == AppraiseLeaves.Round.ROUND1) {
				String question = Text.normalize(score.question()).strip();
				Optional<String> asked = question.isEmpty()
						? ((row != null && row.answer().isPresent()) ? row.question() : Optional.empty())
						: Optional.of(question);
				boolean unchanged = (row != null)
						? same(row.round1Points(), points) && row.round1Comment().equals(comment)
								&& row.question().equals(asked)
						: points.isEmpty() && comment.isEmpty() && asked.isEmpty();
				if (unchanged) {
					continue;
				}
				columns.put("round1_points", points.orElse(null));
				columns.put("round1_comment", comment);
				columns.put("question", asked.orElse(null));
				phase = "ROUND1";
				action = asked.isPresent() && (row == null || !asked.equals(row.question())) ? "flagged" : "scored";
			}
			else {
				if (points.isEmpty()) {
					// not finalized yet: left for a later save
					continue;
				}
				if (!council && row != null && row.question().isPresent() && row.answer().isEmpty()
						&& now.isBefore(context.cycle().explanationUntil().toInstant())) {
					throw new WorkflowException("assessment.round2.awaiting-answer", score.leafCode(),
							Formats.TIME.format(context.cycle().explanationUntil()));
				}
				if (row != null && same(row.finalPoints(), points) && row.finalComment().equals(comment)) {
					continue;
				}
				columns.put("final_points", points.get());
				phase = council ? "COUNCIL" : "ROUND2";
				action = "finalized";
			}
			columns.put("override_points", differs ? points.get() : null);
			columns.put("override_reason", differs ? comment : null);
			columns.put("appraisal_comment", comment);
			long id = this.dossiers.claim(context, command.unitId(), score.leafCode(), row, score.version(),
					actor.username(), stamp);
			int base = (row != null) ? row.version() : 0;
			if (!this.repository.updateLeaf(id, base, columns, actor.username(), stamp)) {
				throw this.dossiers.conflict(context, command.unitId(), score.leafCode());
			}
			String detail = points.map(BigDecimal::toPlainString).orElse("—")
					+ (comment.isEmpty() ? "" : "; " + comment)
					+ ((columns.get("question") != null) ? "; ? " + columns.get("question") : "");
			this.dossiers.event(context, command.unitId(), score.leafCode(), phase, action, detail, actor.username(),
					stamp);
			changedAny = true;
		}
		if (changedAny) {
			this.events.publishEvent(new LeafEntriesRecorded(context.set().id(), command.unitId()));
		}
	}

	/** Each participating unit's dossier status (draft when untouched). */
	@Transactional(readOnly = true)
	public Map<Long, DossierStatus> statuses(long cycleId) {
		CycleContext context = this.dossiers.context(cycleId);
		Map<Long, DossierStatus> statuses = new HashMap<>();
		context.cycle().unitIds().forEach((unit) -> statuses.put(unit, DossierStatus.DRAFT));
		this.repository.dossiers(context.set().id())
			.stream()
			.filter((d) -> statuses.containsKey(d.unitId()))
			.forEach((d) -> statuses.put(d.unitId(), d.status()));
		return statuses;
	}

	/** The council's table: every participating unit, self against appraised. */
	@Transactional(readOnly = true)
	public List<CouncilRow> councilTable(long cycleId, Actor actor) {
		CycleContext context = this.dossiers.context(cycleId);
		if (!actor.hasRole(WorkflowAccess.COUNCIL) && !actor.hasRole(WorkflowAccess.PAR_OFFICE)) {
			throw new NotFoundException("cycle.unknown", cycleId);
		}
		Map<Long, DossierStatus> statuses = new HashMap<>();
		this.repository.dossiers(context.set().id()).forEach((d) -> statuses.put(d.unitId(), d.status()));
		Map<Long, List<WorkflowRepository.LeafRow>> byUnit = new HashMap<>();
		for (WorkflowRepository.LeafRow row : this.repository.leaves(context.set().id())) {
			byUnit.computeIfAbsent(row.unitId(), (id) -> new ArrayList<>()).add(row);
		}
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
			for (WorkflowRepository.LeafRow row : byUnit.getOrDefault(unitId, List.of())) {
				if (!context.leaves().containsKey(row.leafCode())) {
					continue;
				}
				LeafRecordView leaf = DossierService.record(context, row, List.of());
				BigDecimal s = leaf.selfPoints().orElse(BigDecimal.ZERO);
				BigDecimal r = leaf.round1OrSelf().orElse(BigDecimal.ZERO);
				BigDecimal a = leaf.appraisedPoints().orElse(BigDecimal.ZERO);
				self = self.add(s);
				round1 = round1.add(r);
				appraised = appraised.add(a);
				differing += (s.compareTo(a) != 0) ? 1 : 0;
				flagged += leaf.flagged() ? 1 : 0;
				answered += (leaf.flagged() && leaf.answer().isPresent()) ? 1 : 0;
				finalized += leaf.finalPoints().isPresent() ? 1 : 0;
				pending += (leaf.flagged() && leaf.finalPoints().isEmpty()) ? 1 : 0;
			}
			table.add(new CouncilRow(unitId, statuses.getOrDefault(unitId, DossierStatus.DRAFT), self, round1,
					appraised, differing, flagged, answered, finalized, pending));
		}
		return table;
	}

	/** The council's approval of the cycle, if given: when and by whom. */
	@Transactional(readOnly = true)
	public Optional<String> approvedBy(long cycleId) {
		return this.repository.approval(cycleId).map(WorkflowRepository.Approval::by);
	}

	/**
	 * The council approves the year's appraisal; nothing changes afterwards except by a
	 * correction after publication.
	 * @throws WorkflowException outside the council's window, when a flagged leaf is not
	 * finalized or a bonus or deduction is undecided
	 */
	@Transactional
	public void approve(long cycleId, Actor actor) {
		CycleContext context = this.dossiers.changing(cycleId);
		if (!actor.hasRole(WorkflowAccess.COUNCIL)) {
			throw new WorkflowException("assessment.council.only");
		}
		if (context.approved() || context.set().published()) {
			throw new WorkflowException("assessment.closed", context.set().year());
		}
		Instant now = Instant.now(this.clock);
		if (now.isBefore(context.cycle().explanationUntil().toInstant())) {
			throw new WorkflowException("assessment.council.not-open",
					Formats.TIME.format(context.cycle().explanationUntil()));
		}
		this.dossiers.requireBefore(context, context.cycle().councilUntil(), "assessment.deadline.council");
		int pending = councilTable(cycleId, actor).stream().mapToInt(CouncilRow::pendingFlags).sum();
		if (pending > 0) {
			throw new WorkflowException("assessment.approve.pending-flags", pending);
		}
		long undecided = this.repository.proposals(context.set().id())
			.stream()
			.filter((p) -> p.status() == AdjustmentStatus.PROPOSED)
			.count();
		if (undecided > 0) {
			throw new WorkflowException("assessment.approve.pending-adjustments", undecided);
		}
		if (!this.repository.approve(cycleId, actor.username(), OffsetDateTime.now(this.clock))) {
			throw new WorkflowException("assessment.closed", context.set().year());
		}
		this.events.publishEvent(AuditableChange.of("cycle", Long.toString(cycleId), "approved", "", "approved", ""));
	}

	/**
	 * Records a year appraised outside ParIndex (the demo's 2020 and 2021, or a year
	 * taken over from paper): every participating unit's dossier submitted by its
	 * deadline, and the council's approval at the council deadline.
	 */
	@Transactional
	public void recordCompletedYear(long cycleId, String approvedBy) {
		CycleContext context = this.dossiers.changing(cycleId);
		OffsetDateTime submitted = context.cycle().selfAssessmentUntil().toOffsetDateTime();
		for (long unitId : context.cycle().unitIds()) {
			this.repository.transition(context.set().id(), unitId, java.util.EnumSet.allOf(DossierStatus.class),
					DossierStatus.SUBMITTED, Optional.of(submitted), Optional.of(approvedBy), Optional.empty());
		}
		this.repository.approve(cycleId, approvedBy, context.cycle().councilUntil().toOffsetDateTime());
		this.events.publishEvent(
				AuditableChange.of("cycle", Long.toString(cycleId), "approved", "", "recorded as completed", ""));
	}

	/** Every bonus and deduction entry of the cycle's set, with its decision. */
	@Transactional(readOnly = true)
	public List<AdjustmentProposalView> adjustments(long cycleId) {
		CycleContext context = this.dossiers.context(cycleId);
		return this.repository.proposals(context.set().id());
	}

	/**
	 * The PAR office proposes a bonus or deduction.
	 * @throws WorkflowException once approved, for a unit outside the cycle, or points
	 * above the index set's cap
	 */
	@Transactional
	public long proposeAdjustment(@Valid ProposeAdjustment command, Actor actor) {
		CycleContext context = this.dossiers.changing(command.cycleId());
		if (!actor.hasRole(WorkflowAccess.PAR_OFFICE)) {
			throw new WorkflowException("assessment.adjustment.par-office-only");
		}
		if (context.approved() || context.set().published()) {
			throw new WorkflowException("assessment.closed", context.set().year());
		}
		if (!context.cycle().unitIds().contains(command.unitId())) {
			throw new NotFoundException("assessment.unit.unknown", command.unitId());
		}
		this.dossiers.requireBefore(context, context.cycle().councilUntil(), "assessment.deadline.council");
		BigDecimal cap = (command.kind() == AdjustmentKind.BONUS) ? context.set().bonusCap()
				: context.set().deductionCap();
		if (command.points().compareTo(cap) > 0) {
			throw new WorkflowException("assessment.adjustment.cap", cap.stripTrailingZeros().toPlainString());
		}
		String reason = Text.normalize(command.reason()).strip();
		String evidence = Text.normalize(command.evidence()).strip();
		long id = this.repository.proposeAdjustment(context.set().id(), command.unitId(), command.kind(),
				command.points(), reason, evidence, actor.username(), OffsetDateTime.now(this.clock));
		this.events.publishEvent(AuditableChange.of("adjustment", Long.toString(id), "proposed", "",
				command.kind() + " " + command.points().toPlainString() + "; " + evidence, reason));
		return id;
	}

	/**
	 * The council approves or rejects a proposed bonus or deduction.
	 * @throws WorkflowException once the cycle is approved or when already decided
	 */
	@Transactional
	public void decideAdjustment(long cycleId, long adjustmentId, boolean approve, Actor actor) {
		CycleContext context = this.dossiers.changing(cycleId);
		if (!actor.hasRole(WorkflowAccess.COUNCIL)) {
			throw new WorkflowException("assessment.council.only");
		}
		if (context.approved() || context.set().published()) {
			throw new WorkflowException("assessment.closed", context.set().year());
		}
		if (Instant.now(this.clock).isBefore(context.cycle().explanationUntil().toInstant())) {
			throw new WorkflowException("assessment.council.not-open",
					Formats.TIME.format(context.cycle().explanationUntil()));
		}
		this.dossiers.requireBefore(context, context.cycle().councilUntil(), "assessment.deadline.council");
		AdjustmentProposalView proposal = this.repository.proposals(context.set().id())
			.stream()
			.filter((p) -> p.id() == adjustmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assessment.adjustment.unknown", adjustmentId));
		AdjustmentStatus status = approve ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED;
		if (!this.repository.decideAdjustment(adjustmentId, status, actor.username(), OffsetDateTime.now(this.clock))) {
			throw new WorkflowException("assessment.adjustment.decided");
		}
		this.events.publishEvent(AuditableChange.of("adjustment", Long.toString(adjustmentId), "decided",
				AdjustmentStatus.PROPOSED.name(), status.name(), ""));
		this.events.publishEvent(new AdjustmentRecorded(context.set().id(), proposal.unitId(), proposal.kind()));
	}

	/**
	 * Corrects a leaf's final score after publication (a new revision of the results
	 * follows). Only the publication workflow calls this, inside its transaction.
	 * @throws WorkflowException when the year is not published, or without a reason
	 */
	@Transactional
	public void correct(long cycleId, long unitId, String leafCode, BigDecimal points, String reason, Actor actor) {
		CycleContext context = this.dossiers.changing(cycleId);
		if (!actor.hasRole(WorkflowAccess.PAR_OFFICE)) {
			throw new WorkflowException("assessment.adjustment.par-office-only");
		}
		if (!context.set().published()) {
			throw new WorkflowException("assessment.correction.unpublished");
		}
		if (!context.cycle().unitIds().contains(unitId)) {
			throw new NotFoundException("assessment.unit.unknown", unitId);
		}
		Leaf leaf = context.leaf(leafCode);
		String clean = Text.normalize(reason).strip();
		if (clean.isEmpty()) {
			throw new WorkflowException("assessment.correction.reason");
		}
		if (points.signum() < 0 || points.compareTo(leaf.maxPoints()) > 0) {
			throw new WorkflowException("assessment.points.range", leafCode,
					leaf.maxPoints().stripTrailingZeros().toPlainString());
		}
		WorkflowRepository.LeafRow row = this.repository.leaves(context.set().id(), unitId).get(leafCode);
		OffsetDateTime stamp = OffsetDateTime.now(this.clock);
		long id = this.dossiers.claim(context, unitId, leafCode, row, (row != null) ? row.version() : -1,
				actor.username(), stamp);
		Optional<BigDecimal> self = (row != null) ? context.selfPoints(leafCode, row.inputs()) : Optional.empty();
		boolean differs = self.isEmpty() || self.get().compareTo(points) != 0;
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("final_points", points);
		columns.put("override_points", differs ? points : null);
		columns.put("override_reason", differs ? clean : null);
		if (!this.repository.updateLeaf(id, (row != null) ? row.version() : 0, columns, actor.username(), stamp)) {
			throw this.dossiers.conflict(context, unitId, leafCode);
		}
		this.dossiers.event(context, unitId, leafCode, "CORRECTION", "corrected", points.toPlainString() + "; " + clean,
				actor.username(), stamp);
		this.events.publishEvent(new LeafEntriesRecorded(context.set().id(), unitId));
	}

	private static boolean same(Optional<BigDecimal> stored, Optional<BigDecimal> entered) {
		if (stored.isEmpty() || entered.isEmpty()) {
			return stored.isEmpty() && entered.isEmpty();
		}
		return stored.get().compareTo(entered.get()) == 0;
	}

}
