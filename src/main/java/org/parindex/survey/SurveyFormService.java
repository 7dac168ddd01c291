package org.parindex.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The survey's questionnaires (DESIGN.md §3 "Survey"): per index set, one form per
 * respondent group, each scored question linked to a survey leaf of the set, each option
 * weighted 0 to 1 or left out of the mean. A form with responses is frozen: what was
 * answered stays what was asked. Every change is audited.
 */
@Service
@Validated
public class SurveyFormService {

	private final SurveyFormRepository forms;

	private final MethodologyService methodology;

	private final ApplicationEventPublisher events;

	SurveyFormService(SurveyFormRepository forms, MethodologyService methodology, ApplicationEventPublisher events) {
		this.forms = forms;
		this.methodology = methodology;
		this.events = events;
	}

	/** The forms of an index set, by code. */
	@Transactional(readOnly = true)
	public List<SurveyFormView> forms(long indexSetId) {
		return this.forms.forms(indexSetId);
	}

	/** A form with its questions and options, or empty for an unknown id. */
	@Transactional(readOnly = true)
	public Optional<SurveyFormView> find(long formId) {
		return this.forms.find(formId);
	}

	/**
	 * Stores a form, or replaces the one of the set with the same code (its questions and
	 * options entirely), all or nothing.
	 * @return the stored form
	 * @throws NotFoundException for an unknown index set
	 * @throws InvalidSurveyException naming the question or option: a question code used
	 * twice ({@code survey.form.question-duplicate}), a leaf that is not a survey leaf of
	 * the set ({@code survey.form.leaf-unknown}), an option label used twice
	 * ({@code survey.form.option-duplicate}), a scored question whose options all lack a
	 * weight ({@code survey.form.no-weighted-option}), a deadline not after the opening
	 * ({@code survey.form.window}), a form with responses ({@code survey.form.frozen})
	 */
	@Transactional
	public SurveyFormView define(@Valid DefineSurveyForm form) {
		IndexSetView set = this.methodology.find(form.indexSetId())
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", form.indexSetId()));
		Set<String> surveyLeaves = set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.collect(Collectors.toSet());
		check(form, surveyLeaves);
		Optional<Long> existing = this.forms.idOf(form.indexSetId(), form.code());
		long id;
		String action;
		if (existing.isPresent()) {
			id = existing.get();
			this.forms.lock(id);
			SurveyFormView before = this.forms.find(id).orElseThrow();
			if (before.frozen()) {
				throw new InvalidSurveyException("survey.form.frozen", form.code(), before.responses());
			}
			this.forms.updateForm(id, form);
			action = "survey-form-changed";
		}
		else {
			id = this.forms.insertForm(form);
			action = "survey-form-created";
		}
		this.forms.insertQuestions(id, form.questions());
		this.events.publishEvent(
				AuditableChange.of("survey-form", Long.toString(id), action, "", form.code() + " " + form.name(), ""));
		return this.forms.find(id).orElseThrow();
	}

	/**
	 * Deletes a form that has no responses.
	 * @throws NotFoundException for an unknown form
	 * @throws InvalidSurveyException once it has responses ({@code survey.form.frozen})
	 */
	@Transactional
	public void delete(long formId) {
		this.forms.lock(formId);
		SurveyFormView form = this.forms.find(formId)
			.orElseThrow(() -> new NotFoundException("survey.form.unknown", formId));
		if (form.frozen()) {
			throw new InvalidSurveyException("survey.form.frozen", form.code(), form.responses());
		}
		this.forms.deleteForm(formId);
		this.events.publishEvent(AuditableChange.of("survey-form", Long.toString(formId), "survey-form-deleted",
				form.code() + " " + form.name(), "", ""));
	}

	private static void check(DefineSurveyForm form, Set<String> surveyLeaves) {
		if (!form.closesAt().isAfter(form.opensAt())) {
			throw new InvalidSurveyException("survey.form.window");
		}
		Set<String> codes = new HashSet<>();
		for (DefineSurveyForm.Question question : form.questions()) {
			if (!codes.add(question.code())) {
				throw new InvalidSurveyException("survey.form.question-duplicate", question.code());
			}
			if (question.leafCode() != null && !surveyLeaves.contains(question.leafCode())) {
				throw new InvalidSurveyException("survey.form.leaf-unknown", question.code(), question.leafCode());
			}
			Set<String> labels = new HashSet<>();
			for (DefineSurveyForm.Option option : question.options()) {
				if (!labels.add(option.label())) {
					throw new InvalidSurveyException("survey.form.option-duplicate", question.code(), option.label());
				}
			}
			if (question.leafCode() != null && question.options().stream().allMatch((o) -> o.weight() == null)) {
				throw new InvalidSurveyException("survey.form.no-weighted-option", question.code());
			}
		}
	}

}
