package org.parindex.reporting.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.parindex.assessment.AdjustmentKind;
import org.parindex.assessment.AdjustmentStatus;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actors;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.NotFoundException;
import org.parindex.reporting.PublicationPreview;
import org.parindex.reporting.PublicationService;
import org.parindex.reporting.RankCertaintyService;

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
 * The council's approval of a year, after a preview of the results exactly as they would
 * be published and of what is missing unit by unit; approving asks for confirmation of
 * the consequence and, when anything is missing, of approving without it.
 */
@Controller
@RequestMapping("/assessment/cycles/{cycleId}/council/approval")
class ApprovalController {

	private final PublicationService publications;

	private final CycleService cycles;

	private final AppraisalService appraisal;

	private final MethodologyService methodology;

	private final MessageSource messages;

	private final Clock clock;

	private final RankCertaintyService certainty;

	private final OrganizationService organization;

	private final org.parindex.platform.Formats formats;

	ApprovalController(PublicationService publications, CycleService cycles, AppraisalService appraisal,
			MethodologyService methodology, MessageSource messages, Clock clock, RankCertaintyService certainty,
			OrganizationService organization, org.parindex.platform.Formats formats) {
		this.formats = formats;
		this.publications = publications;
		this.cycles = cycles;
		this.appraisal = appraisal;
		this.methodology = methodology;
		this.messages = messages;
		this.clock = clock;
		this.certainty = certainty;
		this.organization = organization;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('COUNCIL_MEMBER', 'PAR_OFFICE')")
	String approval(@PathVariable long cycleId, Model model) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		model.addAttribute("cycle", cycle);
		model.addAttribute("set", set);
		model.addAttribute("approvedBy", this.appraisal.approvedBy(cycleId).orElse(null));
		model.addAttribute("stage", this.cycles.stage(cycleId, Instant.now(this.clock)));
		if (set.published()) {
			// nothing left to approve: the page leads to the year as published, never to
			// a preview of what an old year's records lack
			model.addAttribute("group", this.organization.findGroup(set.unitGroupId()).orElseThrow());
			return "reporting/approval";
		}
		PublicationPreview preview = this.publications.preview(cycleId, Actors.current().orElseThrow());
		model.addAttribute("preview", preview);
		// undecided proposals block the approval: listed apart from what one may
		// knowingly continue past, each named with a link to decide it (walk of 02/12,
		// finding 4)
		model.addAttribute("undecided", undecided(cycleId));
		model.addAttribute("certainty", this.certainty.of(preview).orElse(null));
		return "reporting/approval";
	}

	@PostMapping
	@PreAuthorize("hasRole('COUNCIL_MEMBER')")
	String approve(@PathVariable long cycleId, @RequestParam(defaultValue = "false") boolean confirmConsequence,
			@RequestParam(defaultValue = "false") boolean confirmMissing, Locale locale, RedirectAttributes redirect) {
		// a retried or double-clicked confirmation finds the year approved by the
		// first: the same outcome, never a refusal (issue 9, corrections item 1)
		if (this.appraisal.approvedBy(cycleId).isPresent()) {
			return approved(cycleId, locale, redirect);
		}
		try {
			this.publications.approve(cycleId, Actors.current().orElseThrow(),
					new PublicationService.Confirmation(confirmConsequence, confirmMissing));
			return approved(cycleId, locale, redirect);
		}
		catch (LocalizedException ex) {
			if (this.appraisal.approvedBy(cycleId).isPresent()) {
				// two confirmations at once: the second waited for the first's lock
				return approved(cycleId, locale, redirect);
			}
			List<Undecided> undecided = undecided(cycleId);
			String error = ("assessment.approve.pending-adjustments".equals(ex.messageKey()) && !undecided.isEmpty())
					? this.messages.getMessage("approval.refused.undecided",
							new Object[] { undecided.size(),
									String.join("; ", undecided.stream().map((item) -> label(item, locale)).toList()) },
							locale)
					: this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
			redirect.addFlashAttribute("error", error);
			// the ticks stay as the council member left them
			redirect.addFlashAttribute("confirmedConsequence", confirmConsequence);
			redirect.addFlashAttribute("confirmedMissing", confirmMissing);
			return "redirect:/assessment/cycles/{cycleId}/council/approval";
		}
	}

	/** The council page with the notice of the approval, naming the year. */
	private String approved(long cycleId, Locale locale, RedirectAttributes redirect) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow();
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		redirect.addFlashAttribute("notice", this.messages.getMessage("council.approved.named",
				new Object[] { set.year(), cycle.unitIds().size() }, locale));
		return "redirect:/assessment/cycles/{cycleId}/council";
	}

	/** A proposal as the refusal names it: "Đak Pơ · Điểm trừ 0,50". */
	private String label(Undecided item, Locale locale) {
		return this.messages.getMessage("approval.undecided.item",
				new Object[] { item.unitName(), this.messages.getMessage(item.kindKey(), null, locale), item.points() },
				locale);
	}

	/** The proposals still waiting for the council's decision, oldest first. */
	private List<Undecided> undecided(long cycleId) {
		return this.appraisal.adjustments(cycleId)
			.stream()
			.filter((item) -> item.status() == AdjustmentStatus.PROPOSED)
			.map((item) -> new Undecided(item.id(),
					this.organization.findUnit(item.unitId()).map(UnitView::name).orElse(Long.toString(item.unitId())),
					item.kind(), this.formats.points(item.points())))
			.toList();
	}

	/**
	 * A bonus or deduction proposal that blocks the approval until the council decides
	 * it.
	 *
	 * @param points the points proposed, as published ({@code 0,50})
	 */
	record Undecided(long id, String unitName, AdjustmentKind kind, String points) {

		/** The message key of the kind ({@code adjustment.kind.bonus}). */
		public String kindKey() {
			return "adjustment.kind." + this.kind.name().toLowerCase(Locale.ROOT);
		}

	}

}
