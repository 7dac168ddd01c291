package org.parindex.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.SheetNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Paper questionnaires keyed in by survey staff (issue 10, item 4; DESIGN.md §4 "Survey":
 * "paper questionnaires keyed in (double entry compared)"). A sheet is known by the
 * number written on the paper, once per form and unit rated, and each answer is one key
 * ({@link #decode}).
 * <ul>
 * <li><b>Single entry</b> (the default): the sheet's response is stored at once through
 * {@link SurveyResponseService#record} on the {@link ResponseChannel#PAPER} channel.</li>
 * <li><b>Double entry</b> ("nhập hai lần", a setting of the form): the first entry waits;
 * the same person keying the sheet again corrects it; a second, different person keys the
 * same sheet: equal answers count, different answers block the sheet until someone
 * resolves them question by question ({@link #resolve}).</li>
 * </ul>
 * A counted sheet keeps only its number and the response it became (so that it can be set
 * aside by its number, {@link SurveySheetService}; a paper sheet names no respondent):
 * its keyed answers are dropped and the same sheet number is refused afterwards. Every
 * check fails before anything is stored, and storing the response and marking the sheet
 * commit together.
 */
@Service
@Validated
public class PaperEntryService {

	/** The longest sheet number, in characters. */
	public static final int MAX_SHEET_NUMBER = 30;

	/** The keys for a question left blank on paper ("bỏ trống"). */
	public static final List<String> BLANK_KEYS = List.of("0", "-");

	private final PaperSheetRepository sheets;

	private final SurveyFormService forms;

	private final SurveyResponseService responses;

	private final CycleService cycles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaperEntryService(PaperSheetRepository sheets, SurveyFormService forms, SurveyResponseService responses,
			CycleService cycles, ApplicationEventPublisher events, Clock clock) {
		this.sheets = sheets;
		this.forms = forms;
		this.responses = responses;
		this.cycles = cycles;
		this.events = events;
		this.clock = clock;
	}

	/** Whether a form's paper sheets are keyed in twice before they count. */
	@Transactional(readOnly = true)
	public boolean doubleEntry(long formId) {
		return this.sheets.doubleEntry(formId);
	}

	/**
	 * Turns double entry on or off for a form's paper sheets, audited. Turned off, the
	 * sheets waiting for their second entry count at once as their first entry keyed them
	 * (a sheet counts as soon as it is saved, as the setting says; they were left waiting
	 * with nobody to key them again: walk of 03/12); sheets held for their differences
	 * still wait to be resolved. Sheets keyed from now on follow the new setting.
	 * @return the sheets counted by turning double entry off (0 otherwise)
	 * @throws NotFoundException for an unknown form
	 * @throws InvalidSurveyException when a waiting sheet cannot count any more (the year
	 * approved or published: {@code survey.form.year-closed}; whatever
	 * {@link SurveyResponseService#record} refuses, such as a unit no longer in the
	 * cycle); nothing changes
	 */
	@Transactional
	public int setDoubleEntry(long formId, boolean doubleEntry) {
		SurveyFormView form = form(formId);
		boolean before = this.sheets.doubleEntry(formId);
		this.sheets.setDoubleEntry(formId, doubleEntry, Actors.currentName(), this.clock.instant());
		if (before != doubleEntry) {
			this.events.publishEvent(AuditableChange.of("survey-paper", form.code(), "survey-paper-double-entry",
					"double-entry=" + before, "double-entry=" + doubleEntry, ""));
		}
		if (doubleEntry) {
			return 0;
		}
		List<PaperSheetView> waiting = this.sheets.inStatus(formId, PaperSheetStatus.PENDING);
		if (!waiting.isEmpty()) {
			this.forms.requireOpenYear(form.indexSetId());
		}
		Instant now = this.clock.instant();
		int counted = 0;
		for (PaperSheetView listed : waiting) {
			// locked and read again: a second entry keyed at the same moment may have
			// counted it or found differences; it is then left as that entry left it
			Optional<PaperSheetView> locked = this.sheets.lock(listed.id())
				.filter((sheet) -> sheet.status() == PaperSheetStatus.PENDING);
			if (locked.isEmpty()) {
				continue;
			}
			PaperSheetView sheet = locked.get();
			UUID response = record(form, sheet.unitId(), sheet.firstAnswers());
			this.sheets.markCounted(sheet.id(), null, now);
			this.sheets.linkResponse(sheet.id(), response);
			this.events.publishEvent(AuditableChange.of("survey-paper", form.code() + " " + sheet.sheetNumber(),
					"survey-paper-counted-single", "", "counted", ""));
			counted++;
		}
		return counted;
	}

	/**
	 * The option label a key stands for on a question: the option's label in any case
	 * ({@code a} for {@code A}), else its position from 1 ({@code 2} for the second
	 * option, up to 9), or {@code ""} for a blank key ({@value #BLANK_KEYS}).
	 * @return the label, or empty when the key means nothing on that question
	 */
	public static Optional<String> decode(SurveyQuestionView question, String key) {
		String typed = key.strip();
		if (typed.isEmpty()) {
			return Optional.empty();
		}
		for (SurveyOptionView option : question.options()) {
			if (option.label().equalsIgnoreCase(typed)) {
				return Optional.of(option.label());
			}
		}
		if (typed.length() == 1 && typed.charAt(0) >= '1' && typed.charAt(0) <= '9') {
			int position = typed.charAt(0) - '0';
			if (position <= question.options().size()) {
				return Optional.of(question.options().get(position - 1).label());
			}
		}
		if (BLANK_KEYS.contains(typed)) {
			return Optional.of("");
		}
		return Optional.empty();
	}

	/** The keys a question accepts, for hints: its labels and positions. */
	public static String keysOf(SurveyQuestionView question) {
		List<String> keys = new ArrayList<>();
		question.options().forEach((option) -> keys.add(option.label()));
		int positions = Math.min(9, question.options().size());
		if (positions > 0) {
			keys.add((positions == 1) ? "1" : "1–" + positions);
		}
		return String.join(", ", keys);
	}

	/**
	 * Keys in one paper sheet, all or nothing.
	 * @return what happened: counted, stored as a first entry, corrected, or held for its
	 * differences
	 * @throws NotFoundException for an unknown form
	 * @throws InvalidSurveyException naming what is wrong: the year approved or published
	 * ({@code survey.form.year-closed}); a sheet number that is not as
	 * {@link #sheetNumber} reads it ({@code survey.paper.sheet-number}); a unit the form
	 * does not rate this year ({@code survey.response.unit}); a question without a key
	 * ({@code survey.paper.answer-missing}) or with a key that means nothing on it
	 * ({@code survey.paper.answer-invalid}, naming the keys it accepts); a key for a
	 * question not on the form ({@code survey.response.question-unknown}); a sheet left
	 * wholly blank ({@code survey.response.empty}); a sheet number already counted
	 * ({@code survey.paper.counted}), held for its differences
	 * ({@code survey.paper.different}), or keyed at the same moment by someone else
	 * ({@code survey.paper.taken}); and whatever {@link SurveyResponseService#record}
	 * refuses when the sheet counts
	 */
	@Transactional
	public PaperEntryOutcome enter(@Valid EnterPaperSheet entry) {
		SurveyFormView form = form(entry.formId());
		this.forms.requireOpenYear(form.indexSetId());
		String number = sheetNumber(entry.sheetNumber());
		CycleView cycle = this.cycles.findForSet(form.indexSetId())
			.orElseThrow(() -> new InvalidSurveyException("survey.response.no-cycle"));
		if (!cycle.unitIds().contains(entry.unitId())) {
			throw new InvalidSurveyException("survey.response.unit", form.code());
		}
		String me = Actors.currentName();
		Instant now = this.clock.instant();
		Optional<PaperSheetView> existing = this.sheets.lock(form.id(), entry.unitId(), number);
		if (existing.isPresent() && existing.get().status() == PaperSheetStatus.COUNTED) {
			throw new InvalidSurveyException("survey.paper.counted", number);
		}
		if (existing.isPresent() && existing.get().status() == PaperSheetStatus.DIFFERENT) {
			throw new InvalidSurveyException("survey.paper.different", number);
		}
		Map<String, String> answers = answers(form, entry.keys());
		if (existing.isEmpty()) {
			boolean doubleEntry = this.sheets.doubleEntry(form.id());
			if (doubleEntry) {
				long id = insert(form, entry.unitId(), number, PaperSheetStatus.PENDING, true, answers, me, now);
				return new PaperEntryOutcome(PaperEntryOutcome.Kind.FIRST_ENTRY, this.sheets.find(id).orElseThrow(), 0);
			}
			UUID response = record(form, entry.unitId(), answers);
			long id = insert(form, entry.unitId(), number, PaperSheetStatus.COUNTED, false, null, me, now);
			this.sheets.linkResponse(id, response);
			return new PaperEntryOutcome(PaperEntryOutcome.Kind.COUNTED, this.sheets.find(id).orElseThrow(), 0);
		}
		PaperSheetView sheet = existing.get();
		if (sheet.firstBy().equals(me)) {
			this.sheets.replaceFirst(sheet.id(), answers, now);
			return new PaperEntryOutcome(PaperEntryOutcome.Kind.CORRECTED, this.sheets.find(sheet.id()).orElseThrow(),
					0);
		}
		int differences = differences(form, sheet.firstAnswers(), answers).size();
		if (differences > 0) {
			this.sheets.markDifferent(sheet.id(), answers, me, now);
			return new PaperEntryOutcome(PaperEntryOutcome.Kind.DIFFERENT, this.sheets.find(sheet.id()).orElseThrow(),
					differences);
		}
		UUID response = record(form, entry.unitId(), answers);
		this.sheets.markCounted(sheet.id(), me, now);
		this.sheets.linkResponse(sheet.id(), response);
		return new PaperEntryOutcome(PaperEntryOutcome.Kind.COUNTED, this.sheets.find(sheet.id()).orElseThrow(), 0);
	}

	/**
	 * The questions where a sheet's two entries differ, in the form's order; empty unless
	 * the sheet is held for its differences.
	 * @throws NotFoundException for an unknown sheet
	 */
	@Transactional(readOnly = true)
	public List<PaperDifference> differences(long sheetId) {
		PaperSheetView sheet = sheet(sheetId);
		if (sheet.status() != PaperSheetStatus.DIFFERENT) {
			return List.of();
		}
		return differences(form(sheet.formId()), sheet.firstAnswers(), sheet.secondAnswers());
	}

	/**
	 * Counts a sheet held for its differences with the answer chosen for each question
	 * where the entries differ: one of the two ({@code ""} chooses a blank), or a third,
	 * "what the paper says", given as a key read from the paper ({@link #decode}: a
	 * label, a position, or a blank key); the questions where they agree as keyed.
	 * Audited with the sheet's number, not its answers.
	 * @param chosen option label per differing question code
	 * @throws NotFoundException for an unknown sheet
	 * @throws InvalidSurveyException when the sheet is not held for its differences
	 * ({@code survey.paper.not-different}), a differing question has no choice
	 * ({@code survey.paper.choice-missing}) or a choice that is neither entry nor a key
	 * the question accepts ({@code survey.paper.choice-invalid}); and whatever
	 * {@link SurveyResponseService#record} refuses
	 */
	@Transactional
	public PaperSheetView resolve(long sheetId, Map<String, String> chosen) {
		PaperSheetView sheet = this.sheets.lock(sheetId)
			.orElseThrow(() -> new NotFoundException("survey.paper.unknown", sheetId));
		if (sheet.status() != PaperSheetStatus.DIFFERENT) {
			throw new InvalidSurveyException("survey.paper.not-different", sheet.sheetNumber());
		}
		SurveyFormView form = form(sheet.formId());
		Map<String, String> answers = new LinkedHashMap<>(sheet.firstAnswers());
		for (PaperDifference difference : differences(form, sheet.firstAnswers(), sheet.secondAnswers())) {
			String choice = chosen.get(difference.questionCode());
			if (choice == null) {
				throw new InvalidSurveyException("survey.paper.choice-missing", difference.questionCode());
			}
			if (!choice.equals(difference.first()) && !choice.equals(difference.second())) {
				// "what the paper says": a key read from the paper, neither entry
				SurveyQuestionView question = form.question(difference.questionCode()).orElseThrow();
				String read = decode(question, choice)
					.orElseThrow(() -> new InvalidSurveyException("survey.paper.choice-invalid",
							difference.questionCode(), choice.strip(), keysOf(question), BLANK_KEYS.get(0)));
				answers.put(difference.questionCode(), read);
				continue;
			}
			answers.put(difference.questionCode(), choice);
		}
		UUID response = record(form, sheet.unitId(), answers);
		this.sheets.markCounted(sheet.id(), null, this.clock.instant());
		this.sheets.linkResponse(sheet.id(), response);
		this.events.publishEvent(AuditableChange.of("survey-paper", form.code() + " " + sheet.sheetNumber(),
				"survey-paper-resolved", sheet.firstBy() + " / " + sheet.secondBy(), "", ""));
		return this.sheets.find(sheet.id()).orElseThrow();
	}

	/** A sheet, or empty for an unknown id. */
	@Transactional(readOnly = true)
	public Optional<PaperSheetView> find(long sheetId) {
		return this.sheets.find(sheetId);
	}

	/**
	 * The sheet with a number under a form and unit, or empty.
	 * @throws InvalidSurveyException for a malformed number
	 * ({@code survey.paper.sheet-number})
	 */
	@Transactional(readOnly = true)
	public Optional<PaperSheetView> find(long formId, long unitId, String sheetNumber) {
		return this.sheets.find(formId, unitId, sheetNumber(sheetNumber));
	}

	/** The last {@code limit} sheets keyed in under a form and unit, newest first. */
	@Transactional(readOnly = true)
	public List<PaperSheetView> recent(long formId, long unitId, int limit) {
		return this.sheets.recent(formId, unitId, limit);
	}

	/**
	 * A form's sheets in a status (waiting for a second entry, or held for their
	 * differences), by unit and number.
	 */
	@Transactional(readOnly = true)
	public List<PaperSheetView> inStatus(long formId, PaperSheetStatus status) {
		return this.sheets.inStatus(formId, status);
	}

	/**
	 * A sheet number as stored, read by {@link SheetNumbers#read} (the contest's paper
	 * entry reads its sheets the same way): {@code 07}, {@code 7.}, {@code Số 7} and
	 * {@code ７} are sheet 7, {@code 1.000} and {@code 1 000} sheet 1000, a label such as
	 * {@code p-07} is kept in capitals (walk of issue 10, #7).
	 * @throws InvalidSurveyException when it is empty or has no letter or digit
	 * ({@code survey.paper.sheet-number}); longer than {@value #MAX_SHEET_NUMBER}
	 * characters ({@code survey.paper.sheet-number.length}); has a character other than
	 * letters (any script), digits, {@code -}, {@code /}, {@code .}, {@code ,}, {@code #}
	 * and single spaces ({@code survey.paper.sheet-number.character}, naming it); a
	 * number of more than {@value SheetNumbers#MAX_DIGITS} digits
	 * ({@code survey.paper.sheet-number.large}); when it is a number below 1 ({@code 0},
	 * {@code -3}: {@code survey.paper.sheet-number.positive}); when it is digits with
	 * separators that are no whole number ({@code 1,000}, {@code 1.5}:
	 * {@code survey.paper.sheet-number.unclear})
	 */
	public static String sheetNumber(String typed) {
		String number;
		try {
			number = SheetNumbers.read(typed, MAX_SHEET_NUMBER);
		}
		catch (SheetNumbers.UnreadableException ex) {
			// as typed, its invisible characters as codes
			String shown = org.parindex.platform.Text.printable(typed.strip());
			throw switch (ex.problem()) {
				case POSITIVE -> new InvalidSurveyException("survey.paper.sheet-number.positive", shown);
				case UNCLEAR -> new InvalidSurveyException("survey.paper.sheet-number.unclear", shown);
				case LENGTH -> new InvalidSurveyException("survey.paper.sheet-number.length", MAX_SHEET_NUMBER);
				case LARGE ->
					new InvalidSurveyException("survey.paper.sheet-number.large", shown, SheetNumbers.MAX_DIGITS);
				case CHARACTERS ->
					ex.character().isEmpty() ? new InvalidSurveyException("survey.paper.sheet-number", MAX_SHEET_NUMBER)
							: new InvalidSurveyException("survey.paper.sheet-number.character", ex.character(), shown,
									MAX_SHEET_NUMBER);
			};
		}
		if (number.isEmpty()) {
			throw new InvalidSurveyException("survey.paper.sheet-number", MAX_SHEET_NUMBER);
		}
		return number;
	}

	private long insert(SurveyFormView form, long unitId, String number, PaperSheetStatus status, boolean doubleEntry,
			@org.jspecify.annotations.Nullable Map<String, String> answers, String by, Instant now) {
		try {
			return this.sheets.insert(form.id(), unitId, number, status, doubleEntry, answers, by, now);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidSurveyException("survey.paper.taken", number);
		}
	}

	private UUID record(SurveyFormView form, long unitId, Map<String, String> answers) {
		Map<String, String> given = new LinkedHashMap<>();
		answers.forEach((code, label) -> {
			if (!label.isEmpty()) {
				given.put(code, label);
			}
		});
		return this.responses.record(new RecordResponse(form.id(), unitId, ResponseChannel.PAPER, given));
	}

	/** Every question's label ({@code ""} for a blank), in the form's order. */
	private static Map<String, String> answers(SurveyFormView form, Map<String, String> keys) {
		for (String code : keys.keySet()) {
			if (form.question(code).isEmpty()) {
				throw new InvalidSurveyException("survey.response.question-unknown", code);
			}
		}
		Map<String, String> answers = new LinkedHashMap<>();
		for (SurveyQuestionView question : form.questions()) {
			String key = keys.getOrDefault(question.code(), "");
			if (key.isBlank()) {
				throw new InvalidSurveyException("survey.paper.answer-missing", question.code(), BLANK_KEYS.get(0));
			}
			String label = decode(question, key)
				.orElseThrow(() -> new InvalidSurveyException("survey.paper.answer-invalid", question.code(),
						key.strip(), keysOf(question), BLANK_KEYS.get(0)));
			answers.put(question.code(), label);
		}
		if (answers.values().stream().allMatch(String::isEmpty)) {
			throw new InvalidSurveyException("survey.response.empty");
		}
		return answers;
	}

	private static List<PaperDifference> differences(SurveyFormView form, Map<String, String> first,
			Map<String, String> second) {
		List<PaperDifference> differences = new ArrayList<>();
		for (SurveyQuestionView question : form.questions()) {
			String a = first.getOrDefault(question.code(), "");
			String b = second.getOrDefault(question.code(), "");
			if (!a.equals(b)) {
				differences.add(new PaperDifference(question.code(), question.position(), question.text(), a, b));
			}
		}
		return differences;
	}

	private SurveyFormView form(long formId) {
		return this.forms.find(formId).orElseThrow(() -> new NotFoundException("survey.form.unknown", formId));
	}

	private PaperSheetView sheet(long sheetId) {
		return this.sheets.find(sheetId).orElseThrow(() -> new NotFoundException("survey.paper.unknown", sheetId));
	}

}
