package org.parindex.assessment.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parindex.assessment.AdjustmentKind;
import org.parindex.assessment.AdjustmentStatus;
import org.parindex.assessment.AppraiseLeaves.Round;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.DossierStatus;
import org.parindex.assessment.InvalidCycleException;
import org.parindex.assessment.Stage;
import org.parindex.assessment.WorkflowException;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.Formats;
import org.parindex.platform.NotFoundException;

/**
 * A year's assessment cycle as an aggregate (DESIGN.md §4): its schedule (the deadline of
 * each stage, in Asia/Ho_Chi_Minh), the participating units, the bonus and deduction
 * ledger, the council's approval and publication. It guards its own transitions: every
 * rule about which stage is open, who may act in it and what an approved or published
 * year still allows is decided here and nowhere else; services load it (its row locked),
 * call one method, save it and publish the events it registered.
 * <p>
 * Once the council approves, the year is closed: nothing but a correction after
 * publication changes it.
 */
public final class Cycle {

	/** Vietnam's time, in which every deadline is written and enforced. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final long id;

	private final long indexSetId;

	private final int year;

	private Schedule schedule;

	private Set<Long> unitIds;

	private Optional<Approval> approval;

	private Optional<Instant> publishedAt;

	private Optional<Stage> lockedThrough;

	private final List<AdjustmentEntry> adjustments;

	private final List<Object> events = new ArrayList<>();

	private boolean scheduleChanged;

	/**
	 * A cycle as stored.
	 * @param year the year of its index set, for messages
	 */
	public Cycle(long id, long indexSetId, int year, Schedule schedule, Set<Long> unitIds, Optional<Approval> approval,
			Optional<Instant> publishedAt, Optional<Stage> lockedThrough, List<AdjustmentEntry> adjustments) {
		this.id = id;
		this.indexSetId = indexSetId;
		this.year = year;
		this.schedule = schedule;
		this.unitIds = Set.copyOf(unitIds);
		this.approval = approval;
		this.publishedAt = publishedAt;
		this.lockedThrough = lockedThrough;
		this.adjustments = new ArrayList<>(adjustments);
	}

	/**
	 * Checks a new cycle's schedule and participants before it is stored.
	 * @param groupUnits the units of the index set's unit group
	 * @throws InvalidCycleException when the deadlines are not in order, no unit takes
	 * part, or a unit is not of the group
	 */
	public static void checkNew(Schedule schedule, Set<Long> unitIds, Set<Long> groupUnits) {
		schedule.requireOrdered();
		requireUnits(unitIds, groupUnits);
	}

	// Reading

	public long id() {
		return this.id;
	}

	public long indexSetId() {
		return this.indexSetId;
	}

	public int year() {
		return this.year;
	}

	public Schedule schedule() {
		return this.schedule;
	}

	public Set<Long> unitIds() {
		return this.unitIds;
	}

	public boolean participates(long unitId) {
		return this.unitIds.contains(unitId);
	}

	public Optional<Approval> approval() {
		return this.approval;
	}

	public Optional<Instant> publishedAt() {
		return this.publishedAt;
	}

	public boolean published() {
		return this.publishedAt.isPresent();
	}

	/** Approved by the council (and possibly published): the year no longer changes. */
	public boolean closed() {
		return this.approval.isPresent() || this.publishedAt.isPresent();
	}

	public Optional<Stage> lockedThrough() {
		return this.lockedThrough;
	}

	public List<AdjustmentEntry> adjustments() {
		return List.copyOf(this.adjustments);
	}

	/** The cycle as pages and other modules read it. */
	public CycleView view() {
		return new CycleView(this.id, this.indexSetId, this.schedule.selfAssessmentUntil(),
				this.schedule.appraisalUntil(), this.schedule.explanationUntil(), this.schedule.councilUntil(),
				this.schedule.publicationOn(), this.unitIds);
	}

	/** The stage open at an instant. */
	public Stage stageAt(Instant now) {
		return view().stageAt(now);
	}

	/**
	 * The stage the year is in, as every page names it: {@link Stage#PUBLICATION} once
	 * published, {@link Stage#AWAITING_PUBLICATION} once approved by the council (or once
	 * the publication date passed without a publication), otherwise the stage open at
	 * {@code now} by the deadlines.
	 */
	public Stage stage(Instant now) {
		if (this.publishedAt.isPresent()) {
			return Stage.PUBLICATION;
		}
		Stage byDeadlines = stageAt(now);
		if (this.approval.isPresent() || byDeadlines == Stage.PUBLICATION) {
			return Stage.AWAITING_PUBLICATION;
		}
		return byDeadlines;
	}

