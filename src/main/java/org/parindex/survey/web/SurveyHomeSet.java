package org.parindex.survey.web;

import java.util.List;
import java.util.Map;

import org.parindex.methodology.IndexSetSummary;
import org.parindex.survey.SurveyFormReview;
import org.parindex.survey.SurveyFormView;
import org.parindex.survey.SurveyToDo;

/**
 * An index set as the survey hub shows it: its year and unit group, its forms, and the
 * questions to review after a copy.
 *
 * @param groupName the unit group's name
 * @param forms the set's forms, by code
 * @param reviews per form id, the questions copied without their leaf
 * @param previousYear the year before, whose set of the same group has forms to copy, or
 * 0 when there is none (then no copy is offered)
 * @param closed the set's year is approved by the council or published: nothing of its
 * survey changes any more, so no action that would is offered
 * @param toDos what is waiting in the set's survey, as the survey staff's home page lists
 * it (none once closed)
 */
public record SurveyHomeSet(IndexSetSummary set, String groupName, List<SurveyFormView> forms,
		Map<Long, List<SurveyFormReview>> reviews, int previousYear, boolean closed, List<SurveyToDo> toDos) {

	public SurveyHomeSet {
		forms = List.copyOf(forms);
		reviews = Map.copyOf(reviews);
		toDos = List.copyOf(toDos);
	}

	/** The questions of a form to review, possibly none. */
	public List<SurveyFormReview> reviewsOf(long formId) {
		return this.reviews.getOrDefault(formId, List.of());
	}

}
