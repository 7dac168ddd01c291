package org.parindex.assessment.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.parindex.assessment.AppraiseLeaves;
import org.parindex.assessment.ConcurrentEditException;
import org.parindex.assessment.CorrectScore;
import org.parindex.assessment.DocumentReference;
import org.parindex.assessment.DossierReturned;
import org.parindex.assessment.DossierStatus;
import org.parindex.assessment.DossierSubmitted;
import org.parindex.assessment.SubmissionBlockers;
import org.parindex.assessment.DossierView;
import org.parindex.assessment.EvidencePhase;
import org.parindex.assessment.EvidenceView;
import org.parindex.assessment.ExplanationAnswered;
import org.parindex.assessment.ExplanationRequested;
import org.parindex.assessment.InvalidEntryException;
import org.parindex.assessment.LeafEntriesRecorded;
import org.parindex.assessment.LeafRecordView;
import org.parindex.assessment.RefusedLeavesException;
import org.parindex.assessment.Stage;
import org.parindex.assessment.WorkflowException;
import org.parindex.assessment.cycle.Cycle;
import org.parindex.engine.Leaf;
import org.parindex.engine.LeafInputs;
import org.parindex.engine.Problem;
import org.parindex.engine.RuleType;
import org.parindex.engine.ScoreOverride;
import org.parindex.engine.Scorer;
import org.parindex.platform.Bounds;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.Formats;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.Text;

/**
 * A unit's dossier of a year as an aggregate (DESIGN.md §4): its status, each appraisal
 * leaf's entry round by round, its evidence, and the history each step appends. Every
 * write of the year's workflow to a unit's data goes through one of its methods, which
 * check the step against the {@link Cycle}'s stage and deadlines and the dossier's own
 * state, and record what changed; the service then saves it in the same transaction and
 * publishes the events it registered. A leaf changed since the user's form was loaded is
 * refused by its version, naming who changed it, so that nobody's work is overwritten.
 */
public final class Dossier {

	private final long indexSetId;

	private final long unitId;

	private DossierStatus status;

	private Optional<Instant> submittedAt;

	private Optional<String> submittedBy;

	private Optional<String> returnedReason;

	private Optional<Instant> returnedAt;

	private boolean statusChanged;

	private final Map<String, LeafEntry> leaves;

	private final List<EvidenceRecord> evidence;

	private final List<EvidenceRecord> addedEvidence = new ArrayList<>();

	private final List<Long> removedEvidence = new ArrayList<>();

	private final List<HistoryEntry> history = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private boolean scoresChanged;

	/** A dossier as stored, with its leaf entries and evidence. */
	public Dossier(DossierView dossier, List<LeafEntry> leaves, List<EvidenceRecord> evidence) {
		this.indexSetId = dossier.indexSetId();
		this.unitId = dossier.unitId();
		this.status = dossier.status();
		this.submittedAt = dossier.submittedAt();
		this.submittedBy = dossier.submittedBy();
		this.returnedReason = dossier.returnedReason();
		this.returnedAt = dossier.returnedAt();
		this.leaves = new LinkedHashMap<>();
		leaves.forEach((leaf) -> this.leaves.put(leaf.leafCode(), leaf));
		this.evidence = new ArrayList<>(evidence);
	}

	// Reading

	public long indexSetId() {
		return this.indexSetId;
	}

	public long unitId() {
		return this.unitId;
	}

	public DossierStatus status() {
		return this.status;
	}

	public DossierView view() {
		return new DossierView(this.indexSetId, this.unitId, this.status, this.submittedAt, this.submittedBy,
				this.returnedReason, this.returnedAt);
	}

	/** The leaf's entry, if the unit or an appraiser has made one. */
	public Optional<LeafEntry> leaf(String leafCode) {
		return Optional.ofNullable(this.leaves.get(leafCode));
	}

	public List<LeafEntry> leaves() {
		return List.copyOf(this.leaves.values());
	}

	public List<EvidenceRecord> evidence() {
		return List.copyOf(this.evidence);
	}

	/**
	 * The unit may still change its self-assessment at {@code now}: the year is open, the
	 * dossier a draft (or returned), and the self-assessment deadline not passed.
	 */
	public boolean editable(Cycle cycle, Instant now) {
		return !cycle.closed() && this.status.editable() && !cycle.passed(Stage.SELF_ASSESSMENT, now);
	}

	/** Every appraisal leaf in tree order, as pages show it. */
	public List<LeafRecordView> records(LeafRules rules) {
		Map<String, List<EvidenceView>> byLeaf = this.evidence.stream()
			.map(EvidenceRecord::view)
			.filter((e) -> e.leafCode().isPresent())
			.collect(Collectors.groupingBy((e) -> e.leafCode().get(), LinkedHashMap::new, Collectors.toList()));
		List<LeafRecordView> records = new ArrayList<>();
		for (String code : rules.leaves().keySet()) {
			List<EvidenceView> files = byLeaf.getOrDefault(code, List.of());
			LeafEntry entry = this.leaves.get(code);
			records.add((entry == null) ? LeafRecordView.empty(code, files) : record(rules, entry, files));
		}
		return records;
	}

	/** One entry as pages show it. */
	public static LeafRecordView record(LeafRules rules, LeafEntry entry, List<EvidenceView> evidence) {
		return new LeafRecordView(entry.leafCode(), entry.inputs(), entry.selfExplanation(),
				rules.selfPoints(entry.leafCode(), entry.inputs()), entry.round1Points(), entry.round1Comment(),
				entry.question(), entry.answer(), entry.finalPoints(), entry.appraisalComment(), entry.version(),
				entry.updatedBy(), evidence, entry.override().map(ScoreOverride::points), entry.publicReason(),
				entry.review().map(LeafEntry.Review::text));
	}

	// What the repository saves and the service publishes

	public boolean statusChanged() {
		return this.statusChanged;
	}

	public Optional<Instant> submittedAt() {
		return this.submittedAt;
	}

	public Optional<String> submittedBy() {
		return this.submittedBy;
	}

	public Optional<String> returnedReason() {
		return this.returnedReason;
	}

