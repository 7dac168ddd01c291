package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Valid;

import org.parindex.assessment.dossier.Attachment;
import org.parindex.assessment.dossier.Dossier;
import org.parindex.engine.Evaluation;
import org.parindex.engine.Leaf;
import org.parindex.platform.Actor;
import org.parindex.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The unit's side of the cycle: the self-assessment with evidence, submission by the unit
 * leader, return by the PAR office, and answers in the explanation round; and reading a
 * dossier, a leaf's history and evidence for everyone entitled to. The rules of each step
 * live in the {@link Dossier} and {@link org.parindex.assessment.cycle.Cycle} aggregates;
 * deadlines are checked against the server's clock (Asia/Ho_Chi_Minh); every change is
 * recorded in the leaf's history and the audit trail.
 * <p>
 * Uploaded files are checked, hashed and stored before the cycle's row is locked, so that
 * a large upload never makes other units wait at a deadline; a file left by a refused or
 * failed save is removed later by the file store's sweeper.
 */
@Service
@Validated
public class DossierService {

	private final CycleContexts contexts;

	private final DossierRepository dossiers;

	private final WorkflowAccess access;

	private final EvidenceFiles files;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DossierService(CycleContexts contexts, DossierRepository dossiers, WorkflowAccess access, EvidenceFiles files,
			TransactionTemplate transactions, Clock clock) {
		this.contexts = contexts;
		this.dossiers = dossiers;
		this.access = access;
		this.files = files;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A unit's dossier, for the unit itself, its appraisers, the council and PAR office.
	 * @throws NotFoundException for anyone else
	 */
	@Transactional(readOnly = true)
	public UnitDossierView dossier(long cycleId, long unitId, Actor actor) {
		CycleContext context = this.contexts.read(cycleId);
		this.access.requireRead(actor, context, unitId);
		return view(context, unitId);
	}

	/** The score the leaf's rule gives the inputs, or what is wrong with them. */
	@Transactional(readOnly = true)
	public Evaluation preview(long cycleId, String leafCode, Map<String, BigDecimal> inputs) {
		CycleContext context = this.contexts.read(cycleId);
		Leaf leaf = context.rules().leaf(leafCode);
		return leaf.rule().evaluate(leafCode, leaf.maxPoints(), inputs);
	}

	/**
	 * What the leaf's rule accepts in these inputs but asks a person to check (a ratio's
	 * achieved above its total, or with a total of 0):
	 * {@link org.parindex.engine.Rule#warnings}.
	 * @throws WorkflowException ({@code assessment.leaf.unknown}) for a leaf not in the
	 * cycle's index set
	 */
	@Transactional(readOnly = true)
	public List<org.parindex.engine.Problem> warnings(long cycleId, String leafCode, Map<String, BigDecimal> inputs) {
		Leaf leaf = this.contexts.read(cycleId).rules().leaf(leafCode);
		return leaf.rule().warnings(leafCode, inputs);
	}

	/**
	 * Saves self-assessment drafts, all or nothing.
	 * @throws InvalidEntryException when inputs break the leaf's rule
	 * @throws ConcurrentEditException when someone else changed a leaf meanwhile
	 * @throws WorkflowException after the deadline, once submitted, or for a refused file
	 * @return the codes of the leaves stored by this save, in the command's order; a leaf
	 * sent back unchanged is not among them (empty when nothing changed)
	 */
	public List<String> saveSelfAssessment(@Valid SaveSelfAssessment command, Actor actor) {
		requireUnit(command.cycleId(), command.unitId(), actor);
		Function<List<UploadedFile>, List<Attachment>> stored = attachments(
				command.leaves().stream().flatMap((draft) -> draft.files().stream()).toList());
		List<Dossier.SelfDraft> drafts = command.leaves()
			.stream()
			.map((draft) -> new Dossier.SelfDraft(draft.leafCode(), draft.inputs(), draft.explanation(),
					draft.version(), stored.apply(draft.files()), draft.document(), draft.citation()))
			.toList();
		return this.transactions.execute((status) -> {
			CycleContext context = this.contexts.changing(command.cycleId());
			this.access.requireUnit(actor, context, command.unitId());
			Dossier dossier = this.contexts.dossier(context, command.unitId());
			List<String> saved = dossier.saveSelfAssessment(context.cycle(), context.rules(), drafts, actor.username(),
					now());
			this.contexts.save(dossier);
			return saved;
		});
	}

	/**
	 * Removes a piece of evidence while the step it belongs to is still open.
	 * @throws NotFoundException for evidence of another unit or cycle
	 * @throws WorkflowException when the step is closed
	 */
	@Transactional
	public void removeEvidence(long cycleId, long evidenceId, Actor actor) {
		CycleContext context = this.contexts.changing(cycleId);
		DossierRepository.StoredEvidence evidence = this.dossiers.findEvidence(evidenceId)
			.filter((e) -> e.indexSetId() == context.set().id())
			.orElseThrow(() -> new NotFoundException("assessment.evidence.unknown", evidenceId));
		long unitId = evidence.record().view().unitId();
		this.access.requireUnit(actor, context, unitId);
		Dossier dossier = this.contexts.dossier(context, unitId);
		dossier.removeEvidence(context.cycle(), evidenceId, actor.username(), now());
		this.contexts.save(dossier);
	}

	/**
	 * What keeps the unit's self-assessment from being submitted now, as the submission
	 * checks it (for its confirmation page, issue 9, num9 F2).
	 * @throws org.parindex.platform.NotFoundException for an unknown cycle or unit
	 */
	@Transactional(readOnly = true)
	public SubmissionBlockers submissionBlockers(long cycleId, long unitId, Actor actor) {
		CycleContext context = this.contexts.read(cycleId);
		this.access.requireRead(actor, context, unitId);
		return this.dossiers.find(context.set().id(), unitId).blockers(context.rules());
	}

	/**
	 * The unit leader submits the self-assessment, which locks it.
	 * @throws WorkflowException after the deadline, when already submitted, or when a
	 * leaf is not entered or lacks evidence without an explanation
	 */
	@Transactional
	public void submit(long cycleId, long unitId, Actor actor) {
		CycleContext context = this.contexts.changing(cycleId);
		this.access.requireUnit(actor, context, unitId);
		Dossier dossier = this.contexts.dossier(context, unitId);
		dossier.submit(context.cycle(), context.rules(), actor.hasRole(WorkflowAccess.UNIT_LEADER), actor.username(),
				now());
		this.contexts.save(dossier);
	}

	/**
	 * The PAR office returns a submitted self-assessment to the unit, with a reason; the
	 * unit may edit until the self-assessment deadline.
	 * @throws WorkflowException when not submitted or after the deadline
	 */
	@Transactional
	public void returnToUnit(long cycleId, long unitId, String reason, Actor actor) {
		CycleContext context = this.contexts.changing(cycleId);
		if (!actor.hasRole(WorkflowAccess.PAR_OFFICE)) {
			throw new NotFoundException("assessment.unit.unknown", unitId);
		}
		context.cycle().requireParticipant(unitId);
		Dossier dossier = this.contexts.dossier(context, unitId);
		dossier.returnToUnit(context.cycle(), reason, now());
		this.contexts.save(dossier);
	}

	/**
	 * The unit answers the appraisers' questions, with files, before the explanation
	 * deadline.
	 * @throws WorkflowException after the deadline, for a leaf not flagged, an empty
	 * answer or a refused file
	 * @throws ConcurrentEditException when someone else changed a leaf meanwhile
	 * @return the codes of the leaves whose answer was stored, in the command's order
	 * (empty when nothing changed)
	 */
	public List<String> answer(@Valid AnswerQuestions command, Actor actor) {
		requireUnit(command.cycleId(), command.unitId(), actor);
		Function<List<UploadedFile>, List<Attachment>> stored = attachments(
				command.answers().stream().flatMap((answer) -> answer.files().stream()).toList());
		List<Dossier.AnswerDraft> answers = command.answers()
			.stream()
			.map((answer) -> new Dossier.AnswerDraft(answer.leafCode(), answer.text(), answer.version(),
					stored.apply(answer.files()), answer.citation()))
			.toList();
		return this.transactions.execute((status) -> {
			CycleContext context = this.contexts.changing(command.cycleId());
			this.access.requireUnit(actor, context, command.unitId());
			Dossier dossier = this.contexts.dossier(context, command.unitId());
			List<String> saved = dossier.answer(context.cycle(), answers, actor.username(), now());
			this.contexts.save(dossier);
			return saved;
		});
	}

	/**
	 * The bonus and deduction proposals concerning one unit, with the council's decision,
	 * for those who may read the unit's dossier (the unit itself, its appraisers, the
	 * council and the PAR office): never another unit's (walk of 02/12, finding 10).
	 * Oldest first.
	 * @throws NotFoundException for anyone else
	 */
	@Transactional(readOnly = true)
	public List<AdjustmentProposalView> adjustments(long cycleId, long unitId, Actor actor) {
		CycleContext context = this.contexts.read(cycleId);
		this.access.requireRead(actor, context, unitId);
		return context.cycle()
			.adjustments()
			.stream()
			.filter((entry) -> entry.unitId() == unitId)
			.map(org.parindex.assessment.cycle.AdjustmentEntry::proposalView)
			.toList();
	}

	/** Every leaf's history of a unit's dossier, by leaf code, oldest first. */
	@Transactional(readOnly = true)
	public Map<String, List<LeafEventView>> histories(long cycleId, long unitId, Actor actor) {
		CycleContext context = this.contexts.read(cycleId);
		this.access.requireRead(actor, context, unitId);
		return this.dossiers.events(context.set().id(), unitId);
	}

	/**
	 * A stored evidence file, for those who may read the unit's dossier.
	 * @throws NotFoundException for anyone else, and for document references
	 */
	@Transactional(readOnly = true)
	public EvidenceDownload download(long evidenceId, Actor actor) {
		DossierRepository.StoredEvidence evidence = this.dossiers.findEvidence(evidenceId)
			.filter((e) -> e.record().sha256().isPresent())
			.orElseThrow(() -> new NotFoundException("assessment.evidence.unknown", evidenceId));
		CycleContext context = this.contexts.readForSet(evidence.indexSetId())
			.orElseThrow(() -> new NotFoundException("assessment.evidence.unknown", evidenceId));
		EvidenceView view = evidence.record().view();
		if (!this.access.canRead(actor, context, view.unitId())) {
			throw new NotFoundException("assessment.evidence.unknown", evidenceId);
		}
		String sha256 = evidence.record().sha256().get();
		return new EvidenceDownload(view.fileName().orElse("tep"), view.mediaType().orElse("application/octet-stream"),
				view.fileSize(), () -> this.files.open(sha256));
	}

	/**
	 * A piece of evidence, file or document cited, for those who may read the unit's
	 * dossier (a document cited without a file has a page of its own, not a download).
	 * @throws NotFoundException ({@code assessment.evidence.unknown}) for an unknown id
	 * and for anyone else
	 */
	@Transactional(readOnly = true)
	public EvidenceView evidence(long evidenceId, Actor actor) {
		DossierRepository.StoredEvidence evidence = this.dossiers.findEvidence(evidenceId)
			.orElseThrow(() -> new NotFoundException("assessment.evidence.unknown", evidenceId));
		CycleContext context = this.contexts.readForSet(evidence.indexSetId())
			.orElseThrow(() -> new NotFoundException("assessment.evidence.unknown", evidenceId));
		EvidenceView view = evidence.record().view();
		if (!this.access.canRead(actor, context, view.unitId())) {
			throw new NotFoundException("assessment.evidence.unknown", evidenceId);
		}
		return view;
	}

	/** The dossier as pages show it. */
	UnitDossierView view(CycleContext context, long unitId) {
		Dossier dossier = this.dossiers.find(context.set().id(), unitId);
		return new UnitDossierView(context.view(), context.set(), dossier.view(), context.cycle().closed(),
				dossier.records(context.rules()), dossier.editable(context.cycle(), now()));
	}

	/**
	 * The actor acts for the unit in the cycle: checked before any file is stored, and
	 * again under the lock.
	 */
	private void requireUnit(long cycleId, long unitId, Actor actor) {
		this.access.requireUnit(actor, this.contexts.read(cycleId), unitId);
	}

	/**
	 * Checks and stores every upload of a request (all or nothing), outside any lock;
	 * returns, for each leaf's list of uploads, its stored files.
	 */
	private Function<List<UploadedFile>, List<Attachment>> attachments(List<UploadedFile> uploads) {
		List<EvidenceFiles.Accepted> accepted = this.files.accept(uploads);
		Map<UploadedFile, Attachment> byUpload = new IdentityHashMap<>();
		for (int i = 0; i < uploads.size(); i++) {
			EvidenceFiles.Accepted file = accepted.get(i);
			byUpload.put(uploads.get(i), new Attachment(file.sha256(), file.size(), file.mediaType(), file.name()));
		}
		return (files) -> {
			List<Attachment> attachments = new ArrayList<>(files.size());
			files.forEach((file) -> attachments.add(byUpload.get(file)));
			return attachments;
		};
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