	/** Whether the schedule or the participants changed since loading (to be saved). */
	public boolean scheduleChanged() {
		return this.scheduleChanged;
	}

	/**
	 * The events registered by the transitions since loading, handed over once: the
	 * service publishes them after saving.
	 */
	public List<Object> releaseEvents() {
		List<Object> released = List.copyOf(this.events);
		this.events.clear();
		return released;
	}

	/** The repository gives a newly stored ledger entry its id. */
	public void adjustmentStored(int index, long id) {
		this.adjustments.set(index, this.adjustments.get(index).withId(id));
	}

	// Rules every change of the year obeys

	/**
	 * The year still changes: not approved, not published.
	 * @throws WorkflowException otherwise, saying which holds:
	 * {@code assessment.closed.published} once published, {@code assessment.closed} once
	 * approved by the council
	 */
	public void requireChangeable() {
		if (closed()) {
			throw closedException();
		}
	}

	/** Why the year no longer changes, one message each: published, or approved. */
	private WorkflowException closedException() {
		return new WorkflowException(published() ? "assessment.closed.published" : "assessment.closed", this.year);
	}

	/**
	 * The stage's deadline has not passed.
	 * @throws WorkflowException naming the deadline (17h00 15/01/2023) when it has
	 */
	public void requireBefore(Stage stage, Instant now) {
		ZonedDateTime deadline = this.schedule.deadline(stage);
		if (!now.isBefore(deadline.toInstant())) {
			throw new WorkflowException(deadlineKey(stage), Formats.localTime(deadline));
		}
	}

	/** Whether the stage's deadline has passed at {@code now}. */
	public boolean passed(Stage stage, Instant now) {
		return !now.isBefore(this.schedule.deadline(stage).toInstant());
	}

	/**
	 * The unit takes part in the cycle.
	 * @throws NotFoundException otherwise (nobody learns of units outside the cycle)
	 */
	public void requireParticipant(long unitId) {
		if (!participates(unitId)) {
			throw new NotFoundException("assessment.unit.unknown", unitId);
		}
	}

	/**
	 * The appraisal round the actor may score in at {@code now}, if any: round 1 for
	 * appraisers until the appraisal deadline, once the unit has handed its dossier in
	 * (submitted, or locked at the self-assessment deadline); round 2 for appraisers from
	 * the appraisal deadline to the council's; the council finalizes in its own stage,
	 * from the explanation deadline. Nothing once the year is closed.
	 * @param dossierStatus the unit's dossier status
	 */
	public Optional<Round> openRound(boolean appraiser, boolean council, DossierStatus dossierStatus, Instant now) {
		for (Round round : Round.values()) {
			if (refusal(round, appraiser, council, dossierStatus, now).isEmpty()) {
				return Optional.of(round);
			}
		}
		return Optional.empty();
	}

	/**
	 * The round is open to the actor (see {@link #openRound}).
	 * @throws WorkflowException saying why not: closed year, not an appraiser, deadline
	 * passed, round 2 not yet open, dossier not handed in
	 */
	public void requireRound(Round round, boolean appraiser, boolean council, DossierStatus dossierStatus,
			Instant now) {
		Optional<WorkflowException> refusal = refusal(round, appraiser, council, dossierStatus, now);
		if (refusal.isPresent()) {
			throw refusal.get();
		}
	}

	private Optional<WorkflowException> refusal(Round round, boolean appraiser, boolean council,
			DossierStatus dossierStatus, Instant now) {
		if (closed()) {
			return Optional.of(closedException());
		}
		if (round == Round.ROUND1) {
			if (!appraiser) {
				return Optional.of(new WorkflowException("assessment.round1.appraisers-only"));
			}
			if (passed(Stage.APPRAISAL, now)) {
				return Optional.of(deadlinePassed(Stage.APPRAISAL));
			}
			boolean handedIn = dossierStatus == DossierStatus.SUBMITTED || dossierStatus == DossierStatus.LOCKED
					|| passed(Stage.SELF_ASSESSMENT, now);
			return handedIn ? Optional.empty() : Optional.of(new WorkflowException("assessment.round1.not-submitted"));
		}
		if (!appraiser && !council) {
			return Optional.of(new WorkflowException("assessment.round1.appraisers-only"));
		}
		if (!passed(Stage.APPRAISAL, now)) {
			return Optional.of(new WorkflowException("assessment.round2.not-open",
					Formats.localTime(this.schedule.appraisalUntil())));
		}
		if (!appraiser && !passed(Stage.EXPLANATION, now)) {
			return Optional.of(new WorkflowException("assessment.council.not-open",
					Formats.localTime(this.schedule.explanationUntil())));
		}
		if (passed(Stage.COUNCIL, now)) {
			return Optional.of(deadlinePassed(Stage.COUNCIL));
		}
		return Optional.empty();
	}

