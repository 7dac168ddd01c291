package org.parindex.survey;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.validation.annotation.Validated;

/**
 * Sampling and invitations of the survey (DESIGN.md §4 "Survey"): the respondents sought
 * per form and unit rated ({@link SampleSize}), batches of single-use invitation codes
 * ({@link InvitationCodes}), and the online answering with a code: a draft kept as the
 * respondent goes, and one response per code.
 * <p>
 * Anonymity: the response is stored by {@link SurveyResponseService#record} in the same
 * transaction that flips the code's {@code used} flag, and the code's draft is deleted in
 * it too; nothing links the response to the code afterwards (the invitation keeps no
 * response key and no time of use). A code is used at most once: the flag is set by
 * {@code update … set used = true where id = ? and used = false}, so of concurrent
 * submissions one stores a response and the others find the code used.
 * <p>
 * Look-ups of codes are throttled per client address ({@link CodeAttempts}); codes that
 * do not exist are counted per day, and a used code tried again is counted on the code
 * ({@code retries}), for the survey's monitoring.
 */
@Service
@Validated
public class InvitationService {

	/** Codes issued at most in one batch. */
	public static final int MAX_BATCH = 5000;

	private final InvitationRepository invitations;

	private final SurveyFormRepository forms;

	private final SurveyResponseService responses;

	private final CycleService cycles;

	private final CodeAttempts attempts;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SurveyFormService formService;

	private final InvitationCodes codes = new InvitationCodes(new SecureRandom());