	/** When the PAR office returned the dossier, while it is returned. */
	public Optional<Instant> returnedAt() {
		return this.returnedAt;
	}

	public List<EvidenceRecord> addedEvidence() {
		return List.copyOf(this.addedEvidence);
	}

	public List<Long> removedEvidence() {
		return List.copyOf(this.removedEvidence);
	}

	public List<HistoryEntry> history() {
		return List.copyOf(this.history);
	}

	/**
	 * The events registered by the steps since loading, in order, handed over once: the
	 * service publishes them after saving (the dossier is saved once per transaction).
	 */
	public List<Object> releaseEvents() {
		List<Object> all = new ArrayList<>(this.events);
		// a change of status changes what counts for a unit that never submitted
		if (this.scoresChanged || this.statusChanged) {
			all.add(new LeafEntriesRecorded(this.indexSetId, this.unitId));
		}
		this.events.clear();
		this.scoresChanged = false;
		return all;
	}

	// Self-assessment

	/**
	 * Saves self-assessment drafts, all or nothing. A leaf whose inputs and explanation
	 * are unchanged and that brings no new evidence is left alone.
	 * @throws WorkflowException once the year is closed, the dossier submitted or locked,
	 * or after the self-assessment deadline
	 * @throws InvalidEntryException when inputs break a leaf's rule
	 * @return the codes of the leaves stored, in the drafts' order (the save's notice
	 * names these only; empty when nothing changed)
	 * @throws ConcurrentEditException when someone changed a leaf since the form was
	 * loaded
	 */
	public List<String> saveSelfAssessment(Cycle cycle, LeafRules rules, List<SelfDraft> drafts, String by,
			Instant now) {
		requireEditable(cycle, now);
		List<Problem> problems = new ArrayList<>();
		List<SelfDraft> changed = new ArrayList<>();
		for (SelfDraft draft : drafts) {
			Leaf leaf = rules.leaf(draft.leafCode());
			LeafEntry entry = this.leaves.get(draft.leafCode());
			String explanation = Text.normalize(draft.explanation()).strip();
			boolean sameInputs = (entry != null) ? sameValues(entry.inputs(), draft.inputs())
					: draft.inputs().isEmpty();
			boolean sameExplanation = ((entry != null) ? entry.selfExplanation() : "").equals(explanation);
			if (sameInputs && sameExplanation && draft.files().isEmpty() && draft.document().isEmpty()) {
				continue;
			}
			if (!draft.inputs().isEmpty() || entry != null) {
				problems.addAll(Scorer.checkEntry(leaf, LeafInputs.of(draft.inputs())));
			}
			changed.add(draft);
		}
		if (!problems.isEmpty()) {
			throw new InvalidEntryException(problems);
		}
		for (SelfDraft draft : changed) {
			requireVersion(draft.leafCode(), draft.version());
		}
		for (SelfDraft draft : changed) {
			LeafEntry entry = entry(draft.leafCode());
			String explanation = Text.normalize(draft.explanation()).strip();
			entry.selfAssessed(draft.inputs(), explanation);
			entry.touched(by, now);
			this.scoresChanged = true;
			String detail = describe(draft.inputs()) + " → "
					+ rules.selfPoints(draft.leafCode(), draft.inputs()).map(BigDecimal::toPlainString).orElse("—")
					+ (explanation.isEmpty() ? "" : "; " + explanation);
			step(draft.leafCode(), "SELF", "saved", detail, by, now);
			// the document's details describe the files sent with them: one item per
			// file, carrying them; a document cited without a file is an item of its
			// own (issue 9)
			Optional<DocumentReference> document = draft.document()
				.map((typed) -> new DocumentReference(Text.normalize(typed.number()).strip(), typed.date(),
						Text.normalize(typed.issuer()).strip(),
						Text.normalize(Optional.ofNullable(typed.title()).orElse("")).strip()));
			for (Attachment file : draft.files()) {
				attach(draft.leafCode(), EvidencePhase.SELF, file, document, draft.citation(), by, now);
				step(draft.leafCode(), "SELF", "file-added", file.name() + " (" + file.sha256().substring(0, 12) + ")",
						by, now);
			}
			if (document.isPresent()) {
				DocumentReference clean = document.get();
				if (draft.files().isEmpty()) {
					this.addedEvidence.add(new EvidenceRecord(0, Optional.empty(),
							new EvidenceView(0, this.unitId, Optional.of(draft.leafCode()), EvidencePhase.SELF,
									Optional.empty(), Optional.empty(), 0, Optional.of(clean.number()),
									Optional.of(clean.date()), Optional.of(clean.issuer()), Optional.of(clean.title()),
									by, now, cited(draft.citation()))));
				}
				step(draft.leafCode(), "SELF", "document-added",
						clean.number() + " " + clean.date() + " " + clean.issuer(), by, now);
			}
		}
		return changed.stream().map(SelfDraft::leafCode).toList();
	}

	/**
	 * What keeps the dossier from being submitted, as {@link #submit} checks it: leaves
	 * not entered, and leaves whose required evidence is neither attached nor explained
	 * (issue 9, num9 F2: the confirmation shows them before its button).
	 */
	public SubmissionBlockers blockers(LeafRules rules) {
		Set<String> withSelfEvidence = this.evidence.stream()
			.map(EvidenceRecord::view)
			.filter((e) -> e.phase() == EvidencePhase.SELF && e.leafCode().isPresent())
			.map((e) -> e.leafCode().get())
			.collect(Collectors.toSet());
		List<String> notEntered = new ArrayList<>();
		List<String> unexplained = new ArrayList<>();
		for (String code : rules.leaves().keySet()) {
			LeafEntry entry = this.leaves.get(code);
			if (entry == null || entry.inputs().isEmpty()) {
				notEntered.add(code);
			}
			else if (!rules.requiredEvidence(code).isBlank() && !withSelfEvidence.contains(code)
					&& entry.selfExplanation().isBlank()) {
				unexplained.add(code);
			}
		}
		return new SubmissionBlockers(notEntered, unexplained);
	}

