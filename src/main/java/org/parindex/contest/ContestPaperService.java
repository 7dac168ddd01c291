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

	private final EntryRepository entries;

	private final EntryService entryService;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContestPaperService(ContestRepository contests, ContestCatalog catalog, PaperFormRepository forms,
			EntryRepository entries, EntryService entryService, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.contests = contests;
		this.catalog = catalog;
		this.forms = forms;
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
			stored.add(new EntryRepository.StoredQuestion(stored.size() + 1, view.id(), view.kind(),
					question.optionOrder(), view.correctPositions(), Optional.empty()));
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
			if (this.entries.paperAttempts(roundId) > 0) {
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
	 * ({@code contest.entry.problem.*}) and the paper's ({@code contest.paper.problem.*}:
	 * answers of the wrong count, a letter the question does not have, two letters for a
	 * single-answer question, a received day outside the round's window, a CCCD
	 * registered with another date of birth), {@code contest.paper.no-form} while the
	 * round's form is not fixed, {@code contest.entry.anonymised} once the contest's
	 * personal data was anonymised, {@code contest.entry.problem.phone.taken} when the
	 * contest takes one registration per phone and another person has it; nothing is
	 * stored then. A form stored is audited ({@code contest-paper-entry-saved}).
	 */
	public PaperEntrySaved enter(long contestId, long roundId, PaperEntry entry) {
		ContestView contest = contest(contestId);
		ContestView.RoundView round = round(contest, roundId);
		List<EntryRepository.StoredQuestion> questions = this.forms.questions(roundId);
		if (questions.isEmpty()) {
			throw new EntryRefusedException(
					List.of(new ContestProblem("", "contest.paper.no-form", List.of(round.name()))));
		}
		List<ContestProblem> problems = new ArrayList<>();
		String isoBirth = isoDay(entry.birthDate()).orElse(entry.birthDate().isEmpty() ? "" : "?");
		Register register = new Register(entry.fullName(), isoBirth, entry.cccd(), entry.phone(), entry.groupCode(),
				entry.unitId(), entry.address(), entry.consent(), entry.publishResult());
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
			EntryRepository.StoredQuestion keyed = new EntryRepository.StoredQuestion(question.position(),
					question.questionId(), question.kind(), question.optionOrder(), question.correct(),
					Optional.of(chosen));
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
		Keyed keyed = new Keyed(contest, round, form.seed(), register, checked, answered, at, now, prediction, total,
				received, postmark);
		boolean alsoOnline;
		try {
			alsoOnline = store(keyed);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent entry (another operator, another round) registered the same
			// person between the look-up and the insert: keyed again, it finds them
			try {
				alsoOnline = store(keyed);
			}
			catch (DuplicateKeyException again) {
				if (contest.onePerPhone()
						&& this.entries.phoneTakenByOther(contest.id(), checked.phone(), register.cccd())) {
					throw new EntryRefusedException(List.of(EntryService.problem("phone", "taken")));
				}
				throw again;
			}
		}
		return new PaperEntrySaved(entry.fullName().strip(), score, questions.size(), alsoOnline);
	}

	/** A checked, scored paper form ready to be stored. */
	private record Keyed(ContestView contest, ContestView.RoundView round, long seed, Register register,
			EntryService.Checked checked, List<EntryRepository.StoredQuestion> answered, Instant submittedAt,
			Instant now, @Nullable Long prediction, int score, LocalDate received, @Nullable LocalDate postmark) {
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
	private boolean store(Keyed keyed) {
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
						keyed.checked().unitId(), keyed.now(), PAPER_CONSENT_VERSION);
				participantId = this.entries.participantId(token);
			}
			boolean online = this.entries.attempts(participantId).stream().anyMatch((a) -> !a.paper());
			int number = this.entries.nextNumber(participantId, roundId);
			long attemptId = this.entries.insertPaperAttempt(participantId, roundId, number, EntryService.token(),
					keyed.seed(), keyed.submittedAt(), keyed.now(), keyed.prediction(), keyed.score(), keyed.received(),
					keyed.postmark());
			this.entries.insertAnsweredQuestions(attemptId, keyed.answered(), keyed.now());
			this.events.publishEvent(AuditableChange.of("contest", keyed.contest().slug(), "contest-paper-entry-saved",
					"", keyed.round().name() + " #" + number + ": " + keyed.score() + "/" + keyed.answered().size(),
					""));
			return online;
		}));
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
			long value = Long.parseLong(typed.replace(".", "").replace(" ", ""));
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
				shown.add(QuestionShown.of(question.position(), this.catalog.question(question.questionId()),
						new QuestionDraw.Drawn(question.questionId(), question.optionOrder())));
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
