package org.parindex.contest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.TableRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contest's question banks (issue 11, item 2): banks named and renamed, questions
 * listed with filters and counted per category × difficulty, added, changed and retired
 * (never deleted: attempts will refer to them), imported from and exported to the bank's
 * file (CSV or XLSX, {@link QuestionFiles}), and the active questions a draw takes
 * ({@link QuestionDraw}). Every change is audited.
 */
@Service
public class QuestionBankService {

	/** The longest bank name, in characters. */
	public static final int MAX_NAME = 200;

	private final QuestionRepository questions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuestionBankService(QuestionRepository questions, ApplicationEventPublisher events, Clock clock) {
		this.questions = questions;
		this.events = events;
		this.clock = clock;
	}

	/** Every bank, by name, with its numbers of questions. */
	@Transactional(readOnly = true)
	public List<QuestionBankView> banks() {
		return this.questions.banks();
	}

	/** A bank, if it exists. */
	@Transactional(readOnly = true)
	public Optional<QuestionBankView> findBank(long bankId) {
		return this.questions.bank(bankId);
	}

	/**
	 * Creates an empty bank.
	 * @param name 1 to {@value #MAX_NAME} characters, not the name of another bank (case
	 * ignored)
	 * @throws QuestionBankException for a name missing, too long or already used
	 */
	@Transactional
	public QuestionBankView createBank(String name) {
		String clean = checkName(name, 0);
		long id = this.questions.insertBank(clean, Actors.currentName(), this.clock.instant());
		this.events
			.publishEvent(AuditableChange.of("contest-question-bank", clean, "contest-bank-created", "", clean, ""));
		return this.questions.bank(id).orElseThrow();
	}

	/**
	 * Renames a bank.
	 * @throws NotFoundException for an unknown bank
	 * @throws QuestionBankException as {@link #createBank}
	 */
	@Transactional
	public QuestionBankView renameBank(long bankId, String name) {
		QuestionBankView bank = bank(bankId);
		String clean = checkName(name, bankId);
		this.questions.renameBank(bankId, clean);
		this.events.publishEvent(
				AuditableChange.of("contest-question-bank", clean, "contest-bank-renamed", bank.name(), clean, ""));
		return this.questions.bank(bankId).orElseThrow();
	}

	/**
	 * A bank's questions that pass the filter, by code.
	 * @throws NotFoundException for an unknown bank
	 */
	@Transactional(readOnly = true)
	public List<QuestionView> questions(long bankId, QuestionFilter filter) {
		bank(bankId);
		return this.questions.questions(bankId).stream().filter(filter::accepts).toList();
	}

	/** A question, if it exists. */
	@Transactional(readOnly = true)
	public Optional<QuestionView> find(long questionId) {
		return this.questions.question(questionId);
	}

	/**
	 * The categories of a bank's questions (retired ones included), in Vietnamese
	 * alphabetical order.
	 * @throws NotFoundException for an unknown bank
	 */
	@Transactional(readOnly = true)
	public List<String> categories(long bankId) {
		return questions(bankId, QuestionFilter.all()).stream()
			.map(QuestionView::category)
			.distinct()
			.sorted(QuestionText.ORDER)
			.toList();
	}

	/**
	 * The bank's active questions counted per category × difficulty, the table the
	 * committee sets a round's draw by.
	 * @throws NotFoundException for an unknown bank
	 */
	@Transactional(readOnly = true)
	public QuestionStrata strata(long bankId) {
		return QuestionStrata.of(questions(bankId, QuestionFilter.all()));
	}

	/**
	 * What a draw takes from a bank: its active questions, without text or answers.
	 * @throws NotFoundException for an unknown bank
	 */
	@Transactional(readOnly = true)
	public List<QuestionDraw.Candidate> candidates(long bankId) {
		return questions(bankId, QuestionFilter.all()).stream()
			.filter((question) -> !question.retired())
			.map(QuestionView::candidate)
			.toList();
	}

	/**
	 * Adds a question to a bank.
	 * @throws NotFoundException for an unknown bank
	 * @throws QuestionInvalidException listing every fault of the draft
	 * ({@link QuestionDraft#problems})
	 * @throws QuestionBankException when the code is already in the bank (case ignored)
	 */
	@Transactional
	public QuestionView add(long bankId, QuestionDraft draft) {
		QuestionBankView bank = bank(bankId);
		check(draft);
		if (this.questions.questionWithCode(bankId, draft.code()).isPresent()) {
			throw new QuestionBankException("contest.question.code-exists", draft.code());
		}
		long id = this.questions.insertQuestion(bankId, draft, Actors.currentName(), this.clock.instant());
		audit(bank, draft.code(), "contest-question-added", "", summary(draft));
		return this.questions.question(id).orElseThrow();
	}

	/**
	 * Replaces a question's content: everything but its code (which names it in the bank
	 * and in files) and its retired flag.
	 * @throws NotFoundException for an unknown question
	 * @throws QuestionInvalidException listing every fault of the draft
	 */
	@Transactional
	public QuestionView edit(long questionId, QuestionDraft draft) {
		QuestionView before = question(questionId);
		QuestionDraft kept = new QuestionDraft(before.code(), draft.category(), draft.difficulty(), draft.kind(),
				draft.text(), draft.options(), draft.correct(), draft.source());
		check(kept);
		this.questions.updateQuestion(questionId, kept, Actors.currentName(), this.clock.instant());
		audit(bank(before.bankId()), before.code(), "contest-question-changed", summary(before.draft()), summary(kept));
		return this.questions.question(questionId).orElseThrow();
	}