	/**
	 * The unit leader submits the self-assessment, which locks it.
	 * @param leader whether the actor is the unit's leader
	 * @throws WorkflowException for anyone but the leader, once closed, submitted or
	 * locked, after the deadline, or when a leaf is not entered or lacks required
	 * evidence without an explanation (naming them)
	 */
	public void submit(Cycle cycle, LeafRules rules, boolean leader, String by, Instant now) {
		if (!leader) {
			throw new WorkflowException("assessment.submit.leader-only");
		}
		requireEditable(cycle, now);
		SubmissionBlockers blockers = blockers(rules);
		if (!blockers.none()) {
			throw new WorkflowException("assessment.submit.incomplete", join(blockers.notEntered()),
					join(blockers.missingEvidence()));
		}
		DossierStatus before = this.status;
		move(DossierStatus.SUBMITTED);
		this.submittedAt = Optional.of(now);
		this.submittedBy = Optional.of(by);
		this.returnedReason = Optional.empty();
		this.returnedAt = Optional.empty();
		audit("submitted", before.name(), DossierStatus.SUBMITTED.name(), "");
		this.events.add(new DossierSubmitted(cycle.id(), cycle.year(), this.indexSetId, this.unitId,
				cycle.schedule().appraisalUntil().toInstant(), now));
	}

	/**
	 * The PAR office returns a submitted self-assessment to the unit with a reason; the
	 * unit may edit it until the self-assessment deadline.
	 * @throws WorkflowException without a reason, once closed, when not submitted, or
	 * after the deadline
	 */
	public void returnToUnit(Cycle cycle, String reason, Instant now) {
		String clean = Text.normalize(reason).strip();
		if (clean.isEmpty()) {
			throw new WorkflowException("assessment.return.reason");
		}
		cycle.requireChangeable();
		if (this.status != DossierStatus.SUBMITTED) {
			throw new WorkflowException("assessment.return.not-submitted");
		}
		cycle.requireBefore(Stage.SELF_ASSESSMENT, now);
		move(DossierStatus.RETURNED);
		this.submittedAt = Optional.empty();
		this.submittedBy = Optional.empty();
		this.returnedReason = Optional.of(clean);
		this.returnedAt = Optional.of(now);
		audit("returned", DossierStatus.SUBMITTED.name(), DossierStatus.RETURNED.name(), clean);
		this.events.add(new DossierReturned(cycle.id(), cycle.year(), this.unitId, clean,
				cycle.schedule().selfAssessmentUntil().toInstant(), now));
	}

	/**
	 * Locks an unsubmitted dossier when the self-assessment deadline has passed (the
	 * deadline job).
	 * @return whether it was locked now (false when submitted or locked already)
	 */
	public boolean lockAtDeadline(Cycle cycle) {
		if (!this.status.editable()) {
			return false;
		}
		DossierStatus before = this.status;
		move(DossierStatus.LOCKED);
		audit("locked", before.name(), DossierStatus.LOCKED.name(),
				"deadline " + Formats.TIME.format(cycle.schedule().selfAssessmentUntil()));
		return true;
	}

	/**
	 * A dossier locked at the old deadline becomes a draft again when the PAR office
	 * moves the self-assessment deadline into the future.
	 * @return whether it was reopened
	 */
	public boolean reopen(Cycle cycle) {
		if (this.status != DossierStatus.LOCKED) {
			return false;
		}
		move(DossierStatus.DRAFT);
		audit("reopened", DossierStatus.LOCKED.name(), DossierStatus.DRAFT.name(),
				"self-assessment deadline " + Formats.TIME.format(cycle.schedule().selfAssessmentUntil()));
		return true;
	}

	/**
	 * Records a year appraised outside ParIndex: the dossier counts as submitted at the
	 * self-assessment deadline.
	 */
	public void recordSubmitted(Cycle cycle, String by) {
		cycle.requireChangeable();
		move(DossierStatus.SUBMITTED);
		this.submittedAt = Optional.of(cycle.schedule().selfAssessmentUntil().toInstant());
		this.submittedBy = Optional.of(by);
		this.returnedReason = Optional.empty();
		this.returnedAt = Optional.empty();
	}

	// Evidence

	/**
	 * Removes a piece of evidence while the step it was given in is still open.
	 * @throws NotFoundException when it is not this dossier's
	 * @throws WorkflowException when the step is closed
	 */
	public void removeEvidence(Cycle cycle, long evidenceId, String by, Instant now) {
		EvidenceRecord record = this.evidence.stream()
			.filter((e) -> e.id() == evidenceId && e.view().leafCode().isPresent())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assessment.evidence.unknown", evidenceId));
		EvidenceView view = record.view();
		if (view.phase() == EvidencePhase.SELF) {
			requireEditable(cycle, now);
		}
		else {
			requireExplanationOpen(cycle, now);
		}
		this.evidence.remove(record);
		this.removedEvidence.add(evidenceId);
		step(view.leafCode().get(), (view.phase() == EvidencePhase.SELF) ? "SELF" : "EXPLANATION", "evidence-removed",
				view.fileName().or(view::documentNumber).orElse(""), by, now);
	}

	// Explanation round

