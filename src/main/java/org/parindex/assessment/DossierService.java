package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.parindex.engine.Evaluation;
import org.parindex.engine.Leaf;
import org.parindex.engine.LeafInputs;
import org.parindex.engine.Problem;
import org.parindex.engine.Scorer;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.Actor;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.Text;
import org.parindex.platform.Formats;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The unit's side of the cycle: the self-assessment with evidence, submission by the unit
 * leader, return by the PAR office, and answers in the explanation round; and reading a
 * dossier, a leaf's history and evidence for everyone entitled to. Deadlines are checked
 * against the server's clock (Asia/Ho_Chi_Minh); every change is recorded in the leaf's
 * history and the audit trail.
 */
@Service
@Validated
public class DossierService {

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final WorkflowRepository repository;

	private final WorkflowAccess access;

	private final EvidenceFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DossierService(CycleService cycles, MethodologyService methodology, WorkflowRepository repository,
			WorkflowAccess access, EvidenceFiles files, ApplicationEventPublisher events, Clock clock) {
		this.cycles = cycles;
		this.methodology = methodology;
		this.repository = repository;
		this.access = access;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A unit's dossier, for the unit itself, its appraisers, the council and PAR office.
	 */
	@Transactional(readOnly = true)
	public UnitDossierView dossier(long cycleId, long unitId, Actor actor) {
		CycleContext context = context(cycleId);
		this.access.requireRead(actor, context, unitId);
		return view(context, unitId);
	}

	/** The score the leaf's rule gives the inputs, or what is wrong with them. */
	@Transactional(readOnly = true)
	public Evaluation preview(long cycleId, String leafCode, Map<String, BigDecimal> inputs) {
		CycleContext context = context(cycleId);
		Leaf leaf = context.leaf(leafCode);
		return leaf.rule().evaluate(leafCode, leaf.maxPoints(), inputs);
	}

	/**
	 * Saves self-assessment drafts, all or nothing.
	 * @throws InvalidEntryException when inputs break the leaf's rule
	 * @throws ConcurrentEditException when someone else changed a leaf meanwhile
	 * @throws WorkflowException after the deadline, once submitted, or for a refused file
	 */
	@Transactional
	public void saveSelfAssessment(@Valid SaveSelfAssessment command, Actor actor) {
		CycleContext context = changing(command.cycleId());
		this.access.requireUnit(actor, context, command.unitId());
		requireEditable(context, command.unitId());
		Map<String, WorkflowRepository.LeafRow> rows = this.repository.leaves(context.set().id(), command.unitId());
		List<Problem> problems = new ArrayList<>();
		List<SaveSelfAssessment.LeafDraft> changed = new ArrayList<>();
		for (SaveSelfAssessment.LeafDraft draft : command.leaves()) {
			Leaf leaf = context.leaf(draft.leafCode());
			WorkflowRepository.LeafRow row = rows.get(draft.leafCode());
			boolean sameInputs = (row != null) ? sameValues(row.inputs(), draft.inputs()) : draft.inputs().isEmpty();
			boolean sameExplanation = ((row != null) ? row.selfExplanation() : "")
				.equals(Text.normalize(draft.explanation()).strip());
			if (sameInputs && sameExplanation && draft.files().isEmpty() && draft.document().isEmpty()) {
				continue;
			}
			if (!draft.inputs().isEmpty() || row != null) {
				problems.addAll(Scorer.checkEntry(leaf, LeafInputs.of(draft.inputs())));
			}
			changed.add(draft);
		}
		if (!problems.isEmpty()) {
			throw new InvalidEntryException(problems);
		}
		for (SaveSelfAssessment.LeafDraft draft : changed) {
			WorkflowRepository.LeafRow row = rows.get(draft.leafCode());
			if (((row != null) ? row.version() : -1) != draft.version()) {
				throw (row != null) ? conflict(context, command.unitId(), draft.leafCode())
						: new ConcurrentEditException(draft.leafCode());
			}
		}
		List<UploadedFile> uploads = changed.stream().flatMap((d) -> d.files().stream()).toList();
		List<EvidenceFiles.Accepted> stored = this.files.accept(uploads);
		int next = 0;
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String by = actor.username();
		for (SaveSelfAssessment.LeafDraft draft : changed) {
			WorkflowRepository.LeafRow row = rows.get(draft.leafCode());
			long id = claim(context, command.unitId(), draft.leafCode(), row, draft.version(), by, now);
			String explanation = Text.normalize(draft.explanation()).strip();
			if (!this.repository.updateLeaf(id, (row != null) ? row.version() : 0,
					Map.of("self_explanation", explanation), by, now)) {
				throw conflict(context, command.unitId(), draft.leafCode());
			}
			this.repository.replaceInputs(id, draft.inputs());
			String detail = describe(draft.inputs()) + " → "
					+ context.selfPoints(draft.leafCode(), draft.inputs()).map(BigDecimal::toPlainString).orElse("—")
					+ (explanation.isEmpty() ? "" : "; " + explanation);
			event(context, command.unitId(), draft.leafCode(), "SELF", "saved", detail, by, now);
			for (UploadedFile file : draft.files()) {
				EvidenceFiles.Accepted accepted = stored.get(next++);
				this.repository.insertFile(context.set().id(), command.unitId(), Optional.of(draft.leafCode()),
						Optional.empty(), EvidencePhase.SELF, accepted.sha256(), accepted.name(), accepted.mediaType(),
						accepted.size(), by, now);
				event(context, command.unitId(), draft.leafCode(), "SELF", "file-added",
						accepted.name() + " (" + accepted.sha256().substring(0, 12) + ")", by, now);
			}
			if (draft.document().isPresent()) {
				DocumentReference document = draft.document().get();
				DocumentReference clean = new DocumentReference(Text.normalize(document.number()).strip(),
						document.date(), Text.normalize(document.issuer()).strip(),
						Text.normalize(Optional.ofNullable(document.title()).orElse("")).strip());
				this.repository.insertDocument(context.set().id(), command.unitId(), draft.leafCode(),
						EvidencePhase.SELF, clean, by, now);
				event(context, command.unitId(), draft.leafCode(), "SELF", "document-added",
						clean.number() + " " + clean.date() + " " + clean.issuer(), by, now);
			}
		}
		if (!changed.isEmpty()) {
			this.events.publishEvent(new LeafEntriesRecorded(context.set().id(), command.unitId()));
		}
	}

	/**
	 * Removes a piece of evidence while the step it belongs to is still open.
	 * @throws WorkflowException when the step is closed
	 */
	@Transactional
	public void removeEvidence(long cycleId, long evidenceId, Actor actor) {
		CycleContext context = changing(cycleId);
		WorkflowRepository.StoredEvidence evidence = this.repository.findEvidence(evidenceId)
			.filter((e) -> e.indexSetId() == context.set().id())
			.orElseThrow(() -> new NotFoundException("assessment.evidence.unknown", evidenceId));
		long unitId = evidence.view().unitId();
		this.access.requireUnit(actor, context, unitId);
		String leaf = evidence.view().leafCode().orElseThrow();
		if (evidence.view().phase() == EvidencePhase.SELF) {
			requireEditable(context, unitId);
		}
		else {
			requireExplanationOpen(context);
		}
		this.repository.deleteEvidence(evidenceId);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		event(context, unitId, leaf, evidence.view().phase() == EvidencePhase.SELF ? "SELF" : "EXPLANATION",
				"evidence-removed", evidence.view().fileName().or(() -> evidence.view().documentNumber()).orElse(""),
				actor.username(), now);
	}

	/**
	 * The unit leader submits the self-assessment, which locks it.
	 * @throws WorkflowException after the deadline, when already submitted, or when a
	 * leaf is not entered or lacks evidence without an explanation
	 */
	@Transactional
	public void submit(long cycleId, long unitId, Actor actor) {
		CycleContext context = changing(cycleId);
		this.access.requireUnit(actor, context, unitId);
		if (!actor.hasRole(WorkflowAccess.UNIT_LEADER)) {
			throw new WorkflowException("assessment.submit.leader-only");
		}
		requireEditable(context, unitId);
		UnitDossierView dossier = view(context, unitId);
		List<String> notEntered = new ArrayList<>();
		List<String> unexplained = new ArrayList<>();
		for (LeafRecordView leaf : dossier.leaves()) {
			if (!leaf.entered()) {
				notEntered.add(leaf.leafCode());
			}
			else if (!context.requiredEvidence(leaf.leafCode()).isBlank() && leaf.selfEvidence().isEmpty()
					&& leaf.selfExplanation().isBlank()) {
				unexplained.add(leaf.leafCode());
			}
		}
		if (!notEntered.isEmpty() || !unexplained.isEmpty()) {
			throw new WorkflowException("assessment.submit.incomplete", join(notEntered), join(unexplained));
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (!this.repository.transition(context.set().id(), unitId,
				java.util.Set.of(DossierStatus.DRAFT, DossierStatus.RETURNED), DossierStatus.SUBMITTED,
				Optional.of(now), Optional.of(actor.username()), Optional.empty())) {
			throw new WorkflowException("assessment.dossier.submitted");
		}
		audit(unitId, context, "submitted", dossier.dossier().status().name(), DossierStatus.SUBMITTED.name(), "");
	}

	/**
	 * The PAR office returns a submitted self-assessment to the unit, with a reason; the
	 * unit may edit until the self-assessment deadline.
	 * @throws WorkflowException when not submitted or after the deadline
	 */
	@Transactional
	public void returnToUnit(long cycleId, long unitId, String reason, Actor actor) {
		CycleContext context = changing(cycleId);
		if (!actor.hasRole(WorkflowAccess.PAR_OFFICE) || !context.cycle().unitIds().contains(unitId)) {
			throw new NotFoundException("assessment.unit.unknown", unitId);
		}
		String clean = Text.normalize(reason).strip();
		if (clean.isEmpty()) {
			throw new WorkflowException("assessment.return.reason");
		}
		if (context.approved() || context.set().published()) {
			throw new WorkflowException("assessment.closed", context.set().year());
		}
		if (this.repository.lockDossier(context.set().id(), unitId) != DossierStatus.SUBMITTED) {
			throw new WorkflowException("assessment.return.not-submitted");
		}
		requireBefore(context, context.cycle().selfAssessmentUntil(), "assessment.deadline.self");
		this.repository.transition(context.set().id(), unitId, java.util.Set.of(DossierStatus.SUBMITTED),
				DossierStatus.RETURNED, Optional.empty(), Optional.empty(), Optional.of(clean));
		audit(unitId, context, "returned", DossierStatus.SUBMITTED.name(), DossierStatus.RETURNED.name(), clean);
	}

	/**
	 * The unit answers the appraisers' questions, with files, before the explanation
	 * deadline.
	 * @throws WorkflowException after the deadline, for a leaf not flagged, an empty
	 * answer or a refused file
	 * @throws ConcurrentEditException when someone else changed a leaf meanwhile
	 */
	@Transactional
	public void answer(@Valid AnswerQuestions command, Actor actor) {
		CycleContext context = changing(command.cycleId());
		this.access.requireUnit(actor, context, command.unitId());
		requireExplanationOpen(context);
		Map<String, WorkflowRepository.LeafRow> rows = this.repository.leaves(context.set().id(), command.unitId());
		List<AnswerQuestions.Answer> changed = new ArrayList<>();
		for (AnswerQuestions.Answer answer : command.answers()) {
			WorkflowRepository.LeafRow row = rows.get(answer.leafCode());
			if (row == null || row.question().isEmpty()) {
				throw new WorkflowException("assessment.answer.not-flagged", answer.leafCode());
			}
			String text = Text.normalize(answer.text()).strip();
			if (text.equals(row.answer().orElse("")) && answer.files().isEmpty()) {
				continue;
			}
			if (text.isEmpty()) {
				throw new WorkflowException("assessment.answer.empty", answer.leafCode());
			}
			if (row.version() != answer.version()) {
				throw conflict(context, command.unitId(), answer.leafCode());
			}
			changed.add(answer);
		}
		List<EvidenceFiles.Accepted> stored = this.files
			.accept(changed.stream().flatMap((a) -> a.files().stream()).toList());
		int next = 0;
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (AnswerQuestions.Answer answer : changed) {
			WorkflowRepository.LeafRow row = rows.get(answer.leafCode());
			if (row.version() != answer.version() || !this.repository.updateLeaf(row.id(), answer.version(),
					Map.of("answer", Text.normalize(answer.text()).strip()), actor.username(), now)) {
				throw conflict(context, command.unitId(), answer.leafCode());
			}
			event(context, command.unitId(), answer.leafCode(), "EXPLANATION", "answered",
					Text.normalize(answer.text()).strip(), actor.username(), now);
			for (UploadedFile file : answer.files()) {
				EvidenceFiles.Accepted accepted = stored.get(next++);
				this.repository.insertFile(context.set().id(), command.unitId(), Optional.of(answer.leafCode()),
						Optional.empty(), EvidencePhase.EXPLANATION, accepted.sha256(), accepted.name(),
						accepted.mediaType(), accepted.size(), actor.username(), now);
				event(context, command.unitId(), answer.leafCode(), "EXPLANATION", "file-added", accepted.name(),
						actor.username(), now);
			}
		}
	}

	/** Every leaf's history of a unit's dossier, by leaf code, oldest first. */
	@Transactional(readOnly = true)
	public Map<String, List<LeafEventView>> histories(long cycleId, long unitId, Actor actor) {
		CycleContext context = context(cycleId);
		this.access.requireRead(actor, context, unitId);
		return this.repository.events(context.set().id(), unitId);
	}

	/**
	 * A stored evidence file, for those who may read the unit's dossier.
	 * @throws NotFoundException for anyone else, and for document references
	 */
	@Transactional(readOnly = true)
	public EvidenceDownload download(long evidenceId, Actor actor) {
		WorkflowRepository.StoredEvidence evidence = this.repository.findEvidence(evidenceId)
			.filter((e) -> e.sha256().isPresent())
			.orElseThrow(() -> new NotFoundException("assessment.evidence.unknown", evidenceId));
		CycleView cycle = this.cycles.findForSet(evidence.indexSetId())
			.orElseThrow(() -> new NotFoundException("assessment.evidence.unknown", evidenceId));
		CycleContext context = context(cycle.id());
		if (!this.access.canRead(actor, context, evidence.view().unitId())) {
			throw new NotFoundException("assessment.evidence.unknown", evidenceId);
		}
		return new EvidenceDownload(evidence.view().fileName().orElse("tep"),
				evidence.view().mediaType().orElse("application/octet-stream"), evidence.view().fileSize(),
				() -> this.files.open(evidence.sha256().get()));
	}

	// Shared with the appraisal service and the deadline job

	/** The cycle of a change, its row locked until the change commits. */
	CycleContext changing(long cycleId) {
		this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		this.repository.lockCycle(cycleId);
		return context(cycleId);
	}

	CycleContext context(long cycleId) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId())
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", cycle.indexSetId()));
		return CycleContext.of(cycle, set, this.repository.approval(cycleId));
	}

