package org.parindex.reporting.web;

import java.util.Locale;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.Formats;
import org.parindex.platform.NotFoundException;
import org.parindex.reporting.ReportingService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The province dashboard of a year before publication (issue 12, item 2: "PAR office,
 * council; public once published"): the public dashboard's charts and tables from the
 * results as scored now, marked as not published, for the PAR office and council members
 * only. Once the year is published it leads to the public dashboard.
 */
@Controller
@PreAuthorize("hasAnyRole('PAR_OFFICE', 'COUNCIL_MEMBER')")
class DraftDashboardController {

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final ReportingService reporting;

	private final DashboardCharts charts;

	DraftDashboardController(CycleService cycles, MethodologyService methodology, ReportingService reporting,
			MessageSource messages, Formats formats, JsonMapper json) {
		this.cycles = cycles;
		this.methodology = methodology;
		this.reporting = reporting;
		this.charts = new DashboardCharts(messages, formats, json);
	}

	/**
	 * The dashboard of a cycle's year as scored now.
	 * @throws NotFoundException for an unknown cycle
	 */
	@GetMapping("/admin/reporting/cycles/{cycleId}/dashboard")
	String dashboard(@PathVariable long cycleId, Locale locale, Model model) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		if (set.published()) {
			return "redirect:/reporting/rankings/" + set.year() + "/" + this.reporting.groupCode(set.unitGroupId())
					+ "/dashboard";
		}
		this.charts.addTo(model, this.reporting.dashboardBeforePublication(set), locale);
		model.addAttribute("cycle", cycle);
		model.addAttribute("draft", true);
		return "reporting/dashboard";
	}

}