	InvitationService(InvitationRepository invitations, SurveyFormRepository forms, SurveyResponseService responses,
			CycleService cycles, CodeAttempts attempts, TransactionOperations transactions,
			ApplicationEventPublisher events, Clock clock, SurveyFormService formService) {
		this.formService = formService;
		this.invitations = invitations;
		this.forms = forms;
		this.responses = responses;
		this.cycles = cycles;
		this.attempts = attempts;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The units a form rates (the participants of its year's cycle), each with its target
	 * and the codes issued and used, in the order of the cycle's unit ids.
	 * @throws NotFoundException for an unknown form
	 */
	@Transactional(readOnly = true)
	public List<SurveyTargetView> targets(long formId) {
		SurveyFormView form = form(formId);
		Set<Long> units = this.cycles.findForSet(form.indexSetId()).map(CycleView::unitIds).orElse(Set.of());
		Map<Long, InvitationRepository.Target> targets = this.invitations.targets(formId);
		Map<Long, long[]> counts = this.invitations.counts(formId);
		List<InvitationBatchView> batches = this.invitations.batches(formId);
		List<SurveyTargetView> views = new ArrayList<>();
		for (long unit : units.stream().sorted().toList()) {
			InvitationRepository.Target target = targets.get(unit);
			long[] count = counts.getOrDefault(unit, new long[2]);
			views.add(new SurveyTargetView(unit, (target != null) ? target.respondents() : null,
					(target != null) ? target.population() : null, (target != null) ? target.marginPercent() : null,
					count[0], count[1], batches.stream().filter((b) -> b.unitId() == unit).toList()));
		}
		return views;
	}

	/**
	 * Sets the respondents sought for a form and a unit, directly or from the population
	 * (then the margin defaults to {@link SampleSize#DEFAULT_MARGIN_PERCENT}).
	 * @return the target as stored
	 * @throws NotFoundException for an unknown form
	 * @throws InvalidSurveyException when the unit is not rated by the form this year
	 * ({@code survey.response.unit}), neither a target nor a population is given
	 * ({@code survey.target.missing}) or both are ({@code survey.target.both})
	 */
	@Transactional
	public SurveyTargetView setTarget(@Valid SetSurveyTarget command) {
		SurveyFormView form = form(command.formId());
		requireUnit(form, command.unitId());
		InvitationRepository.Target target;
		if (command.population() != null && command.respondents() != null) {
			// one of the two, so that a number typed is never silently left aside
			throw new InvalidSurveyException("survey.target.both");
		}
		if (command.population() != null) {
			BigDecimal margin = Optional.ofNullable(command.marginPercent()).orElse(SampleSize.DEFAULT_MARGIN_PERCENT);
			target = new InvitationRepository.Target(command.unitId(),
					SampleSize.respondents(command.population(), margin), command.population(), margin);
		}
		else if (command.respondents() != null) {
			target = new InvitationRepository.Target(command.unitId(), command.respondents(), null, null);
		}
		else {
			throw new InvalidSurveyException("survey.target.missing");
		}
		this.invitations.saveTarget(form.id(), target);
		// unit=<id> is named on the audit page
		this.events.publishEvent(AuditableChange.of("survey-form", form.code(), "survey-target-set", "",
				"unit=" + command.unitId() + "; respondents=" + target.respondents(), ""));
		return targets(form.id()).stream().filter((t) -> t.unitId() == command.unitId()).findFirst().orElseThrow();
	}

	/**
	 * Issues a batch of new single-use codes, each unique among all codes ever issued. A
	 * command with the request key of a batch already issued for the form issues nothing
	 * and answers that batch (a double click, a retry).
	 * @return the batch
	 * @throws NotFoundException for an unknown form
	 * @throws InvalidSurveyException when the unit is not rated by the form this year
	 * ({@code survey.response.unit}) or the form's deadline has passed
	 * ({@code survey.invitation.closed}), or the year is approved or published
	 * ({@code survey.form.year-closed})
	 */
	@Transactional
	public InvitationBatchView issue(@Valid IssueInvitations command) {
		SurveyFormView form = form(command.formId());
		this.formService.requireOpenYear(form.indexSetId());
		requireUnit(form, command.unitId());
		if (!this.clock.instant().isBefore(form.closesAt())) {
			throw new InvalidSurveyException("survey.invitation.closed");
		}
		if (command.request() != null) {
			// one request, one batch: a double click or a retry waits for the first post
			// (the form's row lock) and then finds its batch (walk of issue 10, third
			// round)
			this.forms.lock(form.id());
			Optional<InvitationBatchView> issued = this.invitations.batchOf(form.id(), command.request());
			if (issued.isPresent()) {
				return issued.get();
			}
		}
		Set<String> fresh = new LinkedHashSet<>();
		while (fresh.size() < command.count()) {
			while (fresh.size() < command.count()) {
				fresh.add(this.codes.next());
			}
			fresh.removeAll(this.invitations.existing(fresh));
		}
		long batch = this.invitations.insertBatch(form.id(), command.unitId(), command.count(),
				LocalDate.now(this.clock), command.request());
		this.invitations.insertCodes(batch, form.id(), command.unitId(), List.copyOf(fresh));
		this.events.publishEvent(AuditableChange.of("survey-form", form.code(), "survey-codes-issued", "",
				"unit=" + command.unitId() + "; codes=" + command.count(), ""));
		return this.invitations.batch(batch).orElseThrow();
	}

	/**
	 * Withdraws a batch of codes (a printed batch lost, or handed to the wrong unit): its
	 * codes not used yet stop working at once, and the online form then says that the
	 * code was withdrawn ({@link InvitationStatus#WITHDRAWN}); their drafts are deleted.
	 * Codes already used, and the responses stored with them, stay as they are: counted,
	 * and linked to nothing. The batch keeps who withdrew it, when and why; the
	 * withdrawal is audited. The year's cycle is locked until the withdrawal commits, so
	 * it never interleaves with the council's approval.
	 * @param reason why, 1 to {@value SurveySheetService#MAX_REASON} characters after
	 * trimming
	 * @return the batch as withdrawn
	 * @throws NotFoundException for an unknown form, or a batch not of the form
	 * ({@code survey.invitation.batch.unknown})
	 * @throws InvalidSurveyException without a reason
	 * ({@code survey.invitation.withdraw.reason}), for a batch withdrawn already
	 * ({@code survey.invitation.withdraw.already}), or once the year is approved or
	 * published ({@code survey.invitation.withdraw.year-closed})
	 */
	@Transactional
	public InvitationBatchView withdraw(long formId, long batchId, String reason) {
		SurveyFormView form = form(formId);
		InvitationBatchView batch = this.invitations.batch(batchId)
			.filter((b) -> b.formId() == formId)
			.orElseThrow(() -> new NotFoundException("survey.invitation.batch.unknown", batchId));
		Optional<InvalidSurveyException> unfit = withdrawalReasonProblem(reason);
		if (unfit.isPresent()) {
			throw unfit.get();
		}
		String why = org.parindex.platform.Text.normalize(reason);
		Optional<Integer> closed = this.formService.closedYear(form.indexSetId());
		if (closed.isPresent()) {
			throw new InvalidSurveyException("survey.invitation.withdraw.year-closed", closed.get());
		}
		this.cycles.requireResultsOpen(form.indexSetId());
		int stopped = this.invitations.withdraw(batchId, this.clock.instant(), Actors.currentName(), why)
			.orElseThrow(() -> new InvalidSurveyException("survey.invitation.withdraw.already"));
		// unit=<id> is named on the audit page
		this.events.publishEvent(AuditableChange.of("survey-form", form.code(), "survey-codes-withdrawn",
				"unit=" + batch.unitId() + "; codes=" + batch.size(),
				"unit=" + batch.unitId() + "; withdrawn=" + stopped + "; used=" + (batch.size() - stopped), why));
		return this.invitations.batch(batchId).orElseThrow();
	}

	/**
	 * What is wrong with a withdrawal's reason, as {@link #withdraw} refuses it: none
	 * ({@code survey.invitation.withdraw.reason}), or longer than
	 * {@value SurveySheetService#MAX_REASON} characters once normalised
	 * ({@code survey.invitation.withdraw.reason.long}, with its length, so the writer
	 * knows how much to cut; walk of issue 10, #5); empty when it fits. The page asks its
	 * question only for a reason that fits.
	 */
	public static Optional<InvalidSurveyException> withdrawalReasonProblem(@Nullable String reason) {
		String why = (reason != null) ? org.parindex.platform.Text.normalize(reason) : "";
		if (why.isEmpty()) {
			return Optional
				.of(new InvalidSurveyException("survey.invitation.withdraw.reason", SurveySheetService.MAX_REASON));
		}
		if (why.length() > SurveySheetService.MAX_REASON) {
			return Optional.of(new InvalidSurveyException("survey.invitation.withdraw.reason.long",
					SurveySheetService.MAX_REASON, why.length()));
		}
		return Optional.empty();
	}

	/**
	 * The codes of a batch that a withdrawal would stop now: neither used nor withdrawn.
	 */
	@Transactional(readOnly = true)
	public long unusedCodes(long batchId) {
		return this.invitations.unusedCodes(batchId);
	}

	/** A batch, or empty for an unknown id. */
	@Transactional(readOnly = true)
	public Optional<InvitationBatchView> batch(long batchId) {
		return this.invitations.batch(batchId);
	}

	/** The codes of a batch, in the order issued. */
	@Transactional(readOnly = true)
	public List<InvitationCodeView> codes(long batchId) {
		return this.invitations.codes(batchId);
	}

	/**
	 * How long until the client address may look a code up again after too many unknown
	 * codes ({@link InvitationStatus#THROTTLED}): zero when it may now, else at most the
	 * throttle's period divided by its capacity (20 seconds by default).
	 */
	public java.time.Duration codeRetryAfter(String address) {
		return this.attempts.retryAfter(address);
	}

	/**
	 * What a code gives, for the respondent opening the form with it; a used code tried
	 * again is counted on the code.
	 * @param typed the code as typed or scanned (any case, with or without the dash)
	 * @param address the client's address, whose look-ups of unknown codes are throttled
	 */
	public InvitationLookup open(String typed, String address) {
		return lookup(typed, address, true);
	}

	/**
	 * Keeps a respondent's answers so far, replacing the previous draft. Does nothing
	 * unless the code is {@link InvitationStatus#OPEN open}.
	 * @param answers option label per question code
	 * @return the code's status
	 * @throws InvalidSurveyException for a question not on the form
	 * ({@code survey.response.question-unknown}) or an option the question does not have
	 * ({@code survey.response.option-unknown})
	 */
	public InvitationStatus saveDraft(String typed, String address, Map<String, String> answers) {
		InvitationLookup lookup = lookup(typed, address, false);
		if (lookup.status() != InvitationStatus.OPEN) {
			return lookup.status();
		}
		OnlineInvitationView invitation = lookup.found().orElseThrow();
		Map<String, String> checked = checked(invitation.form(), answers);
		String code = InvitationCodes.normalize(typed).orElseThrow();
		return this.transactions.execute((tx) -> {
			InvitationRepository.Invitation row = this.invitations.find(code).orElseThrow();
			if (this.invitations.lockUsed(row.id())) {
				return this.invitations.find(code)
					.filter((now) -> !now.used() && now.withdrawn())
					.map((now) -> InvitationStatus.WITHDRAWN)
					.orElse(InvitationStatus.USED);
			}
			this.invitations.replaceDraft(row.id(), checked);
			return InvitationStatus.OPEN;
		});
	}

	/**
	 * Before a response is sent: the positions (from 1) of the form's questions it leaves
	 * unanswered. When there are any, the answers given are kept as the code's draft (as
	 * {@link #saveDraft} does), so that the respondent can be asked whether to send
	 * anyway without losing anything; nothing is stored when every question is answered.
	 * @param answers option label per question code
	 * @return the unanswered questions' positions, in order; empty when every question is
	 * answered, or when the code is not open (then {@link #submit} says why)
	 * @throws InvalidSurveyException as {@link #saveDraft}, for answers the form refuses
	 */
	public List<Integer> unanswered(String typed, String address, Map<String, String> answers) {
		InvitationLookup lookup = lookup(typed, address, false);
		if (lookup.status() != InvitationStatus.OPEN) {
			return List.of();
		}
		OnlineInvitationView invitation = lookup.found().orElseThrow();
		List<Integer> missing = new ArrayList<>();
		List<SurveyQuestionView> questions = invitation.form().questions();
		for (int i = 0; i < questions.size(); i++) {
			if (!answers.containsKey(questions.get(i).code())) {
				missing.add(i + 1);
			}
		}
		if (missing.isEmpty()) {
			return missing;
		}
		Map<String, String> checked = checked(invitation.form(), answers);
		String code = InvitationCodes.normalize(typed).orElseThrow();
		Boolean kept = this.transactions.execute((tx) -> {
			InvitationRepository.Invitation row = this.invitations.find(code).orElseThrow();
			if (this.invitations.lockUsed(row.id())) {
				return false;
			}
			this.invitations.replaceDraft(row.id(), checked);
			return true;
		});
		return Boolean.TRUE.equals(kept) ? List.copyOf(missing) : List.of();
	}

	/**
	 * Stores the response given with a code, at most once per code: a retry, a double tap
	 * or a lost race finds the code {@link InvitationStatus#USED used} and stores
	 * nothing. The code is marked used, the response stored and the draft deleted in one
	 * transaction.
	 * @param answers option label per question code
	 * @return {@link InvitationStatus#USED} once the response is stored (by this call or
	 * an earlier one), else why nothing was stored
	 * @throws InvalidSurveyException for answers the form refuses (see
	 * {@link SurveyResponseService#record}); nothing is stored and the code stays unused
	 */
	public InvitationStatus submit(String typed, String address, Map<String, String> answers) {
		InvitationLookup lookup = lookup(typed, address, false);
		if (lookup.status() != InvitationStatus.OPEN) {
			return lookup.status();
		}
		OnlineInvitationView invitation = lookup.found().orElseThrow();
		String code = InvitationCodes.normalize(typed).orElseThrow();
		try {
			return this.transactions.execute((tx) -> {
				InvitationRepository.Invitation row = this.invitations.find(code).orElseThrow();
				if (!this.invitations.markUsed(row.id())) {
					// used by a retry or a race, or its batch withdrawn meanwhile
					return this.invitations.find(code)
						.filter((now) -> !now.used() && now.withdrawn())
						.map((now) -> InvitationStatus.WITHDRAWN)
						.orElse(InvitationStatus.USED);
				}
				this.responses.record(new RecordResponse(invitation.form().id(), invitation.unitId(),
						ResponseChannel.ONLINE, answers));
				this.invitations.deleteDraft(row.id());
				return InvitationStatus.USED;
			});
		}
		catch (ConcurrencyFailureException ex) {
			// a concurrent submission held the code's row (or the database chose this
			// one to give way): if the other stored the response, this one is a retry
			if (this.invitations.find(code).map(InvitationRepository.Invitation::used).orElse(false)) {
				return InvitationStatus.USED;
			}
			throw ex;
		}
	}

	private InvitationLookup lookup(String typed, String address, boolean countRetry) {
		if (!this.attempts.allowed(address)) {
			return InvitationLookup.of(InvitationStatus.THROTTLED);
		}
		Optional<InvitationRepository.Invitation> found = InvitationCodes.normalize(typed)
			.flatMap(this.invitations::find);
		if (found.isEmpty()) {
			this.attempts.unknown(address);
			this.invitations.countUnknown(LocalDate.now(this.clock));
			return InvitationLookup.of(InvitationStatus.UNKNOWN);
		}
		InvitationRepository.Invitation invitation = found.get();
		if (invitation.used()) {
			if (countRetry) {
				this.invitations.countRetry(invitation.id());
			}
			return InvitationLookup.of(InvitationStatus.USED);
		}
		if (invitation.withdrawn()) {
			// counted: a withdrawn code tried means the lost batch is in someone's hands
			// (the monitoring's WITHDRAWN_TRIED)
			if (countRetry) {
				this.invitations.countRetry(invitation.id());
			}
			return InvitationLookup.of(InvitationStatus.WITHDRAWN);
		}
		SurveyFormView form = form(invitation.formId());
		OnlineInvitationView view = new OnlineInvitationView(InvitationCodes.grouped(invitation.code()), form,
				invitation.unitId(), this.invitations.draft(invitation.id()));
		Instant now = this.clock.instant();
		InvitationStatus status = now.isBefore(form.opensAt()) ? InvitationStatus.NOT_OPEN
				: form.openAt(now) ? InvitationStatus.OPEN : InvitationStatus.CLOSED;
		if (status == InvitationStatus.OPEN && this.cycles.findForSet(form.indexSetId())
			.map((cycle) -> this.cycles.closed(cycle.id()))
			.orElse(false)) {
			// said when the form opens, not after the respondent answered everything
			status = InvitationStatus.YEAR_CLOSED;
		}
		return new InvitationLookup(status, view);
	}

	private static Map<String, String> checked(SurveyFormView form, Map<String, String> answers) {
		Map<String, String> checked = new LinkedHashMap<>();
		for (Map.Entry<String, String> answer : new TreeMap<>(answers).entrySet()) {
			SurveyQuestionView question = form.question(answer.getKey())
				.orElseThrow(() -> new InvalidSurveyException("survey.response.question-unknown", answer.getKey()));
			question.option(answer.getValue())
				.orElseThrow(() -> new InvalidSurveyException("survey.response.option-unknown", question.code(),
						answer.getValue()));
			checked.put(question.code(), answer.getValue());
		}
		return checked;
	}

	private SurveyFormView form(long formId) {
		return this.forms.find(formId).orElseThrow(() -> new NotFoundException("survey.form.unknown", formId));
	}

	private void requireUnit(SurveyFormView form, long unitId) {
		CycleView cycle = this.cycles.findForSet(form.indexSetId())
			.orElseThrow(() -> new InvalidSurveyException("survey.response.no-cycle"));
		if (!cycle.unitIds().contains(unitId)) {
			throw new InvalidSurveyException("survey.response.unit", form.code());
		}
	}

}