	UnitDossierView view(CycleContext context, long unitId) {
		DossierView dossier = this.repository.dossier(context.set().id(), unitId)
			.orElse(DossierView.draft(context.set().id(), unitId));
		Map<String, WorkflowRepository.LeafRow> rows = this.repository.leaves(context.set().id(), unitId);
		Map<String, List<EvidenceView>> evidence = this.repository.evidence(context.set().id(), unitId)
			.stream()
			.filter((e) -> e.leafCode().isPresent())
			.collect(Collectors.groupingBy((e) -> e.leafCode().get(), LinkedHashMap::new, Collectors.toList()));
		List<LeafRecordView> leaves = new ArrayList<>();
		for (String code : context.leaves().keySet()) {
			WorkflowRepository.LeafRow row = rows.get(code);
			List<EvidenceView> files = evidence.getOrDefault(code, List.of());
			leaves.add((row == null) ? LeafRecordView.empty(code, files) : record(context, row, files));
		}
		return new UnitDossierView(context.cycle(), context.set(), dossier, context.approved(), leaves);
	}

	static LeafRecordView record(CycleContext context, WorkflowRepository.LeafRow row, List<EvidenceView> evidence) {
		return new LeafRecordView(row.leafCode(), row.inputs(), row.selfExplanation(),
				context.selfPoints(row.leafCode(), row.inputs()), row.round1Points(), row.round1Comment(),
				row.question(), row.answer(), row.finalPoints(), row.finalComment(), row.version(), row.updatedBy(),
				evidence);
	}