	/**
	 * The council's stage is open: after the explanation deadline, before the council's.
	 * @throws WorkflowException otherwise
	 */
	public void requireCouncilStage(Instant now) {
		if (!passed(Stage.EXPLANATION, now)) {
			throw new WorkflowException("assessment.council.not-open",
					Formats.localTime(this.schedule.explanationUntil()));
		}
		requireBefore(Stage.COUNCIL, now);
	}

	// Transitions

	/**
	 * New deadlines and participants. Deadlines moved into the future reopen their
	 * stages: the stage the deadline job had closed is set back, and when the
	 * self-assessment is open again, dossiers locked at its old deadline become drafts
	 * (the caller reopens them: see the returned value).
	 * @param groupUnits the units of the index set's unit group
	 * @return whether the self-assessment stage is open again after having been closed
	 * @throws WorkflowException once the year is approved or published
	 * @throws InvalidCycleException for deadlines out of order or foreign units
	 */
	public boolean reschedule(Schedule next, Set<Long> units, Set<Long> groupUnits, Instant now) {
		if (this.publishedAt.isPresent()) {
			throw new InvalidCycleException("cycle.published", this.year);
		}
		if (this.approval.isPresent()) {
			throw new InvalidCycleException("cycle.approved", this.year);
		}
		next.requireOrdered();
		requireUnits(units, groupUnits);
		this.events
			.add(audit("changed", describe(this.schedule, this.unitIds.size()), describe(next, units.size()), ""));
		this.schedule = next;
		this.unitIds = Set.copyOf(units);
		this.scheduleChanged = true;
		if (this.lockedThrough.isEmpty()) {
			return false;
		}
		Optional<Stage> passed = Optional.empty();
		for (Stage stage : CycleView.CLOSING) {
			if (!passed(stage, now)) {
				break;
			}
			passed = Optional.of(stage);
		}
		boolean selfReopened = passed.isEmpty();
		this.lockedThrough = passed;
		return selfReopened;
	}

	/**
	 * Closes, in order, every stage whose deadline has passed and that the deadline job
	 * has not closed yet (audited once each).
	 * @return the stages closed now, in order (empty when none); closing the
	 * self-assessment stage means the caller locks the unsubmitted dossiers
	 */
	public List<Stage> closeDueStages(Instant now) {
		List<Stage> closed = new ArrayList<>();
		if (this.publishedAt.isPresent()) {
			return closed;
		}
		int done = this.lockedThrough.map((stage) -> CycleView.CLOSING.indexOf(stage) + 1).orElse(0);
		for (int i = done; i < CycleView.CLOSING.size(); i++) {
			Stage stage = CycleView.CLOSING.get(i);
			if (!passed(stage, now)) {
				break;
			}
			this.lockedThrough = Optional.of(stage);
			this.events.add(audit("stage-closed", "", stage.name(),
					"deadline " + Formats.TIME.format(this.schedule.deadline(stage))));
			this.events.add(new org.parindex.assessment.StageClosed(this.id, this.year, this.indexSetId, stage,
					this.schedule.deadline(stage).toInstant()));
			closed.add(stage);
		}
		return closed;
	}

	/**
	 * The PAR office proposes a bonus or deduction for the council to decide. An
	 * identical proposal still waiting for the council is not made twice (a double submit
	 * or two officers at once).
	 * @param cap the index set's cap for the kind (points)
	 * @return the new entry (id 0 until saved)
	 * @throws WorkflowException once closed, after the council deadline, for points above
	 * the cap or an identical proposal already waiting
	 */
	public AdjustmentEntry proposeAdjustment(long unitId, AdjustmentKind kind, BigDecimal points, BigDecimal cap,
			String reason, String evidence, String by, Instant now) {
		requireChangeable();
		requireParticipant(unitId);
		requireBefore(Stage.COUNCIL, now);
		if (points.compareTo(cap) > 0) {
			throw new WorkflowException("assessment.adjustment.cap", cap.stripTrailingZeros().toPlainString());
		}
		boolean waiting = this.adjustments.stream()
			.anyMatch((entry) -> entry.status() == AdjustmentStatus.PROPOSED && entry.unitId() == unitId
					&& entry.kind() == kind && entry.points().compareTo(points) == 0 && entry.reason().equals(reason)
					&& entry.evidence().equals(evidence));
		if (waiting) {
			throw new WorkflowException("assessment.adjustment.duplicate");
		}
		AdjustmentEntry entry = AdjustmentEntry.proposed(unitId, kind, points, reason, evidence, by,
				OffsetDateTime.ofInstant(now, ZONE));
		this.adjustments.add(entry);
		return entry;
	}