	/**
	 * The unit answers the appraisers' questions, with files, before the explanation
	 * deadline.
	 * @throws WorkflowException once closed, after the deadline, for a leaf not flagged
	 * or an empty answer
	 * @return the codes of the leaves whose answer was stored, in the answers' order
	 * (empty when nothing changed)
	 * @throws ConcurrentEditException when someone changed a leaf since the form was
	 * loaded
	 */
	public List<String> answer(Cycle cycle, List<AnswerDraft> answers, String by, Instant now) {
		requireExplanationOpen(cycle, now);
		List<AnswerDraft> changed = new ArrayList<>();
		// every refused answer at once, not one per save (issue 9, appr9 F4)
		List<WorkflowException> refusals = new ArrayList<>();
		for (AnswerDraft answer : answers) {
			LeafEntry entry = this.leaves.get(answer.leafCode());
			if (entry == null || entry.question().isEmpty()) {
				refusals.add(new WorkflowException("assessment.answer.not-flagged", answer.leafCode()));
				continue;
			}
			String text = Text.normalize(answer.text()).strip();
			if (text.equals(entry.answer().orElse("")) && answer.files().isEmpty()) {
				continue;
			}
			if (text.isEmpty()) {
				refusals.add(new WorkflowException("assessment.answer.empty", answer.leafCode()));
				continue;
			}
			changed.add(answer);
		}
		if (!refusals.isEmpty()) {
			throw new RefusedLeavesException(refusals);
		}
		for (AnswerDraft answer : changed) {
			requireVersion(answer.leafCode(), answer.version());
		}
		for (AnswerDraft answer : changed) {
			LeafEntry entry = this.leaves.get(answer.leafCode());
			String text = Text.normalize(answer.text()).strip();
			entry.answered(text);
			entry.touched(by, now);
			step(answer.leafCode(), "EXPLANATION", "answered", text, by, now);
			for (Attachment file : answer.files()) {
				attach(answer.leafCode(), EvidencePhase.EXPLANATION, file, answer.citation(), by, now);
				step(answer.leafCode(), "EXPLANATION", "file-added", file.name(), by, now);
			}
		}
		if (!changed.isEmpty()) {
			this.events.add(new ExplanationAnswered(cycle.id(), cycle.year(), this.indexSetId, this.unitId,
					changed.stream().map(AnswerDraft::leafCode).toList(), now));
		}
		return changed.stream().map(AnswerDraft::leafCode).toList();
	}

	// Appraisal

	/**
	 * Records appraisers' scores (round 1 with questions, or round 2) or the council's,
	 * all or nothing. The caller has checked that each leaf lies in the appraiser's
	 * areas.
	 * @param council whether the council scores (its round 2 is recorded as such)
	 * @throws WorkflowException when the round is not open to the actor (see
	 * {@link Cycle#requireRound}), for a score out of range, a changed score without a
	 * comment, or a round-2 score of a leaf whose answer is still awaited
	 * @return the codes of the leaves whose score, comment, reason or question was
	 * stored, in the scores' order: a leaf sent back untouched (or confirmed again) is
	 * not among them, and the save's notice names these only (empty when nothing changed)
	 * @throws ConcurrentEditException when someone changed a leaf since the form was
	 * loaded
	 */
	public List<String> appraise(Cycle cycle, LeafRules rules, AppraiseLeaves.Round round,
			List<AppraiseLeaves.LeafScore> scores, boolean appraiser, boolean council, String by, Instant now) {
		cycle.requireRound(round, appraiser, council, this.status, now);
		List<String> asking = new ArrayList<>();
		List<String> stored = new ArrayList<>();
		List<WorkflowException> refusals = new ArrayList<>();
		for (AppraiseLeaves.LeafScore score : scores) {
			try {
				if (appraise(cycle, rules, round, score, council, by, now, asking, refusals)) {
					stored.add(score.leafCode());
				}
			}
			catch (WorkflowException refused) {
				refusals.add(refused);
			}
		}
		if (!refusals.isEmpty()) {
			throw new RefusedLeavesException(refusals);
		}

		if (!asking.isEmpty()) {
			this.events.add(new ExplanationRequested(cycle.id(), cycle.year(), this.unitId, asking,
					cycle.schedule().explanationUntil().toInstant(), now));
		}
		return List.copyOf(stored);
	}

	/**
	 * One criterion of an appraisal save. Its points and its public reason are checked
	 * both, so that a refused save names every fault of the criterion at once (issue 9,
	 * appr9 F4): each is added to {@code refusals}, and nothing of the criterion is
	 * stored.
	 * @return whether anything of the criterion was stored
	 * @throws WorkflowException when this criterion is refused for a reason that makes
	 * its other checks moot (no score to confirm, an answer awaited)
	 */
	private boolean appraise(Cycle cycle, LeafRules rules, AppraiseLeaves.Round round, AppraiseLeaves.LeafScore score,
			boolean council, String by, Instant now, List<String> asking, List<WorkflowException> refusals) {
		int before = refusals.size();
		Leaf leaf = rules.leaf(score.leafCode());
		LeafEntry entry = this.leaves.get(score.leafCode());
		Optional<BigDecimal> self = (entry != null) ? rules.selfPoints(entry.leafCode(), entry.inputs())
				: Optional.empty();
		String comment = clean(score.comment());
		String reason = clean(score.reason());
		// what the audit trail keeps as the old value: the score in force and its public
		// reason before this step (issue 9, #15: a council's change showed none)
		String previous = previousDetail(entry, self);
		Optional<BigDecimal> points = score.points();
		boolean pointsRefused = false;
		if (points.isPresent()) {
			try {
				checkPoints(leaf, score.leafCode(), points.get());
			}
			catch (WorkflowException refused) {
				refusals.add(refused);
				pointsRefused = true;
			}
		}
		String phase;
		String action;
		Optional<String> asked = Optional.empty();
		Optional<BigDecimal> scored;
		if (round == AppraiseLeaves.Round.ROUND1) {
			String question = clean(score.question());
			asked = question.isEmpty()
					? ((entry != null && entry.answer().isPresent()) ? entry.question() : Optional.empty())
					: Optional.of(question);
			boolean unchanged = (entry != null)
					? same(entry.round1Points(), points) && entry.round1Comment().equals(comment)
							&& entry.publicReason().equals(reason) && entry.question().equals(asked)
					: points.isEmpty() && comment.isEmpty() && reason.isEmpty() && asked.isEmpty();
			if (unchanged) {
				return false;
			}
			scored = points;
			phase = "ROUND1";
			action = asked.isPresent() && (entry == null || !asked.equals(entry.question())) ? "flagged" : "scored";
			if ("flagged".equals(action)) {
				asking.add(score.leafCode());
			}
		}
		else {
			// Round 2 finalizes only what the appraiser finalized: a changed score,
			// comment or reason, or an explicit confirmation of the score in force.
			// A form sent back untouched finalizes nothing (docs/workflow.md).
			Optional<BigDecimal> inForce = (entry != null) ? entry.override().map(ScoreOverride::points).or(() -> self)
					: Optional.empty();
			boolean scoreChanged = points.isPresent() && !same(inForce, points);
			boolean textChanged = (entry != null)
					? !entry.appraisalComment().equals(comment) || !entry.publicReason().equals(reason)
					: !comment.isEmpty() || !reason.isEmpty();
			if (!scoreChanged && !textChanged && !score.confirmed()) {
				return false;
			}
			scored = scoreChanged ? points : inForce;
			if (scored.isEmpty()) {
				throw new WorkflowException("assessment.round2.no-score", score.leafCode());
			}
			if (!scoreChanged && !textChanged && entry != null && entry.finalPoints().isPresent()) {
				// confirmed again: final already
				return false;
			}
			if (!council && entry != null && entry.question().isPresent() && entry.answer().isEmpty()
					&& !cycle.passed(Stage.EXPLANATION, now)) {
				throw new WorkflowException("assessment.round2.awaiting-answer", score.leafCode(),
						Formats.localTime(cycle.schedule().explanationUntil()));
			}
			phase = council ? "COUNCIL" : "ROUND2";
			action = "finalized";
		}
		boolean differs = scored.isPresent() && (self.isEmpty() || !Bounds.samePoints(self.get(), scored.get()));
		// a score that is refused (over the maximum, not on the rule's scale) is the only
		// fault said of it: whether it needs a reason is known once it is a valid score
		// (issue 9, #5)
		if (differs && reason.isEmpty() && !pointsRefused) {
			// a unit that never scored the criterion is told so, not that the scores
			// differ
			refusals.add(new WorkflowException(
					self.isEmpty() ? "assessment.reason.required.unscored" : "assessment.reason.required",
					score.leafCode()));
		}
		if (refusals.size() > before) {
			return false;
		}
		requireVersion(score.leafCode(), score.version());
		LeafEntry changed = entry(score.leafCode());
		if (round == AppraiseLeaves.Round.ROUND1) {
			changed.round1(points, comment, asked);
		}
		else {
			changed.finalized(scored.get());
		}
		changed.appraised(comment, reason,
				differs ? Optional.of(new ScoreOverride(scored.get(), reason)) : Optional.empty());
		changed.touched(by, now);
		this.scoresChanged = true;
		// the history is read by the unit: the score, the public reason and the
		// question; the internal comment goes to the audit trail only
		String detail = scored.map(BigDecimal::toPlainString).orElse("—") + (reason.isEmpty() ? "" : "; " + reason)
				+ asked.map((q) -> "; ? " + q).orElse("");
		this.history.add(new HistoryEntry(score.leafCode(), phase, action, detail, by, now));
		this.events.add(AuditableChange.of("leaf", this.indexSetId + "/" + this.unitId + "/" + score.leafCode(),
				phase.toLowerCase(Locale.ROOT) + "-" + action, previous, detail, comment));
		return true;
	}