	void event(CycleContext context, long unitId, String leafCode, String phase, String action, String detail,
			String by, OffsetDateTime now) {
		this.repository.addEvent(context.set().id(), unitId, leafCode, phase, action, detail, by, now);
		this.events.publishEvent(AuditableChange.of("leaf", context.set().id() + "/" + unitId + "/" + leafCode,
				phase.toLowerCase(java.util.Locale.ROOT) + "-" + action, "", detail, ""));
	}

	void audit(long unitId, CycleContext context, String action, String before, String after, String reason) {
		this.events.publishEvent(
				AuditableChange.of("dossier", context.set().id() + "/" + unitId, action, before, after, reason));
	}

	void requireBefore(CycleContext context, ZonedDateTime deadline, String key) {
		Instant now = Instant.now(this.clock);
		if (!now.isBefore(deadline.toInstant())) {
			throw new WorkflowException(key, Formats.TIME.format(deadline));
		}
	}

	private void requireEditable(CycleContext context, long unitId) {
		if (context.set().published() || context.approved()) {
			throw new WorkflowException("assessment.closed", context.set().year());
		}
		DossierStatus status = this.repository.lockDossier(context.set().id(), unitId);
		if (!status.editable()) {
			throw new WorkflowException("assessment.dossier." + status.name().toLowerCase(java.util.Locale.ROOT));
		}
		requireBefore(context, context.cycle().selfAssessmentUntil(), "assessment.deadline.self");
	}

