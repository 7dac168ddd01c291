package org.parindex.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.parindex.assessment.CycleService;
import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a counted response sheet aside, and restoring it (issue 10, remaining item 1):
 * a sheet found to be a duplicate, filled in by the wrong respondent group and so on. A
 * sheet set aside stays stored but counts nowhere: not in the survey points
 * ({@link SurveyPointsService}), the monitoring, the shortfalls or the exports; restored,
 * it counts again. Both take a reason (1 to {@value #MAX_REASON} characters), are audited
 * with the form, the unit, the sheet (its paper number, or channel and day) and the
 * reason, and are refused once the year is approved by the council or published
 * ({@code survey.sheet.year-closed}): after that the survey points change only through
 * the PAR office's audited correction of published points.
 */
@Service
public class SurveySheetService {

	/** The longest reason, in characters. */
	public static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final SurveyFormRepository forms;

	private final SurveyFormService surveyForms;

	private final CycleService cycles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SurveySheetService(JdbcClient jdbc, SurveyFormRepository forms, SurveyFormService surveyForms, CycleService cycles,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.surveyForms = surveyForms;
		this.cycles = cycles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A form's stored sheets about one unit, counted and set aside, by day then channel
	 * and paper number, a paper sheet without a number after the numbered ones of its day
	 * (walk of issue 10, second round, #6: a hundred unnumbered sheets hid the numbered).
	 * @throws NotFoundException for an unknown form ({@code survey.form.unknown})
	 */
	@Transactional(readOnly = true)
	public List<CountedSheetView> sheets(long formId, long unitId) {
		SurveyFormView form = form(formId);
		Map<Long, String> labels = new HashMap<>();
		form.questions().forEach((q) -> q.options().forEach((o) -> labels.put(o.id(), o.label())));
		Map<UUID, Map<Long, Long>> chosen = new HashMap<>();
		this.jdbc.sql("""
				select a.response_id, a.question_id, a.option_id
				from survey_answer a join survey_response r on r.id = a.response_id
				where r.form_id = ? and r.unit_id = ?
				""").params(formId, unitId).query((rs) -> {
			chosen.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new HashMap<>())
				.put(rs.getLong(2), rs.getLong(3));
		});
		return this.jdbc.sql("""
				select r.id, r.channel, r.submitted_on, p.sheet_number, r.set_aside_reason, r.set_aside_by,
				       r.set_aside_at
				from survey_response r left join survey_paper_sheet p on p.response_id = r.id
				where r.form_id = ? and r.unit_id = ?
				order by r.submitted_on, r.channel, p.sheet_number, r.id
				""").params(formId, unitId).query((rs, n) -> {
			UUID id = rs.getObject(1, UUID.class);
			Map<Long, Long> answers = chosen.getOrDefault(id, Map.of());
			StringBuilder text = new StringBuilder();
			for (SurveyQuestionView question : form.questions()) {
				Long option = answers.get(question.id());
				text.append(text.isEmpty() ? "" : " · ")
					.append(question.code())
					.append(": ")
					.append((option != null) ? labels.getOrDefault(option, "?") : "–");
			}
			OffsetDateTime at = rs.getObject(7, OffsetDateTime.class);
			return new CountedSheetView(id, ResponseChannel.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
					rs.getString(4), text.toString(), rs.getString(5), rs.getString(6),
					(at != null) ? at.toInstant() : null);
		})
			.list()
			.stream()
			// sheet 9 before sheet 25 before sheet 1000, as on the pile of paper, not as
			// text (walk of 03/12)
			.sorted(Comparator.comparing(CountedSheetView::day)
				.thenComparing(CountedSheetView::channel)
				.thenComparing(CountedSheetView::sheetNumber, Comparator.nullsLast(SurveySheetService::bySheetNumber)))
			.toList();
	}

	/**
	 * Sheet numbers in the order of the pile: numbers by their value, before labels,
	 * which follow in text order.
	 */
	static int bySheetNumber(String a, String b) {
		boolean numberA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
		boolean numberB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
		if (numberA && numberB) {
			return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
		}
		if (numberA != numberB) {
			return numberA ? -1 : 1;
		}
		return a.compareTo(b);
	}

	/**
	 * Sets a counted sheet aside: it no longer counts anywhere.
	 * @param reason why, 1 to {@value #MAX_REASON} characters after trimming
	 * @throws NotFoundException for a sheet not under the form
	 * ({@code survey.sheet.unknown})
	 * @throws InvalidSurveyException without a reason
	 * ({@code survey.sheet.reason.required}), for a sheet already set aside
	 * ({@code survey.sheet.already-set-aside}), or once the year is approved or published
	 * ({@code survey.sheet.year-closed})
	 */
	@Transactional
	public CountedSheetView setAside(long formId, UUID responseId, String reason) {
		return change(formId, responseId, reason, true);
	}

	/**
	 * Restores a sheet set aside: it counts again.
	 * @param reason why, 1 to {@value #MAX_REASON} characters after trimming
	 * @throws NotFoundException for a sheet not under the form
	 * ({@code survey.sheet.unknown})
	 * @throws InvalidSurveyException without a reason
	 * ({@code survey.sheet.reason.required}), for a sheet that counts
	 * ({@code survey.sheet.not-set-aside}), or once the year is approved or published
	 * ({@code survey.sheet.year-closed})
	 */
	@Transactional
	public CountedSheetView restore(long formId, UUID responseId, String reason) {
		return change(formId, responseId, reason, false);
	}

	private CountedSheetView change(long formId, UUID responseId, String reason, boolean setAside) {
		SurveyFormView form = form(formId);
		String why = (reason != null) ? org.parindex.platform.Text.normalize(reason) : "";
		if (why.isEmpty()) {
			throw new InvalidSurveyException("survey.sheet.reason.required", MAX_REASON);
		}
		if (why.length() > MAX_REASON) {
			// how long it is, so the writer knows how much to cut (walk of 03/12)
			throw new InvalidSurveyException("survey.sheet.reason.long", MAX_REASON, why.length());
		}
		Optional<Integer> closed = this.surveyForms.closedYear(form.indexSetId());
		if (closed.isPresent()) {
			throw new InvalidSurveyException("survey.sheet.year-closed", closed.get());
		}
		// the year's cycle locked until the change commits, so it never interleaves with
		// the council's approval (as recording survey points does)
		this.cycles.requireResultsOpen(form.indexSetId());
		Optional<Long> unitId = this.jdbc
			.sql("select unit_id from survey_response where id = ? and form_id = ? for update")
			.params(responseId, formId)
			.query(Long.class)
			.optional();
		if (unitId.isEmpty()) {
			throw new NotFoundException("survey.sheet.unknown", form.code());
		}
		CountedSheetView before = sheets(formId, unitId.get()).stream()
			.filter((sheet) -> sheet.responseId().equals(responseId))
			.findFirst()
			.orElseThrow();
		if (setAside && before.setAside()) {
			throw new InvalidSurveyException("survey.sheet.already-set-aside");
		}
		if (!setAside && !before.setAside()) {
			throw new InvalidSurveyException("survey.sheet.not-set-aside");
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("update survey_response set set_aside_reason = ?, set_aside_by = ?, set_aside_at = ? where id = ?")
			.params(setAside ? why : null, setAside ? Actors.currentName() : null,
					setAside ? OffsetDateTime.ofInstant(now, ZoneOffset.UTC) : null, responseId)
			.update();
		String sheet = (before.sheetNumber() != null) ? before.sheetNumber()
				: before.channel().name().toLowerCase(java.util.Locale.ROOT) + " " + before.day();
		String counted = "counted";
		String aside = "set-aside";
		this.events.publishEvent(AuditableChange.of("survey-sheet", form.code() + " · " + unitId.get() + " · " + sheet,
				setAside ? "survey-sheet-set-aside" : "survey-sheet-restored", setAside ? counted : aside,
				setAside ? aside : counted, why));
		this.events.publishEvent(new SurveyResponsesRecorded(form.indexSetId(), form.id(), unitId.get()));
		return sheets(formId, unitId.get()).stream()
			.filter((s) -> s.responseId().equals(responseId))
			.findFirst()
			.orElseThrow();
	}

	private SurveyFormView form(long formId) {
		return this.forms.find(formId).orElseThrow(() -> new NotFoundException("survey.form.unknown", formId));
	}

}
