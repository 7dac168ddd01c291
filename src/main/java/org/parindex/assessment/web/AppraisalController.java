package org.parindex.assessment.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.parindex.assessment.AdjustmentKind;
import org.parindex.assessment.AppraisalProgressService;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.AppraiseLeaves;
import org.parindex.assessment.CouncilRow;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.DossierStatus;
import org.parindex.assessment.ProposeAdjustment;
import org.parindex.assessment.Stage;
import org.parindex.assessment.UnitDossierView;
import org.parindex.assessment.WorkflowException;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actor;
import org.parindex.platform.Bounds;
import org.parindex.platform.Label;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appraisers' pages (the council and PAR office read them too): the cycle's units,
 * and one unit's dossier side by side with round 1 (score, comment, question) and round 2
 * (final score) for the leaves of the appraiser's areas; the council may finalize any
 * leaf in its stage.
 */
@Controller
@RequestMapping("/assessment/cycles/{cycleId}")
@PreAuthorize("hasAnyRole('APPRAISER', 'COUNCIL_MEMBER', 'PAR_OFFICE')")
class AppraisalController {

	private final AppraisalService appraisal;

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final DossierPages pages;

	private final WorkflowForms forms;

	private final Clock clock;

	private final FormErrors errors;

	private final AppraisalProgressService progress;