	/**
	 * A leaf's appraised state as an appraisal step's detail writes it ("points; public
	 * reason"): the score in force (the final score, else round 1's, else the
	 * self-assessed one; "—" for none) and the public reason, if any.
	 */
	private static String previousDetail(@Nullable LeafEntry entry, Optional<BigDecimal> self) {
		Optional<BigDecimal> inForce = (entry == null) ? self
				: entry.finalPoints()
					.or(entry::round1Points)
					.or(() -> entry.override().map(ScoreOverride::points))
					.or(() -> self);
		String reason = (entry == null) ? "" : entry.publicReason();
		return inForce.map(BigDecimal::toPlainString).orElse("—") + (reason.isEmpty() ? "" : "; " + reason);
	}

	/**
	 * The PAR office reviews a leaf's public reason before publication: approves it as
	 * written or edits it. The reviewed text is what the publication prints; the
	 * appraisers' own text stays as they wrote it (a reason they rewrite later must be
	 * reviewed again).
	 * @param text the text to publish, 1 to 2,000 characters once trimmed
	 * @throws WorkflowException once the year is published, without text or for a leaf
	 * that has no public reason
	 */
	public void reviewReason(Cycle cycle, LeafRules rules, String leafCode, String text, String by, Instant now) {
		if (cycle.published()) {
			throw new WorkflowException("assessment.reason.published");
		}
		String reviewed = clean(text);
		if (reviewed.isEmpty()) {
			throw new WorkflowException("assessment.reason.review-empty", leafCode);
		}
		LeafEntry entry = this.leaves.get(leafCode);
		if (entry == null || entry.publicReason().isEmpty()) {
			throw new WorkflowException("assessment.reason.none", leafCode);
		}
		if (entry.review().map((r) -> r.text().equals(reviewed)).orElse(false)) {
			return;
		}
		// the audit trail keeps the text replaced and the text approved, each with the
		// criterion's points (walk of 02/12, finding 11)
		String replaced = entry.review().map(LeafEntry.Review::text).orElse(entry.publicReason());
		// the score in force, as the review page shows it
		String points = record(rules, entry, List.of()).appraisedPoints()
			.map((p) -> p.stripTrailingZeros().toPlainString())
			.orElse("—");
		entry.reviewed(new LeafEntry.Review(reviewed, by, now));
		entry.touched(by, now);
		this.scoresChanged = true;
		this.history.add(new HistoryEntry(leafCode, "REASON", "reviewed", reviewed, by, now));
		this.events.add(AuditableChange.of("leaf", this.indexSetId + "/" + this.unitId + "/" + leafCode,
				"reason-reviewed", points + "; " + replaced, points + "; " + reviewed, ""));
	}

