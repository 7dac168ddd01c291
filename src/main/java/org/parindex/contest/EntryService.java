package org.parindex.contest;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.parindex.platform.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public entry to a contest without an account (issue 11 item 3): registration, attempts
 * and submission, decided by the server's clock to the millisecond.
 * <ul>
 * <li>Registration checks every field at once (CCCD structure, mobile number, age at the
 * contest's start, group, unit, consent) and keeps one identity per CCCD per contest, and
 * per phone when the contest says so, by the database's unique constraints (so also
 * between concurrent registrations and between application instances). A second
 * registration with a taken CCCD is told so without anything of the other registration;
 * its owner resumes by proving the CCCD and the date of birth ({@link #resume}).</li>
 * <li>An attempt starts in the round open now, numbered per participant and round under a
 * unique constraint, within the round's attempts allowed; its questions are drawn then
 * ({@link QuestionDraw}, a random seed per attempt) and stored with their option order
 * and the answer key of that moment.</li>
 * <li>Answers are saved one by one or in batches ({@link #saveAnswers}) until the
 * attempt's end plus the grace period ({@link AttemptDeadline}); the submission is
 * recorded once ({@code submitted_at} written only while empty): a retry or a concurrent
 * double submit gets the stored result. A late submission is refused and the attempt
 * closed with its saved answers scored.</li>
 * </ul>
 * Transactions are short (one request's statements) and no lock outlives a request.
 */
@Service
public class EntryService {

	/** The longest full name, in characters. */
	public static final int MAX_NAME = 100;

	/** The longest address, in characters. */
	public static final int MAX_ADDRESS = 300;

	/**
	 * The age under which a participant registers with a parent's or guardian's consent
	 * (Law 91/2025/QH15: a child is under 16, and processing a child's personal data from
	 * 7 needs the consent of the child and of the parent or guardian; the contest asks it
	 * of everyone under 18, a minor under the Civil Code, as the registration checklist
	 * of shared/domain/portal-and-data-protection.md says).
	 */
	public static final int GUARDIAN_AGE = 18;

	/** The largest prediction accepted. */
	public static final long MAX_PREDICTION = 999_999_999_999L;

	/**
	 * The version of the personal-data notice the registration page shows (stored with
	 * each consent; change it with the text of {@code contest.entry.consent.*}).
	 */
	public static final String CONSENT_VERSION = "2026-11";

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EntryRepository entries;

	private final ContestCatalog catalog;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EntryService(EntryRepository entries, ContestCatalog catalog, TransactionTemplate transactions, Clock clock) {
		this.entries = entries;
		this.catalog = catalog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The contest at {@code /cuoc-thi/{slug}}, from the in-memory catalog.
	 * @throws NotFoundException for an unknown contest
	 */
	public ContestView contest(String slug) {
		return this.catalog.contest(slug).orElseThrow(() -> new NotFoundException("contest.public.unknown", slug));
	}

	/**
	 * Every contest, the latest first, from the in-memory catalog: the public list at
	 * {@code /cuoc-thi}, read once per {@link ContestCatalog#TIME_TO_LIVE} however many
	 * open it.
	 */
	public List<ContestView> contests() {
		return this.catalog.contests();
	}

	/** The units and communes a participant chooses from. */
	public List<EntryUnit> units() {
		return this.catalog.units();
	}

	/**
	 * Registers a participant, or leads the same person back to their registration:
	 * {@link #register(String, Register, boolean)} with the same person's return allowed.
	 * @return the participant's token, which reaches their own page
	 * @throws NotFoundException for an unknown contest
	 * @throws EntryRefusedException as {@link #register(String, Register, boolean)}
	 */
	public String register(String slug, Register form) {
		return register(slug, form, true);
	}

	/**
	 * Registers a participant. A registration whose CCCD is registered already is the
	 * same person again (a double click on "Đăng ký", the form sent twice) when the date
	 * of birth is the same and the full name the same apart from case and spacing: it
	 * gets that registration's token, and nothing is stored. Any other collision gets one
	 * neutral refusal ({@code contest.entry.problem.registration.not-accepted}) that says
	 * neither which detail is registered nor anything of the registration, and points to
	 * the resume page, which is limited per CCCD.
	 * @param sameAgain whether a registration of the same person may lead to their token
	 * (false once the caller's allowance for wrong tries of this CCCD is used up: the
	 * answer is then the neutral refusal, so that dates of birth cannot be guessed here
	 * instead of on the resume page)
	 * @return the participant's token, which reaches their own page
	 * @throws NotFoundException for an unknown contest
	 * @throws EntryRefusedException with every problem of the form (field and message
	 * under {@code contest.entry.problem.}), {@code contest.entry.closed} when the
	 * contest or no round is open now but one is still to open,
	 * {@code contest.entry.over} when none is ({@link ContestView#over}),
	 * {@code contest.entry.anonymised} once the contest's personal data was anonymised,
	 * {@code contest.entry.problem.phone.taken} when the contest takes one registration
	 * per phone and the phone has one; nothing is stored
	 */
	public String register(String slug, Register form, boolean sameAgain) {
		ContestView contest = contest(slug);
		Instant now = this.clock.instant();
		requireOpenRound(contest, now);
		requireNotAnonymised(contest);
		List<ContestProblem> problems = new ArrayList<>();
		Checked checked = check(contest, form, problems);
		boolean minor = checkGuardian(form, now, problems);
		if (!problems.isEmpty()) {
			throw new EntryRefusedException(problems);
		}
		String token = token();
		try {
			// one statement, its own transaction: the unique constraints decide, also
			// between concurrent registrations on several instances
			this.entries.insertParticipant(contest.id(), token, form, checked.birthDate(), checked.phone(),
					contest.onePerPhone(), checked.unitId(), now, CONSENT_VERSION,
					minor ? form.guardianName().strip() : null);
		}
		catch (DuplicateKeyException ex) {
			if (this.entries.cccdTaken(contest.id(), form.cccd())) {
				if (sameAgain) {
					Optional<Map.Entry<String, String>> same = this.entries.registered(contest.id(), form.cccd(),
							checked.birthDate());
					if (same.isPresent() && sameName(same.get().getValue(), form.fullName())) {
						return same.get().getKey();
					}
				}
				throw new EntryRefusedException(List.of(problem("registration", "not-accepted")));
			}
			throw new EntryRefusedException(List.of(problem("phone", "taken")));
		}
		return token;
	}

	/**
	 * Whether two full names are the same apart from case, spacing and Unicode
	 * composition (Vietnamese letters typed composed or decomposed).
	 */
	static boolean sameName(String stored, String typed) {
		return nameKey(stored).equals(nameKey(typed));
	}

	private static String nameKey(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
			.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(java.util.Locale.forLanguageTag("vi"));
	}

	/**
	 * Checks a registration's fields as the public form does (also for a keyed paper
	 * form), adding every problem found.
	 * @return the parsed values, complete only when no problem was added
	 */
	Checked check(ContestView contest, Register form, List<ContestProblem> problems) {
		String name = form.fullName().strip();
		if (name.isEmpty()) {
			problems.add(problem("fullName", "required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(problem("fullName", "too-long", MAX_NAME, name.length()));
		}
		Optional<LocalDate> birth = birthDate(form.birthDate(), problems);
		birth.ifPresent((date) -> checkAge(contest, date, problems));
		CccdNumber.problem(form.cccd(), birth).ifPresent(problems::add);
		Optional<String> phone = MobileNumber.normalize(form.phone());
		if (phone.isEmpty()) {
			problems.add(problem("phone", form.phone().isBlank() ? "required" : "format"));
		}
		if (contest.groups().stream().noneMatch((group) -> group.code().equals(form.groupCode()))) {
			problems.add(problem("groupCode", "required"));
		}
		Optional<Long> unit = unit(form.unitId());
		if (unit.isEmpty()) {
			problems.add(problem("unitId", "required"));
		}
		String address = form.address().strip();
		if (address.isEmpty()) {
			problems.add(problem("address", "required"));
		}
		else if (address.length() > MAX_ADDRESS) {
			problems.add(problem("address", "too-long", MAX_ADDRESS, address.length()));
		}
		if (!form.consent()) {
			problems.add(problem("consent", "required"));
		}
		return new Checked(birth.orElse(null), phone.orElse(null), unit.orElse(null));
	}

	/**
	 * Under {@value #GUARDIAN_AGE} at registration (the registration's day in Vietnam's
	 * calendar, from the date of birth typed), the parent's or guardian's full name and
	 * the box that they consent are required ({@code guardianName},
	 * {@code guardianConsent}); an adult's guardian fields are ignored. A date of birth
	 * that cannot be read is named by {@link #check} already.
	 * @return whether the participant is under {@value #GUARDIAN_AGE}
	 */
	static boolean checkGuardian(Register form, Instant now, List<ContestProblem> problems) {
		LocalDate birth;
		try {
			birth = LocalDate.parse(form.birthDate());
		}
		catch (DateTimeParseException ex) {
			return false;
		}
		LocalDate today = now.atZone(VIETNAM).toLocalDate();
		if (birth.isAfter(today) || Period.between(birth, today).getYears() >= GUARDIAN_AGE) {
			return false;
		}
		String guardian = form.guardianName().strip();
		if (guardian.isEmpty()) {
			problems.add(problem("guardianName", "required", GUARDIAN_AGE));
		}
		else if (guardian.length() > MAX_NAME) {
			problems.add(problem("guardianName", "too-long", MAX_NAME, guardian.length()));
		}
		if (!form.guardianConsent()) {
			problems.add(problem("guardianConsent", "required", GUARDIAN_AGE));
		}
		return true;
	}

	/** A registration's parsed values; all present when no problem was found. */
	record Checked(@Nullable LocalDate birthDate, @Nullable String phone, @Nullable Long unitId) {

		@Override
		public LocalDate birthDate() {
			return java.util.Objects.requireNonNull(this.birthDate);
		}

		@Override
		public String phone() {
			return java.util.Objects.requireNonNull(this.phone);
		}

		@Override
		public Long unitId() {
			return java.util.Objects.requireNonNull(this.unitId);
		}

	}

	/**
	 * The token of the participant registered with this CCCD and date of birth, so that
	 * they resume their attempts; empty when either does not match (the answer does not
	 * say which).
	 * @throws NotFoundException for an unknown contest
	 */
	public Optional<String> resume(String slug, String cccd, String birthDate) {
		ContestView contest = contest(slug);
		try {
			return this.entries.tokenOf(contest.id(), CccdNumber.normalize(cccd), LocalDate.parse(birthDate.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A participant's own page.
	 * @throws NotFoundException for an unknown contest or token
	 */
	public ParticipantView participant(String slug, String token) {
		ContestView contest = contest(slug);
		EntryRepository.Participant participant = participant(contest, token);
		Instant now = this.clock.instant();
		List<EntryRepository.Attempt> attempts = this.entries.attempts(participant.id());
		List<ParticipantView.RoundEntry> rounds = new ArrayList<>();
		for (ContestView.RoundView round : contest.rounds()) {
			List<AttemptSummary> own = attempts.stream()
				.filter((a) -> a.roundId() == round.id())
				.map((a) -> summary(a, participant))
				.toList();
			boolean open = contest.openRound(now).filter((r) -> r.id() == round.id()).isPresent();
			Optional<AttemptSummary> unfinished = own.stream()
				.filter((a) -> !a.submitted() && !now.isAfter(a.graceEndsAt()))
				.findFirst();
			// paper forms do not use up the online attempts (docs/contest.md, Paper
			// entries)
			long online = attempts.stream().filter((a) -> a.roundId() == round.id() && !a.paper()).count();
			rounds.add(new ParticipantView.RoundEntry(round, open, own,
					(int) Math.max(0, round.attemptsAllowed() - online), counted(contest, round, participant, own),
					unfinished));
		}
		return new ParticipantView(token, participant.fullName(), participant.groupCode(), rounds);
	}

	/**
	 * Starts an attempt in the round open now, or returns the participant's attempt still
	 * running in it. An attempt left unsubmitted past its end and grace period is closed
	 * first, its saved answers scored.
	 * @return the attempt's token
	 * @throws NotFoundException for an unknown contest or participant token
	 * @throws EntryRefusedException {@code contest.entry.closed} when no round is open
	 * now, {@code contest.entry.over} when none is still to open either,
	 * {@code contest.entry.no-attempts-left} when the round's attempts are used,
	 * {@code contest.entry.no-questions} when the bank cannot fill the draw
	 */
	public String start(String slug, String participantToken) {
		ContestView contest = contest(slug);
		EntryRepository.Participant participant = participant(contest, participantToken);
		Instant now = this.clock.instant();
		ContestView.RoundView round = requireOpenRound(contest, now);
		List<EntryRepository.Attempt> earlier = this.entries.attempts(participant.id());
		for (EntryRepository.Attempt attempt : earlier) {
			if (attempt.roundId() != round.id() || attempt.submitted()) {
				continue;
			}
			if (attempt.deadline().judge(attempt.startedAt(), now).counts()) {
				return attempt.token();
			}
			close(attempt, now, AttemptDeadline.Verdict.LATE);
		}
		int number = this.entries.nextNumber(participant.id(), round.id());
		// closing a late attempt above changes none of the attempts counted here
		long online = earlier.stream().filter((a) -> a.roundId() == round.id() && !a.paper()).count();
		// a paper form keyed for the same CCCD does not use the online allowance
		// (docs/contest.md, Paper entries)
		if (online >= round.attemptsAllowed()) {
			throw EntryRefusedException.of("no-attempts-left", round.attemptsAllowed());
		}
		Long bankId = contest.groups()
			.stream()
			.filter((g) -> g.code().equals(participant.groupCode()))
			.map(ContestView.GroupView::questionBankId)
			.filter((id) -> id != null)
			.findFirst()
			.orElse(contest.questionBankId());
		if (bankId == null) {
			throw EntryRefusedException.of("no-questions");
		}
		ContestCatalog.BankQuestions bank = this.catalog.bank(bankId);
		long seed = RANDOM.nextLong();
		List<QuestionDraw.Drawn> drawn;
		try {
			drawn = QuestionDraw.draw(bank.candidates(),
					List.of(new QuestionDraw.Stratum(Optional.empty(), Optional.empty(), round.questionCount())), seed);
		}
		catch (QuestionDrawException ex) {
			throw EntryRefusedException.of("no-questions");
		}
		List<EntryRepository.StoredQuestion> stored = new ArrayList<>();
		for (QuestionDraw.Drawn question : drawn) {
			QuestionView view = bank.byId().get(question.questionId());
			// the snapshot of what is shown: a later edit of the bank changes neither
			stored.add(new EntryRepository.StoredQuestion(stored.size() + 1, view.id(), view.kind(),
					question.optionOrder(), view.correctPositions(), Optional.empty(), view.text(),
					view.options().stream().map(QuestionOptionView::text).toList()));
		}
		AttemptDeadline deadline = round.deadline(contest.grace());
		String token = token();
		try {
			this.transactions.executeWithoutResult((status) -> {
				long id = this.entries.insertAttempt(participant.id(), round.id(), number, token, seed, now,
						deadline.endOf(now), contest.grace().toMillis());
				this.entries.insertQuestions(id, stored);
			});
		}
		catch (DuplicateKeyException ex) {
			// a concurrent start took this number or holds the round's running attempt
			// (unique keys): that running attempt is the participant's
			return this.entries.attempts(participant.id())
				.stream()
				.filter((a) -> a.roundId() == round.id() && !a.submitted())
				.map(EntryRepository.Attempt::token)
				.findFirst()
				.orElseThrow(() -> EntryRefusedException.of("no-attempts-left", round.attemptsAllowed()));
		}
		return token;
	}

	/**
	 * An attempt's page without its questions (one row read: the attempt), for the small
	 * page whose script fetches the questions ({@link #attempt}).
	 * @throws NotFoundException for an unknown contest or attempt token
	 */
	public AttemptHead attemptHead(String slug, String token) {
		ContestView contest = contest(slug);
		EntryRepository.Attempt attempt = attempt(contest, token);
		return new AttemptHead(contest, round(contest, attempt.roundId()), summary(attempt, null));
	}

	/**
	 * An attempt's page: its questions without their key and the answers saved.
	 * @throws NotFoundException for an unknown contest or attempt token
	 */
	public AttemptPage attempt(String slug, String token) {
		ContestView contest = contest(slug);
		EntryRepository.Attempt attempt = attempt(contest, token);
		List<EntryRepository.StoredQuestion> stored = this.entries.questions(attempt.id());
		// the texts kept at the draw; the bank only for attempts drawn before they were
		Map<Long, QuestionView> byId = stored.stream().allMatch((q) -> q.text() != null) ? Map.of()
				: bank(contest, stored);
		List<QuestionShown> shown = new ArrayList<>();
		for (EntryRepository.StoredQuestion question : stored) {
			shown.add(question.shown(byId::get));
		}
		ContestView.RoundView round = round(contest, attempt.roundId());
		return new AttemptPage(contest, round, summary(attempt, null), shown, EntryRepository.chosen(stored));
	}

	/**
	 * Saves one answer (idempotent: the same answer saved twice is stored once). An empty
	 * choice clears the answer.
	 * @param number the question's number in the attempt, from 1
	 * @param chosen the stored positions of the options chosen (one at most for a
	 * single-answer question)
	 * @throws NotFoundException for an unknown contest or attempt token
	 * @throws EntryRefusedException {@code contest.entry.submitted} when the attempt is
	 * submitted, {@code contest.entry.late} after its end plus the grace period,
	 * {@code contest.entry.answer} for a question or option that is not the attempt's
	 */
	public void saveAnswer(String slug, String token, int number, Set<Integer> chosen) {
		ContestView contest = contest(slug);
		EntryRepository.Attempt attempt = attempt(contest, token);
		Instant now = this.clock.instant();
		// only the question answered is read: one row, not the attempt's every question
		EntryRepository.StoredQuestion question = this.entries.question(attempt.id(), number)
			.orElseThrow(() -> EntryRefusedException.of("answer"));
		checkAnswer(question, chosen);
		requireOpen(attempt, now);
		this.transactions.executeWithoutResult((status) -> {
			if (!this.entries.lockOpen(attempt.id())) {
				throw EntryRefusedException.of("submitted");
			}
			this.entries.saveAnswer(attempt.id(), number, chosen, now);
		});
	}

	/**
	 * Saves several answers and, if {@code withPrediction}, the prediction at once: the
	 * batch the attempt page sends (docs/contest.md, "Saving answers"). All or nothing:
	 * every answer is checked against the attempt's questions before anything is written,
	 * in one short transaction under the attempt's row lock, so a refused batch changes
	 * nothing. Idempotent: an answer equal to the one saved is not written again, so a
	 * retried batch (its answer lost on the way) is harmless.
	 * @param answers by question number (from 1), the stored positions chosen; an empty
	 * set clears the answer
	 * @param withPrediction whether the batch carries the prediction ({@code null} then
	 * clears it)
	 * @param prediction a count, 0 to {@value #MAX_PREDICTION}, or {@code null}
	 * @return how many answers were written (0 when all were saved already)
	 * @throws NotFoundException for an unknown contest or attempt token
	 * @throws EntryRefusedException as {@link #saveAnswer} and {@link #savePrediction}
	 */
	public int saveAnswers(String slug, String token, Map<Integer, Set<Integer>> answers, boolean withPrediction,
			@Nullable Long prediction) {
		ContestView contest = contest(slug);
		EntryRepository.Attempt attempt = attempt(contest, token);
		Instant now = this.clock.instant();
		if (withPrediction) {
			checkPrediction(prediction);
		}
		requireOpen(attempt, now);
		Integer written = this.transactions.execute((status) -> {
			if (!this.entries.lockOpen(attempt.id())) {
				throw EntryRefusedException.of("submitted");
			}
			int count = 0;
			if (!answers.isEmpty()) {
				// read under the attempt's lock: what is compared is what is stored
				List<EntryRepository.StoredQuestion> questions = this.entries.questions(attempt.id());
				answers.forEach((number, chosen) -> checkAnswer(questions, number, chosen));
				for (Map.Entry<Integer, Set<Integer>> answer : answers.entrySet()) {
					if (!saved(questions, answer.getKey(), answer.getValue())) {
						this.entries.saveAnswer(attempt.id(), answer.getKey(), answer.getValue(), now);
						count++;
					}
				}
			}
			if (withPrediction) {
				this.entries.savePrediction(attempt.id(), prediction);
			}
			return count;
		});
		return (written != null) ? written : 0;
	}

	/**
	 * Saves the answer to the prediction question; {@code null} clears it.
	 * @param prediction a count, 0 to {@value #MAX_PREDICTION}
	 * @throws EntryRefusedException as {@link #saveAnswer}, or
	 * {@code contest.entry.problem.prediction} for a value out of range
	 */
	public void savePrediction(String slug, String token, @Nullable Long prediction) {
		ContestView contest = contest(slug);
		EntryRepository.Attempt attempt = attempt(contest, token);
		checkPrediction(prediction);
		requireOpen(attempt, this.clock.instant());
		this.transactions.executeWithoutResult((status) -> {
			if (!this.entries.lockOpen(attempt.id())) {
				throw EntryRefusedException.of("submitted");
			}
			this.entries.savePrediction(attempt.id(), prediction);
		});
	}

	/**
	 * Submits an attempt, once. The answers and prediction sent with it (the form sent
	 * without scripts) are saved first when the submission counts. The verdict is the
	 * server clock's ({@link AttemptDeadline#judge}): on time or within the grace period
	 * the submission counts; later, it is refused and the attempt closed with the answers
	 * saved before, scored. A retry, or the second of two concurrent submissions, gets
	 * the stored result.
	 * @param answers by question number, the stored positions chosen (may be empty)
	 * @param prediction the prediction sent with it, if any
	 * @throws NotFoundException for an unknown contest or attempt token
	 * @throws EntryRefusedException {@code contest.entry.answer} for answers that are not
	 * the attempt's, {@code contest.entry.problem.prediction} out of range (nothing
	 * submitted then)
	 */
	public SubmissionResult submit(String slug, String token, Map<Integer, Set<Integer>> answers,
			@Nullable Long prediction) {
		ContestView contest = contest(slug);
		EntryRepository.Attempt attempt = attempt(contest, token);
		if (attempt.submitted()) {
			return result(contest, attempt, false);
		}
		Instant now = this.clock.instant();
		AttemptDeadline.Verdict verdict = attempt.deadline().judge(attempt.startedAt(), now);
		if (verdict.counts()) {
			List<EntryRepository.StoredQuestion> stored = this.entries.questions(attempt.id());
			answers.forEach((number, chosen) -> checkAnswer(stored, number, chosen));
			checkPrediction(prediction);
		}
		boolean recorded = close(attempt, now, verdict, answers, prediction);
		return result(contest, attempt(contest, token), recorded);
	}

	/**
	 * The stored result of a submitted attempt; empty while it is not submitted (reading
	 * it never submits).
	 * @throws NotFoundException for an unknown contest or attempt token
	 */
	public Optional<SubmissionResult> result(String slug, String token) {
		ContestView contest = contest(slug);
		EntryRepository.Attempt attempt = attempt(contest, token);
		return attempt.submitted() ? Optional.of(result(contest, attempt, false)) : Optional.empty();
	}

	/**
	 * Closes online attempts left unsubmitted past their end plus grace period, as a late
	 * submission would (verdict {@code LATE}, submitted at the attempt's end, its saved
	 * answers and prediction scored), so that results are complete without the
	 * participants returning. Idempotent and safe beside submissions and other instances:
	 * each attempt is written only while not submitted ({@link #close}).
	 * @param limit the most attempts looked at in one call, at least 1
	 * @return the attempts closed by this call
	 */
	public int closeExpired(int limit) {
		Instant now = this.clock.instant();
		int closed = 0;
		for (EntryRepository.Attempt attempt : this.entries.openEndedBefore(now, limit)) {
			if (!attempt.deadline().judge(attempt.startedAt(), now).counts()
					&& close(attempt, now, AttemptDeadline.Verdict.LATE)) {
				closed++;
			}
		}
		return closed;
	}

	private boolean close(EntryRepository.Attempt attempt, Instant now, AttemptDeadline.Verdict verdict) {
		return close(attempt, now, verdict, Map.of(), null);
	}

	/**
	 * Records the submission and its score in one short transaction: the attempt's row is
	 * written only while not submitted, so exactly one of several concurrent calls
	 * records it.
	 */
	private boolean close(EntryRepository.Attempt attempt, Instant now, AttemptDeadline.Verdict verdict,
			Map<Integer, Set<Integer>> answers, @Nullable Long prediction) {
		Boolean recorded = this.transactions.execute((status) -> {
			if (!this.entries.lockOpen(attempt.id())) {
				return false;
			}
			// read under the attempt's lock: no save changes them before the commit
			List<EntryRepository.StoredQuestion> questions = this.entries.questions(attempt.id());
			boolean changed = false;
			if (verdict.counts()) {
				// the answers sent with the submission (all of them, from the form): only
				// those that differ from the ones saved are written
				for (Map.Entry<Integer, Set<Integer>> answer : answers.entrySet()) {
					if (!saved(questions, answer.getKey(), answer.getValue())) {
						this.entries.saveAnswer(attempt.id(), answer.getKey(), answer.getValue(), now);
						changed = true;
					}
				}
				if (prediction != null) {
					this.entries.savePrediction(attempt.id(), prediction);
				}
			}
			Instant submittedAt = verdict.counts() ? now : attempt.endsAt();
			long duration = Duration.between(attempt.startedAt(), submittedAt).toMillis();
			if (!this.entries.submit(attempt.id(), submittedAt, now, verdict, duration)) {
				return false;
			}
			int score = (int) (changed ? this.entries.questions(attempt.id()) : questions).stream()
				.filter(EntryRepository.StoredQuestion::answeredCorrectly)
				.count();
			this.entries.score(attempt.id(), score);
			return true;
		});
		return Boolean.TRUE.equals(recorded);
	}

	private SubmissionResult result(ContestView contest, EntryRepository.Attempt attempt, boolean recorded) {
		ContestView.RoundView round = round(contest, attempt.roundId());
		long used = this.entries.attempts(attempt.participantId())
			.stream()
			.filter((a) -> a.roundId() == round.id() && !a.paper())
			.count();
		return new SubmissionResult(
				summary(attempt, this.entries.participantById(attempt.participantId()).orElse(null)), round,
				(int) Math.max(0, round.attemptsAllowed() - used), recorded);
	}

	private Optional<AttemptSummary> counted(ContestView contest, ContestView.RoundView round,
			EntryRepository.Participant participant, List<AttemptSummary> attempts) {
		List<AttemptSummary> scored = attempts.stream().filter(AttemptSummary::submitted).toList();
		if (scored.isEmpty()) {
			return Optional.empty();
		}
		List<ScoredAttempt> asScored = scored.stream()
			.map((a) -> new ScoredAttempt(participant.token(), participant.groupCode(), a.number(),
					java.math.BigDecimal.valueOf(a.score()), a.prediction(), a.duration(), a.submittedAt()))
			.toList();
		OptionalLong trueValue = (contest.predictionTrueValue() != null)
				? OptionalLong.of(contest.predictionTrueValue()) : OptionalLong.empty();
		int number = round.policy().counted(asScored, contest.tieBreaks(), trueValue).number();
		return scored.stream().filter((a) -> a.number() == number).findFirst();
	}

	private static void checkAnswer(List<EntryRepository.StoredQuestion> stored, int number, Set<Integer> chosen) {
		if (number < 1 || number > stored.size()) {
			throw EntryRefusedException.of("answer");
		}
		checkAnswer(stored.get(number - 1), chosen);
	}

	private static void checkAnswer(EntryRepository.StoredQuestion question, Set<Integer> chosen) {
		if ((question.kind() == QuestionKind.SINGLE && chosen.size() > 1)
				|| !new HashSet<>(question.optionOrder()).containsAll(chosen)) {
			throw EntryRefusedException.of("answer");
		}
	}

	/** Whether this answer is the one saved for the question numbered {@code number}. */
	private static boolean saved(List<EntryRepository.StoredQuestion> questions, int number, Set<Integer> chosen) {
		if (number < 1 || number > questions.size()) {
			return false;
		}
		Optional<Set<Integer>> stored = questions.get(number - 1).chosen();
		return chosen.isEmpty() ? stored.isEmpty() : stored.filter(chosen::equals).isPresent();
	}

	private static void checkPrediction(@Nullable Long prediction) {
		if (prediction != null && (prediction < 0 || prediction > MAX_PREDICTION)) {
			throw new EntryRefusedException(List.of(problem("prediction", "range", MAX_PREDICTION)));
		}
	}

	private static void requireOpen(EntryRepository.Attempt attempt, Instant now) {
		if (attempt.submitted()) {
			throw EntryRefusedException.of("submitted");
		}
		if (!attempt.deadline().judge(attempt.startedAt(), now).counts()) {
			throw EntryRefusedException.of("late");
		}
	}

	/**
	 * Refuses personal data for a contest whose participants were anonymised
	 * ({@link ContestRetention}): its retention period is over, so nothing personal is
	 * taken into it again (docs/contest.md, Retention).
	 * @throws EntryRefusedException {@code contest.entry.anonymised}
	 */
	void requireNotAnonymised(ContestView contest) {
		if (this.entries.anonymised(contest.id())) {
			throw EntryRefusedException.of("anonymised");
		}
	}

	private static ContestView.RoundView requireOpenRound(ContestView contest, Instant now) {
		// "not open now" before the opening and between rounds; "over" after the last
		return contest.openRound(now)
			.orElseThrow(() -> EntryRefusedException.of(contest.over(now) ? "over" : "closed"));
	}

	private Map<Long, QuestionView> bank(ContestView contest, List<EntryRepository.StoredQuestion> stored) {
		java.util.HashMap<Long, QuestionView> found = new java.util.HashMap<>();
		List<Long> banks = new ArrayList<>();
		if (contest.questionBankId() != null) {
			banks.add(contest.questionBankId());
		}
		contest.groups()
			.stream()
			.map(ContestView.GroupView::questionBankId)
			.filter((id) -> id != null)
			.forEach(banks::add);
		for (Long bankId : banks) {
			found.putAll(this.catalog.bank(bankId).byId());
		}
		for (EntryRepository.StoredQuestion question : stored) {
			if (!found.containsKey(question.questionId())) {
				// retired since the attempt started, or its bank changed: read it once
				found.put(question.questionId(), this.catalog.question(question.questionId()));
			}
		}
		return found;
	}

	private EntryRepository.Participant participant(ContestView contest, String token) {
		return this.entries.participant(contest.id(), token)
			.orElseThrow(() -> new NotFoundException("contest.entry.unknown"));
	}

	private EntryRepository.Attempt attempt(ContestView contest, String token) {
		return this.entries.attempt(contest.id(), token)
			.orElseThrow(() -> new NotFoundException("contest.entry.unknown"));
	}

	private static ContestView.RoundView round(ContestView contest, long roundId) {
		return contest.rounds().stream().filter((r) -> r.id() == roundId).findFirst().orElseThrow();
	}

	private static AttemptSummary summary(EntryRepository.Attempt a, EntryRepository.@Nullable Participant p) {
		return new AttemptSummary(a.token(), (p != null) ? p.token() : "", a.roundId(), a.number(), a.startedAt(),
				a.endsAt(), a.endsAt().plusMillis(a.graceMs()), Optional.ofNullable(a.verdict()), a.score(),
				a.questionCount(),
				(a.durationMs() != null) ? Optional.of(Duration.ofMillis(a.durationMs())) : Optional.empty(),
				(a.prediction() != null) ? OptionalLong.of(a.prediction()) : OptionalLong.empty(), a.submittedAt());
	}

	private static Optional<LocalDate> birthDate(String typed, List<ContestProblem> problems) {
		if (typed.isEmpty()) {
			problems.add(problem("birthDate", "required"));
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(typed));
		}
		catch (DateTimeParseException ex) {
			problems.add(problem("birthDate", "date", typed));
			return Optional.empty();
		}
	}

	/** Age at the contest's start, in whole years, in Vietnam's calendar. */
	private static void checkAge(ContestView contest, LocalDate birth, List<ContestProblem> problems) {
		LocalDate start = contest.opensAt().atZone(VIETNAM).toLocalDate();
		if (birth.isAfter(start)) {
			problems.add(problem("birthDate", "future"));
			return;
		}
		int age = Period.between(birth, start).getYears();
		if (contest.minAge() != null && age < contest.minAge()) {
			problems.add(problem("birthDate", "age.min", contest.minAge(), age));
		}
		if (contest.maxAge() != null && age > contest.maxAge()) {
			problems.add(problem("birthDate", "age.max", contest.maxAge(), age));
		}
	}

	private Optional<Long> unit(String typed) {
		try {
			long id = Long.parseLong(typed.strip());
			return this.catalog.units().stream().filter((u) -> u.id() == id).map(EntryUnit::id).findFirst();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	static ContestProblem problem(String field, String key, Object... arguments) {
		return new ContestProblem(field, "contest.entry.problem." + field + "." + key, List.of(arguments));
	}

	/** 32 random bytes, url-safe: 43 characters that nobody guesses. */
	static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
