package org.parindex.survey.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.parindex.methodology.IndexSetSummary;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.survey.SurveyFormReview;
import org.parindex.survey.SurveyFormService;
import org.parindex.survey.SurveyToDo;
import org.parindex.survey.SurveyToDos;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The survey hub (điều tra xã hội học) of the survey staff and the PAR office: the index
 * sets by year and unit group, newest first, each with its forms (code, respondent group,
 * weight, window, questions, responses, frozen or not), what is waiting in its survey
 * (the same to-dos as the survey staff's home page, {@link SurveyToDos}) and what can be
 * done with them.
 */
@Controller
@PreAuthorize("hasAnyRole('SURVEY_STAFF', 'PAR_OFFICE')")
class SurveyHomeController {

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final SurveyFormService forms;

	private final SurveyToDos toDos;

	SurveyHomeController(MethodologyService methodology, OrganizationService organization, SurveyFormService forms,
			SurveyToDos toDos) {
		this.methodology = methodology;
		this.organization = organization;
		this.forms = forms;
		this.toDos = toDos;
	}

	@GetMapping("/admin/survey")
	String hub(Model model) {
		Map<Long, UnitGroupView> groups = new HashMap<>();
		this.organization.groups().forEach((group) -> groups.put(group.id(), group));
		List<IndexSetSummary> sets = new ArrayList<>(this.methodology.list());
		sets.sort(Comparator.comparingInt(IndexSetSummary::year)
			.reversed()
			.thenComparing((set) -> groups.containsKey(set.unitGroupId()) ? groups.get(set.unitGroupId()).name() : ""));
		Map<Long, Boolean> hasForms = new HashMap<>();
		List<SurveyHomeSet> shown = new ArrayList<>();
		for (IndexSetSummary set : sets) {
			var setForms = this.forms.forms(set.id());
			hasForms.put(set.id(), !setForms.isEmpty());
			Map<Long, List<SurveyFormReview>> reviews = this.forms.reviews(set.id())
				.stream()
				.collect(Collectors.groupingBy(SurveyFormReview::formId));
			boolean closed = this.forms.closedYear(set.id()).isPresent();
			// the same to-dos as the survey staff's home page (SurveyReminders)
			List<SurveyToDo> toDos = (closed || set.published()) ? List.of() : this.toDos.of(set.id(), set.year());
			shown.add(new SurveyHomeSet(set,
					groups.containsKey(set.unitGroupId()) ? groups.get(set.unitGroupId()).name() : "", setForms,
					reviews, 0, closed, toDos));
		}
		// the copy is offered to a set without forms whose previous year has some
		List<SurveyHomeSet> hub = new ArrayList<>();
		for (SurveyHomeSet entry : shown) {
			int previousYear = 0;
			if (entry.forms().isEmpty() && !entry.closed()) {
				for (IndexSetSummary other : sets) {
					if (other.year() == entry.set().year() - 1 && other.unitGroupId() == entry.set().unitGroupId()
							&& hasForms.getOrDefault(other.id(), false)) {
						previousYear = other.year();
					}
				}
			}
			hub.add(new SurveyHomeSet(entry.set(), entry.groupName(), entry.forms(), entry.reviews(), previousYear,
					entry.closed(), entry.toDos()));
		}
		model.addAttribute("sets", hub);
		return "survey/forms";
	}

}