	/**
	 * Corrects a leaf's final score after publication, with a reason (a new revision of
	 * the results follows). The correction's reason goes to the history, the audit trail
	 * and the revision's notice only, never silently to the public (issue 9, F3). The
	 * public reason for lost points is the one the PAR office writes with the correction
	 * ({@link CorrectScore#publicReason}), else the one it reviewed before; it is removed
	 * once the criterion scores its maximum. The history step and the audit record name
	 * what it replaces: the points in force and, for a criterion scored from figures, the
	 * old and the new figures ({@code actual=1250, base=2160 → 0.5; reason}; issue 9,
	 * appr9 F22); a changed public reason is recorded as the PAR office's review of it.
	 * @param corrected the figures of the leaf's last correction by figures, if any
	 * ({@link #correctedFigures}); else the old figures are the unit's
	 * @throws WorkflowException when the year is not published, without a reason, for a
	 * criterion with sub-criteria, for points on a yes/no criterion (it takes Đạt/Không
	 * đạt) or Đạt/Không đạt on any other, for points refused by {@link #checkPoints}, for
	 * a public reason over {@link AppraiseLeaves#REASON_MAX} characters, or
	 * ({@code assessment.correction.public-reason.required}) when the criterion still
	 * loses points and neither the correction nor the PAR office's review gives the
	 * public reason
	 */
	public void correct(Cycle cycle, LeafRules rules, CorrectScore correction,
			Optional<Map<String, BigDecimal>> corrected, String by, Instant now) {
		cycle.requireCorrectable();
		String leafCode = correction.leafCode().strip();
		Leaf leaf = rules.correctableLeaf(leafCode);
		String clean = Text.normalize(correction.reason()).strip();
		if (clean.isEmpty()) {
			throw new WorkflowException("assessment.correction.reason");
		}
		String publicText = Text.normalize(correction.publicReason()).strip();
		if (publicText.length() > AppraiseLeaves.REASON_MAX) {
			throw new WorkflowException("assessment.correction.public-reason.max", leafCode, AppraiseLeaves.REASON_MAX);
		}
		BigDecimal points;
		boolean figures = false;
		if (leaf.rule().type() == RuleType.YES_NO) {
			// entered as the rule reads it: Đạt (the maximum) or Không đạt (0)
			if (correction.met().isEmpty() || correction.points().isPresent() || !correction.figures().isEmpty()) {
				throw new WorkflowException("assessment.correction.yes-no", leafCode);
			}
			points = correction.met().get() ? leaf.maxPoints() : BigDecimal.ZERO;
		}
		else if (byFigures(leaf)) {
			points = pointsOfFigures(leaf, leafCode, correction);
			figures = true;
		}
		else {
			if (correction.points().isEmpty() || correction.met().isPresent() || !correction.figures().isEmpty()) {
				throw new WorkflowException("assessment.correction.points", leafCode);
			}
			points = correction.points().get();
		}
		checkPoints(leaf, leafCode, points);
		LeafEntry entry = entry(leafCode);
		boolean losesPoints = points.compareTo(leaf.maxPoints()) < 0;
		// a review of an empty text is no reason: a year taken over from the province's
		// decisions recorded one for every criterion, even at full marks (walk A of
		// 02/12,
		// finding 2: 1,00 → 0,75 was published with no reason)
		boolean reviewedReason = entry.review().map(LeafEntry.Review::text).filter((t) -> !t.isBlank()).isPresent();
		if (losesPoints && publicText.isEmpty() && !reviewedReason) {
			// the public learns why the criterion lost points from the PAR office, never
			// from the correction's reason (issue 9, F3)
			throw new WorkflowException("assessment.correction.public-reason.required", leafCode,
					leaf.maxPoints().subtract(points).stripTrailingZeros());
		}
		Optional<BigDecimal> self = rules.selfPoints(leafCode, entry.inputs());
		// what the correction replaces, for the history and the audit trail (issue 9,
		// appr9 F22): the points in force and, for a criterion scored from figures, the
		// figures they rest on (the last correction's, else the unit's)
		Optional<BigDecimal> before = entry.override().map(ScoreOverride::points).or(entry::finalPoints).or(() -> self);
		Map<String, BigDecimal> oldFigures = figures ? corrected.orElse(entry.inputs()) : Map.of();
		boolean differs = self.isEmpty() || self.get().compareTo(points) != 0;
		String publicBefore = entry.review().map(LeafEntry.Review::text).orElse("");
		entry.finalized(points);
		entry.overridden(differs ? Optional.of(new ScoreOverride(points, clean)) : Optional.empty());
		// the public reason of a criterion is the reason it lost points (issue 9, #10,
		// F3): one that now scores its maximum loses no points, so no lost-points reason
		// remains; otherwise the PAR office's text given with the correction, else the
		// one it reviewed before
		if (!losesPoints) {
			entry.explainedNone();
		}
		else if (!publicText.isEmpty()) {
			entry.explained(publicText, new LeafEntry.Review(publicText, by, now));
		}
		entry.touched(by, now);
		this.scoresChanged = true;
		String was = before.map((p) -> p.stripTrailingZeros().toPlainString()).orElse("—");
		String old = figures ? describe(ordered(leaf, oldFigures)) + " → " + was : was;
		String detail = (figures ? describe(ordered(leaf, correction.figures())) + " → " : "")
				+ points.stripTrailingZeros().toPlainString() + "; " + clean;
		this.history.add(new HistoryEntry(leafCode, "CORRECTION", "corrected", detail, by, now));
		this.events.add(AuditableChange.of("leaf", this.indexSetId + "/" + this.unitId + "/" + leafCode,
				"correction-corrected", old, detail, ""));
		String publicAfter = entry.review().map(LeafEntry.Review::text).orElse("");
		if (losesPoints && !publicAfter.equals(publicBefore)) {
			String shown = points.stripTrailingZeros().toPlainString();
			this.history.add(new HistoryEntry(leafCode, "REASON", "reviewed", publicAfter, by, now));
			this.events
				.add(AuditableChange.of("leaf", this.indexSetId + "/" + this.unitId + "/" + leafCode, "reason-reviewed",
						was + (publicBefore.isEmpty() ? "" : "; " + publicBefore), shown + "; " + publicAfter, ""));
		}
	}

	/** Figures in the order the leaf's rule names its inputs ({@code actual, base}). */
	private static Map<String, BigDecimal> ordered(Leaf leaf, Map<String, BigDecimal> figures) {
		Map<String, BigDecimal> ordered = new java.util.LinkedHashMap<>();
		leaf.rule().inputNames().stream().filter(figures::containsKey).forEach((n) -> ordered.put(n, figures.get(n)));
		figures.forEach(ordered::putIfAbsent);
		return ordered;
	}