	/**
	 * The council approves or rejects a proposed bonus or deduction, in its stage, with a
	 * reason: the decision cannot be undone, so it is given with the reason the unit and
	 * the PAR office read (issue 9, appr9 F7).
	 * @param why the reason, trimmed: 1 to {@value AdjustmentEntry#DECISION_REASON_MAX}
	 * characters
	 * @throws WorkflowException once closed, outside the council's stage, when the entry
	 * is decided already, or without a reason or with one too long
	 * ({@code assessment.adjustment.decision-reason},
	 * {@code assessment.adjustment.decision-reason.max})
	 */
	public AdjustmentEntry decideAdjustment(long adjustmentId, boolean approve, String why, String by, Instant now) {
		requireChangeable();
		requireCouncilStage(now);
		AdjustmentEntry entry = adjustment(adjustmentId);
		if (entry.status() != AdjustmentStatus.PROPOSED) {
			throw new WorkflowException("assessment.adjustment.decided");
		}
		String reason = org.parindex.platform.Text.normalize(why).strip();
		if (reason.isEmpty()) {
			throw new WorkflowException("assessment.adjustment.decision-reason", approve ? 1 : 0);
		}
		if (reason.codePointCount(0, reason.length()) > AdjustmentEntry.DECISION_REASON_MAX) {
			throw new WorkflowException("assessment.adjustment.decision-reason.max",
					AdjustmentEntry.DECISION_REASON_MAX);
		}
		AdjustmentEntry decided = entry.decided(approve ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED, by,
				OffsetDateTime.ofInstant(now, ZONE), reason);
		this.adjustments.set(this.adjustments.indexOf(entry), decided);
		return decided;
	}