	/**
	 * Retires a question (it stays in the bank and its file, but no draw takes it) or
	 * brings it back.
	 * @throws NotFoundException for an unknown question
	 */
	@Transactional
	public QuestionView retire(long questionId, boolean retired) {
		QuestionView before = question(questionId);
		if (before.retired() != retired) {
			this.questions.setRetired(questionId, retired, Actors.currentName(), this.clock.instant());
			audit(bank(before.bankId()), before.code(),
					retired ? "contest-question-retired" : "contest-question-restored", "", "");
		}
		return this.questions.question(questionId).orElseThrow();
	}

	/**
	 * Imports a file's questions into a bank, all or nothing. A code already in the bank
	 * is refused, unless {@code update} is set ("cập nhật câu hỏi đã có"): then that
	 * question's content is replaced (its code and retired flag stay).
	 * @param rows the file's rows with content, the header first
	 * @param update whether codes already in the bank update their questions
	 * @return how many questions were added and updated
	 * @throws NotFoundException for an unknown bank
	 * @throws QuestionImportException listing every fault by row and column, nothing
	 * stored
	 */
	@Transactional
	public QuestionImportResult importRows(long bankId, List<TableRow> rows, boolean update) {
		QuestionBankView bank = bank(bankId);
		this.questions.lockBank(bankId);
		QuestionFiles.Read read = QuestionFiles.read(rows);
		if (!read.issues().isEmpty()) {
			throw new QuestionImportException(read.issues());
		}
		Map<String, Long> existing = new HashMap<>();
		for (QuestionView question : this.questions.questions(bankId)) {
			existing.put(question.code().toUpperCase(Locale.ROOT), question.id());
		}
		List<QuestionImportException.Issue> issues = new ArrayList<>();
		String codeColumn = codeColumn(rows.get(0));
		for (QuestionFiles.Line line : read.lines()) {
			if (!update && existing.containsKey(line.draft().code().toUpperCase(Locale.ROOT))) {
				issues.add(new QuestionImportException.Issue(line.row(), codeColumn, "code",
						"contest.question.import.code-exists", List.of(line.draft().code())));
			}
		}
		if (!issues.isEmpty()) {
			throw new QuestionImportException(issues);
		}
		String by = Actors.currentName();
		Instant at = this.clock.instant();
		int added = 0;
		int updated = 0;
		for (QuestionFiles.Line line : read.lines()) {
			Long id = existing.get(line.draft().code().toUpperCase(Locale.ROOT));
			if (id == null) {
				this.questions.insertQuestion(bankId, line.draft(), by, at);
				added++;
			}
			else {
				this.questions.updateQuestion(id, line.draft(), by, at);
				updated++;
			}
		}
		audit(bank, "", "contest-questions-imported", "", added + " + " + updated);
		return new QuestionImportResult(added, updated);
	}

	/**
	 * A bank's active questions as CSV, in the import's format, by code.
	 * @throws NotFoundException for an unknown bank
	 */
	@Transactional(readOnly = true)
	public byte[] exportCsv(long bankId) {
		return QuestionFiles.toCsv(active(bankId));
	}

	/**
	 * A bank's active questions as XLSX, in the import's format, by code.
	 * @throws NotFoundException for an unknown bank
	 */
	@Transactional(readOnly = true)
	public byte[] exportXlsx(long bankId) {
		return QuestionFiles.toXlsx(active(bankId));
	}

	private List<QuestionView> active(long bankId) {
		return questions(bankId, new QuestionFilter(Optional.empty(), Optional.empty(), "", false));
	}

	private static String codeColumn(TableRow header) {
		for (int column = 0; column < header.cells().size(); column++) {
			String folded = QuestionText.fold(header.cell(column));
			if (folded.equals("ma cau hoi") || folded.equals("code")) {
				return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
			}
		}
		return "A";
	}

	private String checkName(String name, long bankId) {
		String clean = QuestionText.clean(name);
		if (clean.isEmpty()) {
			throw new QuestionBankException("contest.bank.name-missing");
		}
		if (clean.length() > MAX_NAME) {
			throw new QuestionBankException("contest.bank.name-long", clean.length(), MAX_NAME);
		}
		if (this.questions.nameUsed(clean, bankId)) {
			throw new QuestionBankException("contest.bank.name-used", clean);
		}
		return clean;
	}

	private static void check(QuestionDraft draft) {
		List<QuestionProblem> problems = draft.problems();
		if (!problems.isEmpty()) {
			throw new QuestionInvalidException(problems);
		}
	}

	private void audit(QuestionBankView bank, String code, String action, String before, String after) {
		this.events.publishEvent(AuditableChange.of("contest-question",
				bank.name() + (code.isEmpty() ? "" : " " + code), action, before, after, ""));
	}

	private static String summary(QuestionDraft draft) {
		String text = draft.text();
		return ((text.length() > 80) ? text.substring(0, 80) + "…" : text) + " ["
				+ String.join(";", draft.correct().stream().sorted().map(QuestionDraft::letter).toList()) + "]";
	}

	private QuestionBankView bank(long bankId) {
		return this.questions.bank(bankId).orElseThrow(() -> new NotFoundException("contest.bank.unknown", bankId));
	}

	private QuestionView question(long questionId) {
		return this.questions.question(questionId)
			.orElseThrow(() -> new NotFoundException("contest.question.unknown", questionId));
	}

}
