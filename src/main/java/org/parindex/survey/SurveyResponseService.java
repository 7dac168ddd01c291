package org.parindex.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

	private final SurveyFormRepository forms;

	private final CycleService cycles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SurveyResponseService(SurveyFormRepository forms, CycleService cycles, ApplicationEventPublisher events,
			Clock clock) {
		this.forms = forms;
		this.cycles = cycles;
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
						Formats.TIME.format(form.opensAt().atZone(this.clock.getZone())));
			}
			if (!now.isBefore(form.closesAt())) {
				throw new InvalidSurveyException("survey.response.closed",
						Formats.TIME.format(form.closesAt().atZone(this.clock.getZone())));
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
