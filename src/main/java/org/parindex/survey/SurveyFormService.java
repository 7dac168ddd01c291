package org.parindex.survey;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.parindex.assessment.CycleService;
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

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final SurveyFormRepository forms;

	private final MethodologyService methodology;

	private final ApplicationEventPublisher events;

	private final CycleService cycles;

	SurveyFormService(SurveyFormRepository forms, MethodologyService methodology, ApplicationEventPublisher events,
			CycleService cycles) {
		this.forms = forms;
		this.methodology = methodology;
		this.events = events;
		this.cycles = cycles;
	}

	/**
	 * The year of an index set whose results are closed: approved by the council or
	 * published. Then nothing of its survey changes any more (no form added, changed,
	 * deleted or copied in, no invitation code issued, no paper sheet keyed, no
	 * contractor's table imported); the pages say so instead of offering those actions.
	 * @return the set's year when closed; empty while its year is open or it has no cycle
	 * @throws NotFoundException for an unknown set
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> closedYear(long indexSetId) {
		IndexSetView set = this.methodology.find(indexSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", indexSetId));
		return this.cycles.findForSet(indexSetId)
			.filter((cycle) -> this.cycles.closed(cycle.id()))
			.map((cycle) -> set.year());
	}

	/**
	 * Refuses a change to a set's survey once its year is closed ({@link #closedYear}).
	 * @throws InvalidSurveyException {@code survey.form.year-closed} with the year
	 * @throws NotFoundException for an unknown set
	 */
	@Transactional(readOnly = true)
	public void requireOpenYear(long indexSetId) {
		Optional<Integer> closed = closedYear(indexSetId);
		if (closed.isPresent()) {
			throw new InvalidSurveyException("survey.form.year-closed", closed.get());
		}
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
	 * ({@code survey.form.window}), a form with responses ({@code survey.form.frozen}), a
	 * set whose year is approved or published ({@code survey.form.year-closed}), a code
	 * that differs from another form's of the set only by case
	 * ({@code survey.form.code-case})
	 */
	@Transactional
	public SurveyFormView define(@Valid DefineSurveyForm form) {
		IndexSetView set = this.methodology.find(form.indexSetId())
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", form.indexSetId()));
		requireOpenYear(set.id());
		check(form, surveyLeaves(set));
		Optional<Long> existing = this.forms.idOf(form.indexSetId(), form.code());
		if (existing.isEmpty()) {
			// "w4" beside "W4" reads as the same form everywhere (the hub, reminders,
			// exports): a code is one whatever its case (walk of issue 10, fourth round)
			Optional<String> sameButCase = this.forms.codeButCase(form.indexSetId(), form.code());
			if (sameButCase.isPresent()) {
				throw new InvalidSurveyException("survey.form.code-case", form.code(), sameButCase.get());
			}
		}
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
			// saved again: the questions copied unlinked have been seen
			this.forms.clearReviews(id);
			action = "survey-form-changed";
		}
		else {
			id = this.forms.insertForm(form);
			action = "survey-form-created";
		}
		this.forms.insertQuestions(id, form.questions());
		this.events.publishEvent(
				AuditableChange.of("survey-form", form.code(), action, "", form.code() + " " + form.name(), ""));
		return this.forms.find(id).orElseThrow();
	}

	/**
	 * Deletes a form that has no responses.
	 * @throws NotFoundException for an unknown form
	 * @throws InvalidSurveyException once it has responses ({@code survey.form.frozen}),
	 * or its year is approved or published ({@code survey.form.year-closed})
	 */
	@Transactional
	public void delete(long formId) {
		this.forms.lock(formId);
		SurveyFormView form = this.forms.find(formId)
			.orElseThrow(() -> new NotFoundException("survey.form.unknown", formId));
		requireOpenYear(form.indexSetId());
		if (form.frozen()) {
			throw new InvalidSurveyException("survey.form.frozen", form.code(), form.responses());
		}
		this.forms.deleteForm(formId);
		this.events.publishEvent(AuditableChange.of("survey-form", form.code(), "survey-form-deleted",
				form.code() + " " + form.name(), "", ""));
	}

	/**
	 * The questions of a set's forms that were copied from another year without their
	 * leaf and wait for review ({@link SurveyFormReview}), by form code and question
	 * position.
	 */
	@Transactional(readOnly = true)
	public List<SurveyFormReview> reviews(long indexSetId) {
		return this.forms.reviews(indexSetId);
	}

	/**
	 * Copies every form of one index set to another, as the year-to-year copy of the set
	 * does (DESIGN.md §1: "sets are copied year to year"; issue 10 item 1: a form "is
	 * copied year to year with its index set"). Each form keeps its code, texts, group
	 * weight, questions and options; its window moves by the years between the two sets
	 * (one year from one year to the next), in Vietnam's time. A question whose leaf is
	 * not a survey leaf of the target set is copied unlinked (not scored) and listed for
	 * review ({@link #reviews}). Responses are never copied. All or nothing.
	 * @return what was copied
	 * @throws NotFoundException for an unknown set
	 * @throws InvalidSurveyException when the target set already has forms
	 * ({@code survey.forms.copy-not-empty}), or its year is approved or published
	 * ({@code survey.form.year-closed})
	 */
	@Transactional
	public SurveyFormsCopied copyForms(long sourceSetId, long targetSetId) {
		IndexSetView source = this.methodology.find(sourceSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", sourceSetId));
		IndexSetView target = this.methodology.find(targetSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", targetSetId));
		if (!this.forms.forms(targetSetId).isEmpty()) {
			throw new InvalidSurveyException("survey.forms.copy-not-empty", target.year());
		}
		requireOpenYear(targetSetId);
		Set<String> surveyLeaves = surveyLeaves(target);
		int years = target.year() - source.year();
		List<SurveyFormReview> reviews = new ArrayList<>();
		List<SurveyFormView> copied = this.forms.forms(sourceSetId);
		for (SurveyFormView form : copied) {
			List<DefineSurveyForm.Question> questions = new ArrayList<>();
			List<String[]> unlinked = new ArrayList<>();
			for (SurveyQuestionView question : form.questions()) {
				String leaf = question.leafCode();
				if (leaf != null && !surveyLeaves.contains(leaf)) {
					unlinked.add(new String[] { question.code(), leaf });
					leaf = null;
				}
				questions.add(new DefineSurveyForm.Question(question.code(), question.text(), leaf, question.options()
					.stream()
					.map((option) -> new DefineSurveyForm.Option(option.label(), option.text(), option.weight()))
					.toList()));
			}
			DefineSurveyForm copy = new DefineSurveyForm(targetSetId, form.code(), form.name(), form.respondentGroup(),
					form.groupWeight(), form.intro(), form.opensAt().atZone(VIETNAM).plusYears(years).toInstant(),
					form.closesAt().atZone(VIETNAM).plusYears(years).toInstant(), questions);
			long id = this.forms.insertForm(copy);
			this.forms.insertQuestions(id, copy.questions());
			for (String[] question : unlinked) {
				this.forms.insertReview(id, question[0], question[1]);
				reviews.add(new SurveyFormReview(id, question[0], question[1]));
			}
			this.events.publishEvent(AuditableChange.of("survey-form", form.code(), "survey-form-copied", "",
					form.code() + " " + form.name() + "; copied-from=" + sourceSetId, ""));
		}
		return new SurveyFormsCopied(sourceSetId, targetSetId, copied.size(), reviews);
	}

	/**
	 * Copies the forms of the previous year's index set of the same unit group to a set
	 * that has none (see {@link #copyForms}): for a set made before forms were copied
	 * with it, or made from scratch.
	 * @throws NotFoundException for an unknown set
	 * @throws InvalidSurveyException when the previous year has no set for the group
	 * ({@code survey.forms.copy-no-previous}) or its set no forms
	 * ({@code survey.forms.copy-nothing}), or the set already has forms
	 * ({@code survey.forms.copy-not-empty})
	 */
	@Transactional
	public SurveyFormsCopied copyFromPreviousYear(long targetSetId) {
		IndexSetView target = this.methodology.find(targetSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", targetSetId));
		IndexSetView previous = this.methodology.find(target.year() - 1, target.unitGroupId())
			.orElseThrow(() -> new InvalidSurveyException("survey.forms.copy-no-previous", target.year() - 1));
		if (this.forms.forms(previous.id()).isEmpty()) {
			throw new InvalidSurveyException("survey.forms.copy-nothing", previous.year());
		}
		return copyForms(previous.id(), targetSetId);
	}

	private static Set<String> surveyLeaves(IndexSetView set) {
		return set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.collect(Collectors.toSet());
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
