package org.parindex.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.NotApplicableService;
import org.parindex.assessment.WorkflowException;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PAR office's page of criteria not applicable to units in a year's cycle (issue 9,
 * item 14d): the marks with their reasons, a form to mark a node for a unit, and a button
 * to make one applicable again. Reached from the cycle page.
 */
@Controller
@RequestMapping("/admin/assessment/cycles/{id}/not-applicable")
@PreAuthorize("hasAnyRole('PAR_OFFICE', 'ADMINISTRATOR')")
class NotApplicableController {

	private final NotApplicableService notApplicable;

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final MessageSource messages;

	NotApplicableController(NotApplicableService notApplicable, CycleService cycles, MethodologyService methodology,
			OrganizationService organization, MessageSource messages) {
		this.notApplicable = notApplicable;
		this.cycles = cycles;
		this.methodology = methodology;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		CycleView cycle = this.cycles.find(id).orElseThrow(() -> new NotFoundException("cycle.unknown", id));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		Map<Long, UnitView> units = new LinkedHashMap<>();
		this.organization.unitsOf(set.unitGroupId())
			.stream()
			.filter((unit) -> cycle.unitIds().contains(unit.id()))
			.forEach((unit) -> units.put(unit.id(), unit));
		model.addAttribute("cycle", cycle);
		model.addAttribute("set", set);
		model.addAttribute("units", units);
		model.addAttribute("marks", this.notApplicable.list(id));
		model.addAttribute("closed", this.cycles.closed(id));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "assessment/not-applicable";
	}

	@PostMapping
	String mark(@PathVariable long id, @RequestParam(defaultValue = "0") long unitId,
			@RequestParam(defaultValue = "") String nodeCode, @RequestParam(defaultValue = "") String reason,
			Model model, Locale locale, HttpServletResponse response) {
		try {
			this.notApplicable.mark(id, unitId, nodeCode, reason);
		}
		catch (WorkflowException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
			model.addAttribute("form", Map.of("unitId", Long.toString(unitId), "nodeCode", nodeCode, "reason", reason));
			return page(id, model);
		}
		return "redirect:/admin/assessment/cycles/" + id + "/not-applicable";
	}

	/**
	 * Makes a criterion apply to the unit again once confirmed ({@code confirmed=true});
	 * before, the page asks beside the mark, saying that the total is converted no more
	 * and the reason is dropped (issue 9: nothing is undone in one click).
	 */
	@PostMapping("/remove")
	String unmark(@PathVariable long id, @RequestParam long unitId, @RequestParam String nodeCode,
			@RequestParam(defaultValue = "false") boolean confirmed, Locale locale, RedirectAttributes redirect) {
		if (!confirmed) {
			redirect.addFlashAttribute("confirmRemove", unitId + "/" + nodeCode);
			return "redirect:/admin/assessment/cycles/" + id + "/not-applicable";
		}
		try {
			this.notApplicable.unmark(id, unitId, nodeCode);
		}
		catch (WorkflowException ex) {
			redirect.addFlashAttribute("errors",
					List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
		}
		return "redirect:/admin/assessment/cycles/" + id + "/not-applicable";
	}

}
