package org.parindex.survey.web;

import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.NotFoundException;
import org.parindex.survey.SurveyMonitoringService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The survey's monitoring page of a year ({@code /admin/survey/sets/{setId}/monitoring},
 * issue 10 item 6): per form and unit rated, the responses against the target (the
 * minimum sample) with a warning below it, and the patterns flagged for review, each
 * saying what, where, how many and what to do. Counted afresh on every request; the page
 * says when and has a link to count again.
 */
@Controller
@PreAuthorize("hasAnyRole('SURVEY_STAFF', 'PAR_OFFICE')")
class SurveyMonitoringController {

	private final SurveyMonitoringService monitoring;

	private final MethodologyService methodology;

	SurveyMonitoringController(SurveyMonitoringService monitoring, MethodologyService methodology) {
		this.monitoring = monitoring;
		this.methodology = methodology;
	}

	@GetMapping("/admin/survey/sets/{setId}/monitoring")
	String monitoring(@PathVariable long setId, Model model) {
		IndexSetView set = this.methodology.find(setId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", setId));
		model.addAttribute("set", set);
		model.addAttribute("monitor", this.monitoring.monitor(setId));
		return "survey/monitoring";
	}

}
