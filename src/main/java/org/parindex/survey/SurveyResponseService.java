package org.parindex.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Valid;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.platform.Formats;
import org.parindex.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Stores survey responses, online and from paper, anonymously: a stored response keeps
 * the form, the unit rated, the channel and the day, under a random key, and nothing that
 * leads back to who answered (no code, account, or time of day). Responses are part of
 * the year's results, so they are stored only while the year's cycle is open (not
 * approved, not published); online responses only within the form's window.
 */
@Service
@Validated
public class SurveyResponseService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final SurveyFormRepository forms;

	private final CycleService cycles;

	private final ResponseBatchRepository batches;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SurveyResponseService(SurveyFormRepository forms, CycleService cycles, ResponseBatchRepository batches,
			ApplicationEventPublisher events, Clock clock) {
		this.forms = forms;
		this.cycles = cycles;
		this.batches = batches;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks and stores one response, all or nothing. Joins the caller's transaction, so
	 * an invitation code used in it and the response commit together.
	 * @return the response's random key
	 * @throws NotFoundException for an unknown form
	 * @throws InvalidSurveyException naming what is wrong: the unit is not one the form
	 * rates this year ({@code survey.response.unit}), online before the form opens
	 * ({@code survey.response.not-open}) or after its deadline
	 * ({@code survey.response.closed}), no answer at all ({@code survey.response.empty}),
	 * a question not on the form ({@code survey.response.question-unknown}), an option
	 * the question does not have ({@code survey.response.option-unknown})
	 * @throws InvalidSurveyException once the year is approved or published
	 * ({@code survey.response.year-closed}), or without a cycle
	 * ({@code survey.response.no-cycle})
	 */
	@Transactional
	public UUID record(@Valid RecordResponse response) {
		SurveyFormView form = this.forms.find(response.formId())
			.orElseThrow(() -> new NotFoundException("survey.form.unknown", response.formId()));
		CycleView cycle = this.cycles.findForSet(form.indexSetId())
			.orElseThrow(() -> new InvalidSurveyException("survey.response.no-cycle"));
		if (!cycle.unitIds().contains(response.unitId())) {
			throw new InvalidSurveyException("survey.response.unit", form.code());
		}
		if (response.channel() == ResponseChannel.ONLINE) {
			Instant now = this.clock.instant();
			if (now.isBefore(form.opensAt())) {
				throw new InvalidSurveyException("survey.response.not-open",
						Formats.localTime(form.opensAt().atZone(this.clock.getZone())));
			}
			if (!now.isBefore(form.closesAt())) {
				throw new InvalidSurveyException("survey.response.closed",
						Formats.localTime(form.closesAt().atZone(this.clock.getZone())));
			}
		}
		Map<Long, Long> chosen = options(form, response.answers());
		// responses are the survey's raw data, not results: checked without the cycle's
		// lock so that submissions at a deadline never wait on one another; the points
		// are recorded under the lock (SurveyService), and nothing after the council's
		// approval
		if (this.cycles.closed(cycle.id())) {
			throw new InvalidSurveyException("survey.response.year-closed");
		}
		UUID id = UUID.randomUUID();
		this.forms.insertResponse(id, form.id(), response.unitId(), response.channel(), LocalDate.now(this.clock),
				chosen);
		this.events.publishEvent(new SurveyResponsesRecorded(form.indexSetId(), form.id(), response.unitId()));
		return id;
	}

	/**
	 * Checks and stores a batch of paper sheets about one unit, all or nothing, each as
	 * an anonymous response on the paper channel (no window: sheets collected before the
	 * deadline may be keyed in afterwards), inserted in JDBC batches. Joins the caller's
	 * transaction.
	 * @return how many responses were stored
	 * @throws NotFoundException for an unknown form
	 * @throws InvalidSurveyException as {@link #record(RecordResponse)} for the unit, the
	 * year and each sheet's answers (the first problem found), and a sheet dated after
	 * today ({@code survey.response.day})
	 */
	@Transactional
	public int recordPaper(@Valid RecordPaperResponses batch) {
		SurveyFormView form = this.forms.find(batch.formId())
			.orElseThrow(() -> new NotFoundException("survey.form.unknown", batch.formId()));
		CycleView cycle = this.cycles.findForSet(form.indexSetId())
			.orElseThrow(() -> new InvalidSurveyException("survey.response.no-cycle"));
		if (!cycle.unitIds().contains(batch.unitId())) {
			throw new InvalidSurveyException("survey.response.unit", form.code());
		}
		LocalDate today = LocalDate.now(this.clock);
		List<LocalDate> days = new ArrayList<>();
		List<Map<Long, Long>> answers = new ArrayList<>();
		for (RecordPaperResponses.Sheet sheet : batch.sheets()) {
			if (sheet.day().isAfter(today)) {
				throw new InvalidSurveyException("survey.response.day", DAY.format(sheet.day()));
			}
			days.add(sheet.day());
			answers.add(options(form, sheet.answers()));
		}
		if (this.cycles.closed(cycle.id())) {
			throw new InvalidSurveyException("survey.response.year-closed");
		}
		this.batches.insert(form.id(), batch.unitId(), ResponseChannel.PAPER, days, answers);
		this.events.publishEvent(new SurveyResponsesRecorded(form.indexSetId(), form.id(), batch.unitId()));
		return days.size();
	}

	/** How many responses each unit has under a form. */
	@Transactional(readOnly = true)
	public Map<Long, Long> responsesPerUnit(long formId) {
		return this.forms.responsesPerUnit(formId);
	}

	private static Map<Long, Long> options(SurveyFormView form, Map<String, String> answers) {
		if (answers.isEmpty()) {
			throw new InvalidSurveyException("survey.response.empty");
		}
		Map<Long, Long> chosen = new LinkedHashMap<>();
		for (Map.Entry<String, String> answer : new TreeMap<>(answers).entrySet()) {
			SurveyQuestionView question = form.question(answer.getKey())
				.orElseThrow(() -> new InvalidSurveyException("survey.response.question-unknown", answer.getKey()));
			SurveyOptionView option = question.option(answer.getValue())
				.orElseThrow(() -> new InvalidSurveyException("survey.response.option-unknown", question.code(),
						answer.getValue()));
			chosen.put(question.id(), option.id());
		}
		return chosen;
	}

}
