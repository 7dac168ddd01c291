package org.parindex.reporting.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.InvalidIndexSetException;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.platform.Actor;
import org.parindex.platform.Actors;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.NotFoundException;
import org.parindex.reporting.PublicationService;

import org.springframework.context.MessageSource;
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
 * The PAR office publishes a year for a unit group once the council has approved it, and
 * corrects published results, each correction a new revision with its reason.
 */
@Controller
@RequestMapping("/admin/reporting/cycles/{cycleId}")
@PreAuthorize("hasRole('PAR_OFFICE')")
class PublicationAdminController {

	private final PublicationService publications;

	private final CycleService cycles;

	private final AppraisalService appraisal;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final MessageSource messages;

	PublicationAdminController(PublicationService publications, CycleService cycles, AppraisalService appraisal,
			MethodologyService methodology, OrganizationService organization, MessageSource messages) {
		this.publications = publications;
		this.cycles = cycles;
		this.appraisal = appraisal;
		this.methodology = methodology;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/publication")
	String publication(@PathVariable long cycleId, Model model) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		model.addAttribute("cycle", cycle);
		model.addAttribute("set", set);
		model.addAttribute("group", this.organization.findGroup(set.unitGroupId()).orElseThrow());
		model.addAttribute("units",
				this.organization.unitsOf(set.unitGroupId())
					.stream()
					.filter((unit) -> cycle.unitIds().contains(unit.id()))
					.toList());
		model.addAttribute("approvedBy", this.appraisal.approvedBy(cycleId).orElse(null));
		model.addAttribute("revisions", this.publications.revisions(set.id()));
		return "reporting/publication";
	}

	@PostMapping("/publish")
	String publish(@PathVariable long cycleId, Locale locale, RedirectAttributes redirect) {
		try {
			this.publications.publish(cycleId, actor());
			redirect.addFlashAttribute("notice", this.messages.getMessage("publication.published", null, locale));
		}
		catch (InvalidIndexSetException ex) {
			redirect.addFlashAttribute("errors", ex.issues()
				.stream()
				.map((issue) -> this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(), locale))
				.toList());
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:/admin/reporting/cycles/{cycleId}/publication";
	}

	@PostMapping("/corrections")
	String correct(@PathVariable long cycleId, @RequestParam long unitId, @RequestParam String leafCode,
			@RequestParam String points, @RequestParam String reason, Locale locale, RedirectAttributes redirect) {
		try {
			BigDecimal value = new BigDecimal(points.strip().replace(',', '.'));
			this.appraisal.correct(cycleId, unitId, leafCode.strip(), value, reason, actor());
			redirect.addFlashAttribute("notice", this.messages.getMessage("publication.corrected", null, locale));
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("error",
					this.messages.getMessage("assessment.input.number", new Object[] { leafCode, points }, locale));
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:/admin/reporting/cycles/{cycleId}/publication";
	}

	private static Actor actor() {
		return Actors.current().orElseThrow();
	}

}