	AppraisalController(AppraisalService appraisal, CycleService cycles, MethodologyService methodology,
			OrganizationService organization, DossierPages pages, WorkflowForms forms, Clock clock, FormErrors errors,
			AppraisalProgressService progress) {
		this.errors = errors;
		this.progress = progress;
		this.appraisal = appraisal;
		this.cycles = cycles;
		this.methodology = methodology;
		this.organization = organization;
		this.pages = pages;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/appraisal")
	String units(@PathVariable long cycleId, Model model) {
		Actor actor = WorkflowForms.actor();
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		List<String> areas = this.appraisal.areas(cycleId, actor);
		if (actor.hasRole("APPRAISER") && areas.isEmpty()) {
			throw new NotFoundException("cycle.unknown", cycleId);
		}
		Map<Long, DossierStatus> statuses = new HashMap<>();
		this.appraisal.statuses(cycleId).forEach(statuses::put);
		model.addAttribute("cycle", cycle);
		model.addAttribute("set", set);
		model.addAttribute("areas", areas);
		model.addAttribute("units", participating(set, cycle));
		model.addAttribute("statuses", statuses);
		model.addAttribute("progress", this.progress.progress(cycleId, actor));
		model.addAttribute("stage", this.cycles.stage(cycleId, Instant.now(this.clock)));
		model.addAttribute("handedIn", !Instant.now(this.clock).isBefore(cycle.selfAssessmentUntil().toInstant()));
		return "assessment/appraisal-units";
	}

	@GetMapping("/units/{unitId}")
	String unit(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam(defaultValue = "") String area,
			Model model) {
		fill(model, cycleId, unitId, area);
		return "assessment/appraisal";
	}

	@PostMapping("/units/{unitId}")
	String appraise(@PathVariable long cycleId, @PathVariable long unitId, @RequestParam AppraiseLeaves.Round round,
			@RequestParam(defaultValue = "") String area, @RequestParam MultiValueMap<String, String> values,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = WorkflowForms.actor();
		Map<String, String> form = values.toSingleValueMap();
		try {
			FieldProblems problems = new FieldProblems();
			List<AppraiseLeaves.LeafScore> scores = new ArrayList<>();
			boolean confirmAll = form.containsKey("confirm-all");
			for (String code : values.getOrDefault("leaf", List.of())) {
				int before = problems.size();
				String typed = WorkflowForms.text(form, "points." + code);
				// a score sent back as the page showed it is untouched: the score in
				// force stands (exactly, not as shown), and round 2 finalizes it only
				// when confirmed
				boolean untouched = form.containsKey("shown." + code)
						&& typed.strip().equals(WorkflowForms.text(form, "shown." + code).strip());
				Optional<BigDecimal> points = untouched ? Optional.empty()
						: this.forms.number(typed, "points." + code,
								this.forms.leafField(code, "appraisal.points", locale), WorkflowForms.Range.POINTS,
								problems, locale);
				this.forms.bounded(form, "reason." + code, code, "field.appraisal.reason", AppraiseLeaves.REASON_MAX,
						problems, locale);
				this.forms.bounded(form, "comment." + code, code, "appraisal.internal", AppraiseLeaves.COMMENT_MAX,
						problems, locale);
				this.forms.bounded(form, "question." + code, code, "appraisal.question", AppraiseLeaves.QUESTION_MAX,
						problems, locale);
				if (problems.size() > before) {
					// said already; the workflow checks the other criteria
					continue;
				}
				scores.add(new AppraiseLeaves.LeafScore(code, points, WorkflowForms.text(form, "comment." + code),
						WorkflowForms.text(form, "reason." + code), WorkflowForms.text(form, "question." + code),
						confirmAll || form.containsKey("confirm." + code), WorkflowForms.version(form, code)));
			}
			if (!problems.isEmpty()) {
				// every fault at once: what the form could not read, and what the
				// workflow would refuse of the rest (issue 9)
				for (WorkflowException refusal : this.appraisal
					.refusals(new AppraiseLeaves(cycleId, unitId, round, scores), actor)) {
					problems.add(WorkflowForms.refusedField(refusal),
							this.forms.message(refusal.messageKey(), locale, refusal.arguments()));
				}
				problems.check();
			}
			this.appraisal.appraise(new AppraiseLeaves(cycleId, unitId, round, scores), actor);
			redirect.addFlashAttribute("notice", this.forms.message("appraisal.saved", locale));
			redirect.addAttribute("area", area);
			return "redirect:/assessment/cycles/{cycleId}/units/{unitId}";
		}
		catch (RuntimeException ex) {
			model.addAttribute("errors", this.forms.explain(ex, locale));
			model.addAttribute("invalid", this.forms.invalidFields(ex));
			model.addAttribute("form", form);
			if (WorkflowForms.badRequest(ex)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			fill(model, cycleId, unitId, area);
			return "assessment/appraisal";
		}
	}

	@GetMapping("/council")
	@PreAuthorize("hasAnyRole('COUNCIL_MEMBER', 'PAR_OFFICE')")
	String council(@PathVariable long cycleId, Model model) {
		Actor actor = WorkflowForms.actor();
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		List<CouncilRow> table = this.appraisal.councilTable(cycleId, actor);
		Map<Long, UnitView> units = new HashMap<>();
		this.organization.unitsOf(set.unitGroupId()).forEach((unit) -> units.put(unit.id(), unit));
		model.addAttribute("cycle", cycle);
		model.addAttribute("set", set);
		model.addAttribute("table", table);
		model.addAttribute("units", units);
		model.addAttribute("participants", participating(set, cycle));
		model.addAttribute("adjustments", this.appraisal.adjustments(cycleId));
		model.addAttribute("approvedBy", this.appraisal.approvedBy(cycleId).orElse(null));
		model.addAttribute("stage", this.cycles.stage(cycleId, Instant.now(this.clock)));
		return "assessment/council";
	}

	@PostMapping("/adjustments")
	@PreAuthorize("hasRole('PAR_OFFICE')")
	String propose(@PathVariable long cycleId, @Valid AdjustmentForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", this.errors.of(binding, AdjustmentForm.class, locale));
			return council(cycleId, model);
		}
		try {
			this.appraisal.proposeAdjustment(new ProposeAdjustment(cycleId, form.unitId(), form.kind(), form.points(),
					form.reason(), form.evidence()), WorkflowForms.actor());
			redirect.addFlashAttribute("notice", this.forms.message("adjustment.proposed", locale));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("errors", this.forms.explain(ex, locale));
		}
		return "redirect:/assessment/cycles/{cycleId}/council";
	}

	@PostMapping("/adjustments/{adjustmentId}")
	@PreAuthorize("hasRole('COUNCIL_MEMBER')")
	String decide(@PathVariable long cycleId, @PathVariable long adjustmentId, @RequestParam boolean approve,
			Locale locale, RedirectAttributes redirect) {
		try {
			this.appraisal.decideAdjustment(cycleId, adjustmentId, approve, WorkflowForms.actor());
			redirect.addFlashAttribute("notice", this.forms.message("adjustment.decided", locale));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("errors", this.forms.explain(ex, locale));
		}
		return "redirect:/assessment/cycles/{cycleId}/council";
	}

	private void fill(Model model, long cycleId, long unitId, String area) {
		Actor actor = WorkflowForms.actor();
		Instant now = Instant.now(this.clock);
		UnitDossierView dossier = this.pages.fill(model, cycleId, unitId, area, actor, now);
		Set<String> mine = Set.copyOf(this.appraisal.areas(cycleId, actor));
		CycleView cycle = dossier.cycle();
		Optional<AppraiseLeaves.Round> round = this.appraisal.openRound(cycleId, unitId, actor);
		String chosen = (String) model.getAttribute("area");
		boolean scorable = round.isPresent() && (actor.hasRole("COUNCIL_MEMBER") || mine.contains(chosen));
		model.addAttribute("round", round.orElse(null));
		model.addAttribute("answersClosed",
				actor.hasRole("COUNCIL_MEMBER") || !now.isBefore(cycle.explanationUntil().toInstant()));
		model.addAttribute("scorable", scorable);
		model.addAttribute("myAreas", mine);
		// the area tabs show how far round 1 has come, not what the unit entered
		model.addAttribute("areaProgress", "appraised");
	}

	/**
	 * A proposed bonus or deduction as the form sends it; points as
	 * {@code assessment_adjustment.points}, {@code numeric(9, 4)} and above zero.
	 */
	record AdjustmentForm(@Label("field.adjustment.unit") @NotNull Long unitId,
			@Label("adjustment.kind") @NotNull AdjustmentKind kind,
			@Label("adjustment.points") @NotNull @Positive @Bounds.Points BigDecimal points,
			@Label("adjustment.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason,
			@Label("adjustment.evidence") @NotBlank @Size(max = 1000, message = "{bounds.text.max}") String evidence) {

	}

	private List<UnitView> participating(IndexSetView set, CycleView cycle) {
		return this.organization.unitsOf(set.unitGroupId())
			.stream()
			.filter((unit) -> cycle.unitIds().contains(unit.id()))
			.toList();
	}

}
