package org.parindex.survey;

import org.parindex.methodology.IndexSetCopied;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the survey's forms with their index set: when a set is started as a copy of
 * another, the other set's forms are copied to it, in the same transaction (a set and its
 * forms are stored together or not at all).
 */
@Component
class SurveyFormCopies {

	private final SurveyFormService forms;

	SurveyFormCopies(SurveyFormService forms) {
		this.forms = forms;
	}

	@EventListener
	void on(IndexSetCopied event) {
		this.forms.copyForms(event.sourceSetId(), event.indexSetId());
	}

}