	/**
	 * Records a bonus or deduction that a council decided outside ParIndex (a year taken
	 * over from the province's decisions), with who decided it. It counts at once.
	 * @throws WorkflowException once closed, or for a unit outside the cycle
	 */
	public AdjustmentEntry recordDecidedAdjustment(long unitId, AdjustmentKind kind, BigDecimal points, String reason,
			String decidedBy, Instant now) {
		requireChangeable();
		requireParticipant(unitId);
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZONE);
		AdjustmentEntry entry = AdjustmentEntry.proposed(unitId, kind, points, reason, "", decidedBy, at)
			.decided(AdjustmentStatus.APPROVED, decidedBy, at, "");
		this.adjustments.add(entry);
		return entry;
	}

	/**
	 * Corrects a unit's bonus or deduction after publication: the approved entries of the
	 * kind are replaced ({@link AdjustmentStatus#SUPERSEDED}) by one approved entry of
	 * the new points, with the correction's reason, decided by the PAR office; 0 takes
	 * the bonus or deduction away.
	 * @param points the unit's new bonus or deduction: 0 to {@code cap}, at most 4
	 * decimals
	 * @param cap the index set's cap for the kind (points)
	 * @return the points counted before the correction (the sum of the approved entries)
	 * @throws WorkflowException when the year is not published, for a unit outside the
	 * cycle, for points out of range ({@code assessment.correction.bonus-range},
	 * {@code …deduction-range}) or equal to the points counted now
	 * ({@code assessment.correction.bonus-unchanged}, {@code …deduction-unchanged})
	 */
	public BigDecimal correctAdjustment(long unitId, AdjustmentKind kind, BigDecimal points, BigDecimal cap,
			String reason, String by, Instant now) {
		requireCorrectable();
		requireParticipant(unitId);
		if (points.signum() < 0 || points.compareTo(cap) > 0
				|| points.stripTrailingZeros().scale() > org.parindex.platform.Bounds.POINTS_FRACTION) {
			throw new WorkflowException(
					"assessment.correction." + kind.name().toLowerCase(java.util.Locale.ROOT) + "-range",
					cap.stripTrailingZeros());
		}
		List<AdjustmentEntry> counted = this.adjustments.stream()
			.filter((entry) -> entry.unitId() == unitId && entry.kind() == kind
					&& entry.status() == AdjustmentStatus.APPROVED)
			.toList();
		BigDecimal before = counted.stream().map(AdjustmentEntry::points).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (before.compareTo(points) == 0) {
			throw new WorkflowException(
					"assessment.correction." + kind.name().toLowerCase(java.util.Locale.ROOT) + "-unchanged",
					points.stripTrailingZeros());
		}
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZONE);
		for (AdjustmentEntry entry : counted) {
			this.adjustments.set(this.adjustments.indexOf(entry), entry.superseded());
		}
		if (points.signum() > 0) {
			this.adjustments.add(AdjustmentEntry.proposed(unitId, kind, points, reason, "", by, at)
				.decided(AdjustmentStatus.APPROVED, by, at, reason));
		}
		return before;
	}

	/**
	 * The council approves the year.
	 * @param pendingFlags flagged leaves of all units not finalized yet
	 * @throws WorkflowException outside the council's stage, once closed, with flagged
	 * leaves not finalized or bonus and deduction entries undecided
	 */
	public void approve(int pendingFlags, String by, Instant now) {
		requireChangeable();
		requireCouncilStage(now);
		if (pendingFlags > 0) {
			throw new WorkflowException("assessment.approve.pending-flags", pendingFlags);
		}
		long undecided = this.adjustments.stream().filter((e) -> e.status() == AdjustmentStatus.PROPOSED).count();
		if (undecided > 0) {
			throw new WorkflowException("assessment.approve.pending-adjustments", undecided);
		}
		this.approval = Optional.of(new Approval(now, by));
		// the old value says what the approval ended (issue 9, #15: it showed none)
		this.events.add(audit("approved", "AWAITING_APPROVAL", "APPROVED", ""));
		this.events.add(new org.parindex.assessment.CycleApproved(this.id, this.year, this.indexSetId, now));
	}

	/**
	 * Records the approval of a year appraised outside ParIndex, at its council deadline.
	 * @throws WorkflowException once closed
	 */
	public void recordCompleted(String approvedBy) {
		requireChangeable();
		this.approval = Optional.of(new Approval(this.schedule.councilUntil().toInstant(), approvedBy));
		this.events.add(audit("approved", "AWAITING_APPROVAL", "RECORDED_AS_COMPLETED", ""));
	}

	/**
	 * The year's results were published (heard from the publication): nothing changes any
	 * more except by correction. Publishing again changes nothing.
	 * @throws WorkflowException when the council has not approved the year
	 */
	public void markPublished(Instant at) {
		if (this.approval.isEmpty()) {
			throw new WorkflowException("publication.not-approved", this.year);
		}
		if (this.publishedAt.isEmpty()) {
			this.publishedAt = Optional.of(at);
		}
	}

	/**
	 * A correction of a published year is allowed.
	 * @throws WorkflowException when the year is not published
	 */
	public void requireCorrectable() {
		if (this.publishedAt.isEmpty()) {
			throw new WorkflowException("assessment.correction.unpublished");
		}
	}

	private AdjustmentEntry adjustment(long adjustmentId) {
		return this.adjustments.stream()
			.filter((entry) -> entry.id() == adjustmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assessment.adjustment.unknown", adjustmentId));
	}

	private static void requireUnits(Set<Long> unitIds, Set<Long> groupUnits) {
		if (unitIds.isEmpty()) {
			throw new InvalidCycleException("cycle.units.none");
		}
		for (long unit : unitIds) {
			if (!groupUnits.contains(unit)) {
				throw new InvalidCycleException("cycle.units.group", unit);
			}
		}
	}

	private WorkflowException deadlinePassed(Stage stage) {
		return new WorkflowException(deadlineKey(stage), Formats.localTime(this.schedule.deadline(stage)));
	}

	private static String deadlineKey(Stage stage) {
		return switch (stage) {
			case SELF_ASSESSMENT -> "assessment.deadline.self";
			case APPRAISAL -> "assessment.deadline.appraisal";
			case EXPLANATION -> "assessment.deadline.explanation";
			case COUNCIL, AWAITING_PUBLICATION, PUBLICATION -> "assessment.deadline.council";
		};
	}

	private AuditableChange audit(String action, String before, String after, String reason) {
		return AuditableChange.of("cycle", Long.toString(this.id), action, before, after, reason);
	}

	/** The schedule as the audit trail records it. */
	public static String describe(Schedule schedule, int units) {
		return "self=" + Formats.TIME.format(schedule.selfAssessmentUntil()) + "; appraisal="
				+ Formats.TIME.format(schedule.appraisalUntil()) + "; explanation="
				+ Formats.TIME.format(schedule.explanationUntil()) + "; council="
				+ Formats.TIME.format(schedule.councilUntil()) + "; publication="
				+ Formats.TIME.format(schedule.publicationOn()) + "; units=" + units;
	}

	/** The council's approval of the year: when and by whom. */
	public record Approval(Instant at, String by) {

	}

}
