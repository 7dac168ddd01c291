package org.parindex.contest;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.SheetNumbers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paper entries of a contest (issue 11 item 4), for the contest committee.
 * <ul>
 * <li>A round's <em>paper form</em> is one fixed question set: drawn by the round's own
 * draw (its number of questions from the contest's bank, {@link QuestionDraw}, options
 * shuffled), stored with the answer key of that moment, printed, and drawn again only
 * while no paper form of the round has been keyed.</li>
 * <li>A keyed form is checked as a registration is ({@link EntryService#check}: CCCD,
 * phone, age, group, unit, consent), its answers against the form, its prediction, and
 * its received day (or postmark day) against the round's window; it is stored as a
 * participant and a submitted attempt marked as paper, scored by {@link QuestionScoring},
 * without a duration. Bad input is refused with every problem named and nothing
 * stored.</li>
 * <li>Online and paper for one CCCD: one identity per CCCD per contest, so a form for a
 * CCCD registered online (with the same date of birth) becomes another attempt of that
 * participant; both are kept, the round's {@link AttemptPolicy} decides which counts, and
 * the results flag the person. A paper attempt does not use the online allowance.</li>
 * <li>Sheet numbers and double entry ({@link #key}, {@link #resolve}): a sheet number is
 * stored once per contest; with double entry on (per contest, off by default) a form
 * counts only when a second account's keying agrees with the first, or once the committee
 * resolved the differences field by field; until then it is held, neither scored nor
 * ranked.</li>
 * </ul>
 * Sources: {@code shared/domain/contest.md} (Paper entries), {@code docs/contest.md}.
 */
@Service
public class ContestPaperService {

	/** The consent version stored for a consent ticked on a paper form. */
	public static final String PAPER_CONSENT_VERSION = "paper-" + EntryService.CONSENT_VERSION;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ContestRepository contests;

	private final ContestCatalog catalog;

	private final PaperFormRepository forms;

	private final ContestSheetRepository sheets;

	private final EntryRepository entries;

	private final EntryService entryService;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContestPaperService(ContestRepository contests, ContestCatalog catalog, PaperFormRepository forms,
			ContestSheetRepository sheets, EntryRepository entries, EntryService entryService,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.contests = contests;
		this.catalog = catalog;
		this.forms = forms;
		this.sheets = sheets;
		this.entries = entries;
		this.entryService = entryService;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The paper forms of every round of a contest.
	 * @throws NotFoundException for an unknown contest
	 */
	public List<PaperForm> forms(long contestId) {
		ContestView contest = contest(contestId);
		return contest.rounds().stream().map((round) -> form(contest, round)).toList();
	}

	/**
	 * A round's paper form (its questions empty while it is not fixed).
	 * @throws NotFoundException for an unknown contest or round
	 */
	public PaperForm form(long contestId, long roundId) {
		ContestView contest = contest(contestId);
		return form(contest, round(contest, roundId));
	}

	/**
	 * Fixes a round's paper form, drawing it again when it is fixed already:
	 * {@link #fix(long, long, Optional)} with the form as it is now.
	 * @throws NotFoundException for an unknown contest or round
	 * @throws EntryRefusedException as {@link #fix(long, long, Optional)}
	 */
	public PaperForm fix(long contestId, long roundId) {
		return fix(contestId, roundId, this.forms.fixedAt(roundId));
	}

	/**
	 * Fixes a round's paper form: draws its questions by the round's draw and stores them
	 * with their key, audited ({@code contest-paper-form-fixed}). A form already fixed is
	 * drawn again only while no paper entry of the round exists. Idempotent for a button
	 * clicked twice: the request says which form its page showed ({@code seen}: when it
	 * was fixed, empty for none), and when the form was fixed or drawn again since (by
	 * the first click), the form is returned as it is, not drawn again. Requests for one
	 * contest follow each other under the contest's row lock, also before the round's
	 * form row exists.
	 * @param seen when the form the page showed was fixed, to the millisecond; empty when
	 * it showed none
	 * @throws NotFoundException for an unknown contest or round
	 * @throws EntryRefusedException {@code contest.paper.fixed} once a paper entry of the
	 * round exists, {@code contest.entry.no-questions} when the contest's bank cannot
	 * fill the draw; nothing changes then
	 */
	public PaperForm fix(long contestId, long roundId, Optional<Instant> seen) {
		ContestView contest = contest(contestId);
		ContestView.RoundView round = round(contest, roundId);
		if (contest.questionBankId() == null) {
			throw EntryRefusedException.of("no-questions");
		}
		ContestCatalog.BankQuestions bank = this.catalog.bank(contest.questionBankId());
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
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> {
			this.contests.lock(contestId).orElseThrow(() -> new NotFoundException("contest.unknown", contestId));
			this.forms.lock(roundId);
			Optional<Long> current = this.forms.fixedAt(roundId).map(Instant::toEpochMilli);
			if (!current.equals(seen.map(Instant::toEpochMilli))) {
				// fixed or drawn again since the page was shown: the first click's form
				return;
			}
			if (this.entries.paperAttempts(roundId) > 0 || this.sheets.held(roundId) > 0) {
				throw new EntryRefusedException(
						List.of(new ContestProblem("", "contest.paper.fixed", List.of(round.name()))));
			}
			this.forms.replace(roundId, seed, now, stored);
			this.events.publishEvent(
					AuditableChange.of("contest", contest.slug(), "contest-paper-form-fixed", "", round.name(), ""));
		});
		return form(contest, round);
	}

	/**
	 * Stores a keyed paper form of a round, scored by {@link QuestionScoring} against the
	 * form's key.
	 * @return what was stored, for the message of the next empty form
	 * @throws NotFoundException for an unknown contest or round
	 * @throws EntryRefusedException with every problem of the form: the registration's
	 * ({@code contest.entry.problem.*}, the parent's or guardian's name and consent of a
	 * participant under 18 on the day received among them) and the paper's
	 * ({@code contest.paper.problem.*}: answers of the wrong count, a letter the question
	 * does not have, two letters for a single-answer question, a received day outside the
	 * round's window, a CCCD registered with another date of birth),
	 * {@code contest.paper.no-form} while the round's form is not fixed,
	 * {@code contest.entry.anonymised} once the contest's personal data was anonymised,
	 * {@code contest.entry.problem.phone.taken} when the contest takes one registration
	 * per phone and another person has it; nothing is stored then. A form stored is
	 * audited ({@code contest-paper-entry-saved}).
	 */
	public PaperEntrySaved enter(long contestId, long roundId, PaperEntry entry) {
		ContestView contest = contest(contestId);
		ContestView.RoundView round = round(contest, roundId);
		return save(prepare(contest, round, entry, new ArrayList<>()), null);
	}

	/**
	 * Checks and scores a keyed form without storing it.
	 * @param problems problems found before (the sheet number's), refused with the form's
	 * @throws EntryRefusedException with every problem, as {@link #enter}
	 */
	private Keyed prepare(ContestView contest, ContestView.RoundView round, PaperEntry entry,
			List<ContestProblem> problems) {
		long roundId = round.id();
		List<EntryRepository.StoredQuestion> questions = this.forms.questions(roundId);
		if (questions.isEmpty()) {
			throw new EntryRefusedException(
					List.of(new ContestProblem("", "contest.paper.no-form", List.of(round.name()))));
		}
		String isoBirth = isoDay(entry.birthDate()).orElse(entry.birthDate().isEmpty() ? "" : "?");
		Register register = new Register(entry.fullName(), isoBirth, entry.cccd(), entry.phone(), entry.groupCode(),
				entry.unitId(), entry.address(), entry.consent(), entry.publishResult(), entry.guardianName(),
				entry.guardianConsent());
		EntryService.Checked checked = this.entryService.check(contest, register, problems);
		if (isoBirth.equals("?")) {
			// name the date as typed, not the placeholder
			problems.replaceAll((p) -> p.field().equals("birthDate")
					? EntryService.problem("birthDate", "date", entry.birthDate()) : p);
		}
		List<Set<Integer>> answers = answers(entry.answers(), questions, problems);
		Long prediction = prediction(entry.prediction(), problems);
		PaperForm form = form(contest, round);
		LocalDate admitted = admittedDay(entry, form, problems);
		// a participant under 18 on the day the form was received: the parent's or
		// guardian's name and consent box of the form are required, as online
		Optional<String> receivedDay = isoDay(entry.receivedOn());
		boolean minor = receivedDay.isPresent() && EntryService.checkGuardian(register,
				LocalDate.parse(receivedDay.get()).atStartOfDay(EntryService.VIETNAM).toInstant(), problems);
		Optional<Map.Entry<Long, Optional<LocalDate>>> existing = this.entries.participantByCccd(contest.id(),
				entry.cccd());
		if (problems.isEmpty() && existing.isPresent()
				&& !existing.get().getValue().equals(Optional.of(checked.birthDate()))) {
			problems.add(paperProblem("cccd", "other-birth"));
		}
		if (!problems.isEmpty()) {
			throw new EntryRefusedException(problems);
		}
		List<EntryRepository.StoredQuestion> answered = new ArrayList<>();
		int score = 0;
		for (EntryRepository.StoredQuestion question : questions) {
			Set<Integer> chosen = answers.get(question.position() - 1);
			EntryRepository.StoredQuestion keyed = question.answered(Optional.of(chosen));
			if (keyed.answeredCorrectly()) {
				score++;
			}
			answered.add(keyed);
		}
		Instant now = this.clock.instant();
		Instant submittedAt = admitted.atStartOfDay(EntryService.VIETNAM).toInstant();
		if (submittedAt.isBefore(round.opensAt())) {
			submittedAt = round.opensAt();
		}
		if (submittedAt.isAfter(round.closesAt())) {
			submittedAt = round.closesAt();
		}
		Instant at = submittedAt;
		int total = score;
		LocalDate postmark = isoDay(entry.postmarkedOn()).map(LocalDate::parse).orElse(null);
		LocalDate received = LocalDate.parse(isoDay(entry.receivedOn()).orElseThrow());
		return new Keyed(contest, round, form.seed(), register, checked, answered, at, now, prediction, total, received,
				postmark, minor ? entry.guardianName().strip() : null);
	}

	/**
	 * Stores a prepared form, keyed again once when a concurrent entry registered the
	 * same person (or took the sheet number) in between.
	 * @param stored run in the storing transaction with the new attempt's id (the sheet's
	 * bookkeeping); may refuse, and then nothing is stored
	 */
	private PaperEntrySaved save(Keyed keyed, @Nullable AttemptStored stored) {
		boolean alsoOnline;
		try {
			alsoOnline = store(keyed, stored);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent entry (another operator, another round) registered the same
			// person between the look-up and the insert: keyed again, it finds them
			try {
				alsoOnline = store(keyed, stored);
			}
			catch (DuplicateKeyException again) {
				if (keyed.contest().onePerPhone() && this.entries.phoneTakenByOther(keyed.contest().id(),
						keyed.checked().phone(), keyed.register().cccd())) {
					throw new EntryRefusedException(List.of(EntryService.problem("phone", "taken")));
				}
				throw again;
			}
		}
		return new PaperEntrySaved(keyed.register().fullName().strip(), keyed.score(), keyed.answered().size(),
				alsoOnline);
	}

	/** What storing a sheet's attempt also does, inside the same transaction. */
	@FunctionalInterface
	private interface AttemptStored {

		void stored(long attemptId);

	}

	/** A checked, scored paper form ready to be stored. */
	private record Keyed(ContestView contest, ContestView.RoundView round, long seed, Register register,
			EntryService.Checked checked, List<EntryRepository.StoredQuestion> answered, Instant submittedAt,
			Instant now, @Nullable Long prediction, int score, LocalDate received, @Nullable LocalDate postmark,
			@Nullable String guardianName) {
	}

	/**
	 * Stores a paper entry in one transaction under the round's form lock: the person is
	 * looked up by CCCD inside it (registered if new, refused when registered with
	 * another date of birth), the attempt numbered and stored with its answers, and the
	 * entry audited ({@code contest-paper-entry-saved}: the round, the attempt's number
	 * and the score; no personal data, which the audit trail would keep past the
	 * retention period).
	 * @return whether the person also entered online
	 */
	private boolean store(Keyed keyed, @Nullable AttemptStored stored) {
		long roundId = keyed.round().id();
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			if (!this.forms.lock(roundId) || this.forms.seed(roundId) != keyed.seed()) {
				throw new EntryRefusedException(
						List.of(new ContestProblem("", "contest.paper.no-form", List.of(keyed.round().name()))));
			}
			this.entryService.requireNotAnonymised(keyed.contest());
			Optional<Map.Entry<Long, Optional<LocalDate>>> existing = this.entries
				.participantByCccd(keyed.contest().id(), keyed.register().cccd());
			long participantId;
			if (existing.isPresent()) {
				if (!existing.get().getValue().equals(Optional.of(keyed.checked().birthDate()))) {
					throw new EntryRefusedException(List.of(paperProblem("cccd", "other-birth")));
				}
				participantId = existing.get().getKey();
			}
			else {
				String token = EntryService.token();
				this.entries.insertParticipant(keyed.contest().id(), token, keyed.register(),
						keyed.checked().birthDate(), keyed.checked().phone(), keyed.contest().onePerPhone(),
						keyed.checked().unitId(), keyed.now(), PAPER_CONSENT_VERSION, keyed.guardianName());
				participantId = this.entries.participantId(token);
			}
			boolean online = this.entries.attempts(participantId).stream().anyMatch((a) -> !a.paper());
			int number = this.entries.nextNumber(participantId, roundId);
			long attemptId = this.entries.insertPaperAttempt(participantId, roundId, number, EntryService.token(),
					keyed.seed(), keyed.submittedAt(), keyed.now(), keyed.prediction(), keyed.score(), keyed.received(),
					keyed.postmark());
			this.entries.insertAnsweredQuestions(attemptId, keyed.answered(), keyed.now());
			if (stored != null) {
				stored.stored(attemptId);
			}
			this.events.publishEvent(AuditableChange.of("contest", keyed.contest().slug(), "contest-paper-entry-saved",
					"", keyed.round().name() + " #" + number + ": " + keyed.score() + "/" + keyed.answered().size(),
					""));
			return online;
		}));
	}

	/** The longest sheet number, in characters. */
	public static final int MAX_SHEET_NUMBER = 40;

	/**
	 * The fields of a paper form in the form's order (components of {@link PaperEntry}).
	 */
	public static final List<String> FIELDS = List.of("fullName", "birthDate", "cccd", "phone", "groupCode", "unitId",
			"address", "consent", "publishResult", "guardianName", "guardianConsent", "answers", "prediction",
			"receivedOn", "postmarkedOn");

	/**
	 * Whether the contest asks for double entry: each paper form keyed by two different
	 * accounts before it counts.
	 * @throws NotFoundException for an unknown contest
	 */
	public boolean doubleEntry(long contestId) {
		contest(contestId);
		return this.sheets.doubleEntry(contestId);
	}

	/**
	 * Turns double entry on or off for a contest, audited
	 * ({@code contest-paper-double-entry}).
	 * @throws NotFoundException for an unknown contest
	 * @throws EntryRefusedException {@code contest.paper.double.pending} when turning it
	 * off while sheets wait for a second keying or for the committee (they would never
	 * count); nothing changes then
	 */
	public void setDoubleEntry(long contestId, boolean on) {
		ContestView contest = contest(contestId);
		this.transactions.executeWithoutResult((status) -> {
			this.contests.lock(contestId).orElseThrow(() -> new NotFoundException("contest.unknown", contestId));
			boolean before = this.sheets.doubleEntry(contestId);
			if (before == on) {
				return;
			}
			int pending = this.sheets.pending(contestId).size();
			if (!on && pending > 0) {
				throw new EntryRefusedException(
						List.of(new ContestProblem("", "contest.paper.double.pending", List.of(pending))));
			}
			this.sheets.setDoubleEntry(contestId, on);
			this.events.publishEvent(AuditableChange.of("contest", contest.slug(), "contest-paper-double-entry",
					String.valueOf(before), String.valueOf(on), ""));
		});
	}

	/**
	 * Keys a paper sheet identified by its sheet number, which is unique in the contest
	 * (a form is never stored twice). The form is checked as {@link #enter} checks it
	 * whatever happens next.
	 * <ul>
	 * <li>Without double entry: stored at once (the sheet number optional; when given,
	 * another form of that number is refused).</li>
	 * <li>With double entry (the sheet number required): the first keying is held, not
	 * scored nor ranked ({@code contest-paper-sheet-held}); a second keying by another
	 * account that agrees on every field ({@link #FIELDS}, compared as read: the CCCD
	 * without separators, days as days, answers as the options they choose, the
	 * prediction as a number, names and addresses without extra spaces) stores the form
	 * ({@code contest-paper-sheet-agreed}); one that differs is held with the differences
	 * for the committee ({@code contest-paper-sheet-differs}, naming the fields), who
	 * resolves them with {@link #resolve}.</li>
	 * </ul>
	 * @param sheetNumber as written on the sheet, read by {@link SheetNumbers#read} as
	 * the survey's paper entry reads its sheets ({@code 07}, {@code Số 7} and {@code 7.}
	 * are sheet 7; {@code a 001} is {@code A001}), at most {@value #MAX_SHEET_NUMBER}
	 * characters
	 * @param account the signed-in account keying it
	 * @throws NotFoundException for an unknown contest or round
	 * @throws EntryRefusedException the problems of {@link #enter}, and on the sheet
	 * number ({@code contest.paper.problem.sheetNumber.*}): required, too long, other
	 * characters, a number below 1, digits whose separators leave it unclear, stored
	 * already, waiting for the committee, keyed for another round, or keyed first by the
	 * same account; nothing is stored then
	 */
	public PaperKeying key(long contestId, long roundId, String sheetNumber, PaperEntry entry, String account) {
		ContestView contest = contest(contestId);
		ContestView.RoundView round = round(contest, roundId);
		boolean twice = this.sheets.doubleEntry(contestId);
		List<ContestProblem> problems = new ArrayList<>();
		String sheet = readSheet(sheetNumber, problems);
		if (sheet.isEmpty() && twice && problems.isEmpty()) {
			problems.add(paperProblem("sheetNumber", "required"));
		}
		Keyed keyed = prepare(contest, round, entry, problems);
		if (sheet.isEmpty()) {
			return new PaperKeying(PaperKeying.Outcome.STORED, "", Optional.of(save(keyed, null)), List.of());
		}
		if (!twice) {
			PaperEntrySaved saved = save(keyed, (attemptId) -> {
				Optional<ContestSheetRepository.Row> row = this.sheets.lock(contestId, sheet);
				if (row.isPresent()) {
					throw new EntryRefusedException(List.of(paperProblem("sheetNumber", "stored", sheet)));
				}
				this.sheets.insertFirst(contestId, roundId, sheet, account, keyed.now(), entry, attemptId);
			});
			return new PaperKeying(PaperKeying.Outcome.STORED, sheet, Optional.of(saved), List.of());
		}
		List<EntryRepository.StoredQuestion> questions = this.forms.questions(roundId);
		PaperKeying held = this.transactions.execute((status) -> {
			this.contests.lock(contestId).orElseThrow(() -> new NotFoundException("contest.unknown", contestId));
			Optional<ContestSheetRepository.Row> found = this.sheets.lock(contestId, sheet);
			if (found.isEmpty()) {
				this.sheets.insertFirst(contestId, roundId, sheet, account, keyed.now(), entry, null);
				this.events.publishEvent(AuditableChange.of("contest", contest.slug(), "contest-paper-sheet-held", "",
						round.name() + " " + sheet, ""));
				return new PaperKeying(PaperKeying.Outcome.HELD, sheet, Optional.empty(), List.of());
			}
			ContestSheetRepository.Row row = found.get();
			refuseSecond(row, roundId, account);
			List<String> differences = differences(row.first(), entry, questions);
			if (differences.isEmpty()) {
				return null;
			}
			this.sheets.second(row.id(), account, keyed.now(), entry, null);
			this.events.publishEvent(AuditableChange.of("contest", contest.slug(), "contest-paper-sheet-differs", "",
					round.name() + " " + sheet + ": " + String.join(", ", differences), ""));
			return new PaperKeying(PaperKeying.Outcome.DIFFERENT, sheet, Optional.empty(), differences);
		});
		if (held != null) {
			return held;
		}
		PaperEntrySaved saved = save(keyed, (attemptId) -> {
			ContestSheetRepository.Row row = this.sheets.lock(contestId, sheet).orElseThrow();
			refuseSecond(row, roundId, account);
			this.sheets.second(row.id(), account, keyed.now(), entry, attemptId);
			this.events.publishEvent(AuditableChange.of("contest", contest.slug(), "contest-paper-sheet-agreed", "",
					round.name() + " " + sheet, ""));
		});
		return new PaperKeying(PaperKeying.Outcome.STORED, sheet, Optional.of(saved), List.of());
	}

	/** Refuses a second keying of a sheet that cannot take one. */
	private static void refuseSecond(ContestSheetRepository.Row row, long roundId, String account) {
		if (row.attemptId() != null) {
			throw new EntryRefusedException(List.of(paperProblem("sheetNumber", "stored", row.sheetNumber())));
		}
		if (row.secondBy() != null) {
			throw new EntryRefusedException(List.of(paperProblem("sheetNumber", "different", row.sheetNumber())));
		}
		if (row.roundId() != roundId) {
			throw new EntryRefusedException(List.of(paperProblem("sheetNumber", "round", row.sheetNumber())));
		}
		if (row.firstBy().equals(account)) {
			throw new EntryRefusedException(List.of(paperProblem("sheetNumber", "same-account", row.sheetNumber())));
		}
	}

	/**
	 * The contest's sheets that do not count yet (held for a second keying, or keyed
	 * twice with differences), by sheet number.
	 * @throws NotFoundException for an unknown contest
	 */
	public List<PaperSheet> pendingSheets(long contestId) {
		ContestView contest = contest(contestId);
		return this.sheets.pending(contestId).stream().map((row) -> sheet(contest, row)).toList();
	}

	/**
	 * A sheet that does not count yet.
	 * @throws NotFoundException for an unknown contest, or a sheet number that is not
	 * pending in it
	 */
	public PaperSheet pendingSheet(long contestId, String sheetNumber) {
		ContestView contest = contest(contestId);
		return this.sheets.find(contestId, normalizeSheet(sheetNumber))
			.filter((row) -> row.attemptId() == null)
			.map((row) -> sheet(contest, row))
			.orElseThrow(() -> new NotFoundException("contest.unknown", contestId));
	}

	/**
	 * Resolves a sheet keyed twice with differences: the committee's form (each field
	 * chosen from one keying or corrected) is checked as {@link #enter} checks it and
	 * stored, audited ({@code contest-paper-sheet-resolved}, naming the fields that
	 * differ from the first keying).
	 * @param account the committee member resolving it
	 * @throws NotFoundException for an unknown contest
	 * @throws EntryRefusedException the problems of {@link #enter};
	 * {@code contest.paper.problem.sheetNumber.not-different} for a sheet that was not
	 * keyed twice with differences or counts already; nothing is stored then
	 */
	public PaperEntrySaved resolve(long contestId, String sheetNumber, PaperEntry entry, String account) {
		ContestView contest = contest(contestId);
		String sheet = normalizeSheet(sheetNumber);
		ContestSheetRepository.Row row = this.sheets.find(contestId, sheet)
			.filter((r) -> r.attemptId() == null && r.secondBy() != null)
			.orElseThrow(() -> new EntryRefusedException(List.of(paperProblem("sheetNumber", "not-different", sheet))));
		ContestView.RoundView round = round(contest, row.roundId());
		Keyed keyed = prepare(contest, round, entry, new ArrayList<>());
		List<String> changed = differences(row.first(), entry, this.forms.questions(round.id()));
		return save(keyed, (attemptId) -> {
			ContestSheetRepository.Row locked = this.sheets.lock(contestId, sheet).orElseThrow();
			if (locked.attemptId() != null) {
				throw new EntryRefusedException(List.of(paperProblem("sheetNumber", "stored", sheet)));
			}
			this.sheets.resolved(locked.id(), account, entry, attemptId);
			this.events.publishEvent(AuditableChange.of("contest", contest.slug(), "contest-paper-sheet-resolved", "",
					round.name() + " " + sheet + ": " + String.join(", ", changed), ""));
		});
	}

	private PaperSheet sheet(ContestView contest, ContestSheetRepository.Row row) {
		ContestView.RoundView round = round(contest, row.roundId());
		List<String> differences = (row.second() != null)
				? differences(row.first(), row.second(), this.forms.questions(round.id())) : List.of();
		return new PaperSheet(row.sheetNumber(), round.id(), round.name(), row.firstBy(), row.firstAt(), row.first(),
				row.secondBy(), row.second(), differences);
	}

	/**
	 * A sheet number looked up: as {@link SheetNumbers#read} stores it, or as typed (in
	 * capitals) when it is no sheet number, which then finds nothing.
	 */
	static String normalizeSheet(@Nullable String typed) {
		try {
			return SheetNumbers.read(typed, MAX_SHEET_NUMBER);
		}
		catch (SheetNumbers.UnreadableException ex) {
			return (typed != null) ? typed.strip().toUpperCase(java.util.Locale.ROOT) : "";
		}
	}

	/**
	 * The sheet number as stored, or {@code ""} with the problem added (said with the
	 * form's other problems; {@link #prepare} refuses the form then).
	 */
	private static String readSheet(String typed, List<ContestProblem> problems) {
		try {
			return SheetNumbers.read(typed, MAX_SHEET_NUMBER);
		}
		catch (SheetNumbers.UnreadableException ex) {
			problems.add(sheetProblem(ex, typed));
			return "";
		}
	}

	private static ContestProblem sheetProblem(SheetNumbers.UnreadableException ex, String typed) {
		// as typed, its invisible characters as codes
		String shown = org.parindex.platform.Text.printable(typed.strip());
		return switch (ex.problem()) {
			case POSITIVE -> paperProblem("sheetNumber", "positive", shown);
			case UNCLEAR -> paperProblem("sheetNumber", "unclear", shown);
			case LENGTH -> paperProblem("sheetNumber", "length", MAX_SHEET_NUMBER);
			case LARGE -> paperProblem("sheetNumber", "large", shown, SheetNumbers.MAX_DIGITS);
			case CHARACTERS -> ex.character().isEmpty() ? paperProblem("sheetNumber", "characters", MAX_SHEET_NUMBER)
					: paperProblem("sheetNumber", "character", ex.character(), shown, MAX_SHEET_NUMBER);
		};
	}

	/**
	 * The fields ({@link #FIELDS}) on which two keyings of one form differ, each compared
	 * as read.
	 */
	static List<String> differences(PaperEntry first, PaperEntry second,
			List<EntryRepository.StoredQuestion> questions) {
		Map<String, String> a = canonical(first, questions);
		Map<String, String> b = canonical(second, questions);
		return FIELDS.stream().filter((field) -> !a.get(field).equals(b.get(field))).toList();
	}

	private static Map<String, String> canonical(PaperEntry entry, List<EntryRepository.StoredQuestion> questions) {
		Map<String, String> values = new java.util.HashMap<>();
		values.put("fullName", spaces(entry.fullName()));
		values.put("birthDate", isoDay(entry.birthDate()).orElse(entry.birthDate()));
		values.put("cccd", entry.cccd());
		values.put("phone", entry.phone().replaceAll("[^0-9+]", ""));
		values.put("groupCode", entry.groupCode().strip());
		values.put("unitId", entry.unitId().strip());
		values.put("address", spaces(entry.address()));
		values.put("consent", String.valueOf(entry.consent()));
		values.put("publishResult", String.valueOf(entry.publishResult()));
		values.put("guardianName", spaces(entry.guardianName()));
		values.put("guardianConsent", String.valueOf(entry.guardianConsent()));
		List<ContestProblem> ignored = new ArrayList<>();
		List<Set<Integer>> answers = answers(entry.answers(), questions, ignored);
		values.put("answers",
				ignored.isEmpty()
						? answers.stream().map((set) -> new java.util.TreeSet<>(set).toString()).toList().toString()
						: entry.answers());
		Long prediction = prediction(entry.prediction(), ignored);
		values.put("prediction", (prediction != null) ? prediction.toString() : entry.prediction());
		values.put("receivedOn", isoDay(entry.receivedOn()).orElse(entry.receivedOn()));
		values.put("postmarkedOn", isoDay(entry.postmarkedOn()).orElse(entry.postmarkedOn()));
		return values;
	}

	private static String spaces(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	/**
	 * The answers typed, one set of stored positions per question; problems added for a
	 * wrong count, an unknown letter or two letters for a single-answer question.
	 */
	private static List<Set<Integer>> answers(String typed, List<EntryRepository.StoredQuestion> questions,
			List<ContestProblem> problems) {
		String upper = typed.toUpperCase(java.util.Locale.ROOT);
		List<String> tokens = new ArrayList<>();
		if (upper.matches(".*[\\s,;].*")) {
			for (String token : upper.split("[\\s,;]+")) {
				if (!token.isEmpty()) {
					tokens.add(token);
				}
			}
		}
		else {
			upper.codePoints().forEach((c) -> tokens.add(new String(Character.toChars(c))));
		}
		if (tokens.size() != questions.size()) {
			problems.add(paperProblem("answers", "count", questions.size(), tokens.size()));
			return List.of();
		}
		List<Set<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			EntryRepository.StoredQuestion question = questions.get(i);
			String token = tokens.get(i);
			Set<Integer> chosen = new HashSet<>();
			if (!token.equals("-")) {
				for (char letter : token.toCharArray()) {
					int shown = letter - 'A';
					if (shown < 0 || shown >= question.optionOrder().size()
							|| !chosen.add(question.optionOrder().get(shown))) {
						problems.add(paperProblem("answers", "letter", i + 1, token));
						chosen = null;
						break;
					}
				}
			}
			if (chosen != null && question.kind() == QuestionKind.SINGLE && chosen.size() > 1) {
				problems.add(paperProblem("answers", "single", i + 1, token));
			}
			answers.add((chosen != null) ? chosen : Set.of());
		}
		return answers;
	}

	private static @Nullable Long prediction(String typed, List<ContestProblem> problems) {
		if (typed.isEmpty()) {
			return null;
		}
		try {
			// a count: "." groups thousands, a decimal is refused (issue 9, num9)
			long value = org.parindex.platform.DecimalInput.parseWhole(typed).orElseThrow();
			if (value >= 0 && value <= EntryService.MAX_PREDICTION) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		problems.add(EntryService.problem("prediction", "range", EntryService.MAX_PREDICTION));
		return null;
	}

	/**
	 * The day that admits the form: the received day when it falls in the round's window
	 * (Vietnam days), else the postmark's day when that does; a problem otherwise.
	 */
	private static LocalDate admittedDay(PaperEntry entry, PaperForm form, List<ContestProblem> problems) {
		Optional<LocalDate> received = day(entry.receivedOn(), "receivedOn", true, problems);
		Optional<LocalDate> postmark = day(entry.postmarkedOn(), "postmarkedOn", false, problems);
		if (received.isEmpty()) {
			return form.firstDay();
		}
		if (inWindow(received.get(), form)) {
			return received.get();
		}
		if (postmark.isPresent() && inWindow(postmark.get(), form)) {
			return postmark.get();
		}
		String first = DAY_OUT.format(form.firstDay());
		String last = DAY_OUT.format(form.lastDay());
		problems.add(postmark.isPresent()
				? paperProblem("postmarkedOn", "window", DAY_OUT.format(postmark.get()), first, last)
				: paperProblem("receivedOn", "window", DAY_OUT.format(received.get()), first, last));
		return form.firstDay();
	}

	private static final DateTimeFormatter DAY_OUT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static boolean inWindow(LocalDate day, PaperForm form) {
		return !day.isBefore(form.firstDay()) && !day.isAfter(form.lastDay());
	}

	private static Optional<LocalDate> day(String typed, String field, boolean required,
			List<ContestProblem> problems) {
		if (typed.isEmpty()) {
			if (required) {
				problems.add(paperProblem(field, "required"));
			}
			return Optional.empty();
		}
		Optional<String> iso = isoDay(typed);
		if (iso.isEmpty()) {
			problems.add(paperProblem(field, "date", typed));
			return Optional.empty();
		}
		return iso.map(LocalDate::parse);
	}

	/** A {@code dd/MM/yyyy} day as {@code yyyy-MM-dd}; empty when it is not one. */
	private static Optional<String> isoDay(String typed) {
		try {
			return Optional.of(LocalDate.parse(typed.strip(), DAY).toString());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static ContestProblem paperProblem(String field, String key, Object... arguments) {
		return new ContestProblem(field, "contest.paper.problem." + field + "." + key, List.of(arguments));
	}

	private PaperForm form(ContestView contest, ContestView.RoundView round) {
		Optional<Instant> fixedAt = this.forms.fixedAt(round.id());
		List<QuestionShown> shown = new ArrayList<>();
		if (fixedAt.isPresent()) {
			for (EntryRepository.StoredQuestion question : this.forms.questions(round.id())) {
				shown.add(question.shown(this.catalog::question));
			}
		}
		long seed = fixedAt.isPresent() ? this.forms.seed(round.id()) : 0;
		return new PaperForm(contest, round, fixedAt, shown, this.entries.paperAttempts(round.id()), seed);
	}

	private ContestView contest(long contestId) {
		return this.contests.find(contestId).orElseThrow(() -> new NotFoundException("contest.unknown", contestId));
	}

	private static ContestView.RoundView round(ContestView contest, long roundId) {
		return contest.rounds()
			.stream()
			.filter((r) -> r.id() == roundId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("contest.unknown", contest.id()));
	}

}