	/**
	 * The figures a correction's history step keeps ({@code actual=1250, base=2160 →
	 * 0.5; reason}); empty for a correction by points or a finding.
	 */
	public static Optional<Map<String, BigDecimal>> correctedFigures(String detail) {
		int arrow = detail.indexOf(" → ");
		if (arrow < 0) {
			return Optional.empty();
		}
		Map<String, BigDecimal> figures = new java.util.LinkedHashMap<>();
		for (String pair : detail.substring(0, arrow).split(", ")) {
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				return Optional.empty();
			}
			try {
				figures.put(pair.substring(0, equals).strip(), new BigDecimal(pair.substring(equals + 1).strip()));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		return figures.isEmpty() ? Optional.empty() : Optional.of(figures);
	}

	/**
	 * Whether a criterion is corrected by its figures, not by points: a ratio, bands, a
	 * count, a deduction per violation, or bands over a ratio (issue 9, fix9e).
	 */
	public static boolean byFigures(Leaf leaf) {
		return switch (leaf.rule().type()) {
			case RATIO, BANDS, COUNT, DEDUCT, RATIO_BANDS -> true;
			case MANUAL, YES_NO, SURVEY -> false;
		};
	}

	/**
	 * The points the criterion's rule gives for the corrected figures, by the same code
	 * as the self-assessment and the appraisal ({@code Rule.evaluate}).
	 * @throws WorkflowException {@code assessment.correction.figures.<names>} (e.g.
	 * {@code …figures.actual-base}) naming the figures the rule reads when points or a
	 * finding are given instead, or a figure is missing, unknown or negative;
	 * {@code assessment.correction.not-whole.<figure>} when a count has a fraction
	 */
	private static BigDecimal pointsOfFigures(Leaf leaf, String leafCode, CorrectScore correction) {
		java.util.List<String> names = leaf.rule().inputNames();
		boolean complete = correction.points().isEmpty() && correction.met().isEmpty()
				&& correction.figures().keySet().equals(new java.util.HashSet<>(names))
				&& correction.figures().values().stream().allMatch((value) -> value.signum() >= 0);
		if (!complete) {
			throw new WorkflowException("assessment.correction.figures." + String.join("-", names), leafCode);
		}
		org.parindex.engine.Evaluation evaluation = leaf.rule()
			.evaluate(leafCode, leaf.maxPoints(), correction.figures());
		for (Problem problem : evaluation.problems()) {
			if (problem.kind() == org.parindex.engine.ProblemKind.INPUT_NOT_WHOLE) {
				// a count with a fraction: named, as everywhere counts are entered (issue
				// 9)
				throw new WorkflowException("assessment.correction.not-whole." + problem.args().get(0), leafCode,
						problem.args().get(1));
			}
		}
		if (!evaluation.valid()) {
			throw new WorkflowException("assessment.correction.figures." + String.join("-", names), leafCode);
		}
		return evaluation.points();
	}

	/**
	 * The one check of points given by hand, for the appraisers' rounds, the council and
	 * corrections alike: from 0 to the leaf's maximum, at most
	 * {@link Bounds#POINTS_FRACTION} decimals, and on a yes/no criterion only its maximum
	 * (Đạt) or 0 (Không đạt), as the rule scores it.
	 * @throws WorkflowException naming the criterion and what is wrong
	 */
	static void checkPoints(Leaf leaf, String leafCode, BigDecimal points) {
		if (points.signum() < 0) {
			throw new WorkflowException("assessment.points.range", leafCode, leaf.maxPoints().stripTrailingZeros());
		}
		// a yes/no criterion takes its two values only, whatever else was typed (1,7 on
		// a 1-point criterion is told "Đạt or Không đạt", not "over the maximum")
		if (leaf.rule().type() == RuleType.YES_NO && points.signum() != 0 && points.compareTo(leaf.maxPoints()) != 0) {
			throw new WorkflowException("assessment.points.yes-no", leafCode, leaf.maxPoints().stripTrailingZeros());
		}
		if (points.compareTo(leaf.maxPoints()) > 0) {
			throw new WorkflowException("assessment.points.over-max", leafCode, points.stripTrailingZeros(),
					leaf.maxPoints().stripTrailingZeros());
		}
		if (points.stripTrailingZeros().scale() > Bounds.POINTS_FRACTION) {
			throw new WorkflowException("assessment.points.fraction", leafCode, Bounds.POINTS_FRACTION);
		}
	}

	/**
	 * Records entries of a year appraised outside ParIndex (taken over from the
	 * province's decisions), replacing earlier ones of the same leaves, all or nothing.
	 * @throws WorkflowException once the year is closed, or for a leaf that is not an
	 * appraisal leaf of the set
	 * @throws InvalidEntryException when an entry breaks its rule or carries an override
	 * without a reason
	 */
	public void importEntries(Cycle cycle, LeafRules rules, List<ImportedEntry> entries, String by, Instant now) {
		cycle.requireChangeable();
		List<Problem> problems = new ArrayList<>();
		for (ImportedEntry entry : entries) {
			Leaf leaf = rules.leaf(entry.leafCode());
			problems.addAll(Scorer.checkEntry(leaf, new LeafInputs(entry.inputs(), entry.override())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidEntryException(problems);
		}
		for (ImportedEntry imported : entries) {
			LeafEntry entry = entry(imported.leafCode());
			Optional<ScoreOverride> override = imported.override()
				.map((o) -> new ScoreOverride(o.points(), Text.normalize(o.reason())));
			String comment = Text.normalize(imported.appraisalComment());
			entry.imported(imported.inputs(), override, comment);
			// a year taken over from the province's decisions: its comments are the
			// reasons the province published, reviewed by whoever records them
			entry.explained(comment, new LeafEntry.Review(comment, by, now));
			entry.touched(by, now);
			this.scoresChanged = true;
			step(imported.leafCode(), "IMPORT", "recorded",
					describe(imported.inputs())
							+ override.map((o) -> " → " + o.points().toPlainString() + "; " + o.reason()).orElse(""),
					by, now);
		}
		if (this.status != DossierStatus.SUBMITTED) {
			// a year taken over from the province's decisions stands as handed in and
			// appraised: its entries count in full (docs/scoring.md, "Who takes part")
			DossierStatus before = this.status;
			move(DossierStatus.SUBMITTED);
			this.submittedAt = Optional.of(now);
			this.submittedBy = Optional.of(by);
			audit("submitted", before.name(), DossierStatus.SUBMITTED.name(), "imported");
		}
	}

	// Rules and bookkeeping

	private void requireEditable(Cycle cycle, Instant now) {
		cycle.requireChangeable();
		if (!this.status.editable()) {
			throw new WorkflowException("assessment.dossier." + this.status.name().toLowerCase(Locale.ROOT));
		}
		cycle.requireBefore(Stage.SELF_ASSESSMENT, now);
	}

	private static void requireExplanationOpen(Cycle cycle, Instant now) {
		cycle.requireChangeable();
		cycle.requireBefore(Stage.EXPLANATION, now);
	}

	/**
	 * The form saw the leaf at its current version ({@code -1}: the form saw no entry).
	 * @throws ConcurrentEditException naming who changed it otherwise
	 */
	private void requireVersion(String leafCode, int formVersion) {
		LeafEntry entry = this.leaves.get(leafCode);
		if (entry == null) {
			if (formVersion >= 0) {
				throw new ConcurrentEditException(leafCode, "");
			}
			return;
		}
		if (entry.storedVersion() != formVersion) {
			throw (formVersion < 0) ? new ConcurrentEditException(leafCode)
					: new ConcurrentEditException(leafCode, entry.updatedBy());
		}
	}

	private LeafEntry entry(String leafCode) {
		return this.leaves.computeIfAbsent(leafCode, LeafEntry::empty);
	}

	private void move(DossierStatus to) {
		if (to == this.status) {
			return;
		}
		Set<DossierStatus> allowed = switch (to) {
			case SUBMITTED -> EnumSet.allOf(DossierStatus.class);
			case RETURNED -> EnumSet.of(DossierStatus.SUBMITTED);
			case LOCKED -> EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED);
			case DRAFT -> EnumSet.of(DossierStatus.LOCKED);
		};
		if (!allowed.contains(this.status)) {
			throw new IllegalStateException("No transition from " + this.status + " to " + to);
		}
		this.status = to;
		this.statusChanged = true;
	}

	private void attach(String leafCode, EvidencePhase phase, Attachment file, String citation, String by,
			Instant now) {
		attach(leafCode, phase, file, Optional.empty(), citation, by, now);
	}

	/** A file, with the details of the document it is, when given. */
	private void attach(String leafCode, EvidencePhase phase, Attachment file, Optional<DocumentReference> document,
			String citation, String by, Instant now) {
		this.addedEvidence.add(new EvidenceRecord(0, Optional.of(file.sha256()),
				new EvidenceView(0, this.unitId, Optional.of(leafCode), phase, Optional.of(file.name()),
						Optional.of(file.mediaType()), file.size(), document.map(DocumentReference::number),
						document.map(DocumentReference::date), document.map(DocumentReference::issuer),
						document.map(DocumentReference::title), by, now, cited(citation))));
	}

	/** A citation as stored: in NFC, stripped; empty when blank. */
	private static Optional<String> cited(String citation) {
		return Optional.of(Text.normalize(citation).strip()).filter((text) -> !text.isEmpty());
	}

	private void step(String leafCode, String phase, String action, String detail, String by, Instant now) {
		step(leafCode, phase, action, detail, "", by, now);
	}

	/**
	 * A step of the leaf's history (read by the unit) and of the audit trail;
	 * {@code internal} (the appraisers' comment) goes to the audit trail only, as its
	 * reason.
	 */
	private void step(String leafCode, String phase, String action, String detail, String internal, String by,
			Instant now) {
		this.history.add(new HistoryEntry(leafCode, phase, action, detail, by, now));
		this.events.add(AuditableChange.of("leaf", this.indexSetId + "/" + this.unitId + "/" + leafCode,
				phase.toLowerCase(Locale.ROOT) + "-" + action, "", detail, internal));
	}

	/** Typed text as stored: NFC, trimmed, line breaks as {@code \n}. */
	private static String clean(String text) {
		return Text.normalize(text.replace("\r\n", "\n")).strip();
	}

	private void audit(String action, String before, String after, String reason) {
		this.events
			.add(AuditableChange.of("dossier", this.indexSetId + "/" + this.unitId, action, before, after, reason));
	}

	private static boolean sameValues(Map<String, BigDecimal> stored, Map<String, BigDecimal> entered) {
		if (!stored.keySet().equals(entered.keySet())) {
			return false;
		}
		return stored.entrySet().stream().allMatch((e) -> e.getValue().compareTo(entered.get(e.getKey())) == 0);
	}

	private static boolean same(Optional<BigDecimal> stored, Optional<BigDecimal> entered) {
		if (stored.isEmpty() || entered.isEmpty()) {
			return stored.isEmpty() && entered.isEmpty();
		}
		return stored.get().compareTo(entered.get()) == 0;
	}

	private static String describe(Map<String, BigDecimal> inputs) {
		return inputs.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(", "));
	}

	private static String join(List<String> codes) {
		return codes.isEmpty() ? "—" : String.join(", ", codes);
	}

	/**
	 * A leaf of the self-assessment form.
	 *
	 * @param version the leaf's version when the form was loaded ({@code -1}: no entry)
	 * @param citation the page or section the files and document added now are cited to
	 * ("tr. 3, mục II.2"); blank when none
	 */
	public record SelfDraft(String leafCode, Map<String, BigDecimal> inputs, String explanation, int version,
			List<Attachment> files, Optional<DocumentReference> document, String citation) {

		public SelfDraft {
			inputs = Map.copyOf(inputs);
			files = List.copyOf(files);
		}

	}

	/** An answer of the explanation form, with its files. */
	public record AnswerDraft(String leafCode, String text, int version, List<Attachment> files, String citation) {

		public AnswerDraft {
			files = List.copyOf(files);
		}

	}

	/** An entry of a year appraised outside ParIndex. */
	public record ImportedEntry(String leafCode, Map<String, BigDecimal> inputs, Optional<ScoreOverride> override,
			String appraisalComment) {

		public ImportedEntry {
			inputs = Map.copyOf(inputs);
		}

	}

}