	private void requireExplanationOpen(CycleContext context) {
		if (context.set().published() || context.approved()) {
			throw new WorkflowException("assessment.closed", context.set().year());
		}
		requireBefore(context, context.cycle().explanationUntil(), "assessment.deadline.explanation");
	}

	/** The id of the leaf's entry, inserting it when the form saw none. */
	long claim(CycleContext context, long unitId, String leafCode, WorkflowRepository.LeafRow row, int formVersion,
			String by, OffsetDateTime now) {
		if (row == null) {
			if (formVersion >= 0) {
				throw conflict(context, unitId, leafCode);
			}
			try {
				return this.repository.insertLeaf(context.set().id(), unitId, leafCode, by, now);
			}
			catch (DuplicateKeyException ex) {
				// the transaction may be unusable now (PostgreSQL): no further query
				throw new ConcurrentEditException(leafCode);
			}
		}
		if (row.version() != formVersion) {
			throw new ConcurrentEditException(leafCode, row.updatedBy());
		}
		return row.id();
	}

	/** Someone changed the leaf since the form was loaded; names who changed it last. */
	ConcurrentEditException conflict(CycleContext context, long unitId, String leafCode) {
		String by = Optional.ofNullable(this.repository.leaves(context.set().id(), unitId).get(leafCode))
			.map(WorkflowRepository.LeafRow::updatedBy)
			.orElse("");
		return new ConcurrentEditException(leafCode, by);
	}

	private static boolean sameValues(Map<String, BigDecimal> stored, Map<String, BigDecimal> entered) {
		if (!stored.keySet().equals(entered.keySet())) {
			return false;
		}
		return stored.entrySet().stream().allMatch((e) -> e.getValue().compareTo(entered.get(e.getKey())) == 0);
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

}
