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
import org.parindex.platform.Formats;
import org.parindex.platform.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

	private final AppraisalProgressService progress;

	private final Formats formats;

	AppraisalController(AppraisalService appraisal, CycleService cycles, MethodologyService methodology,
			OrganizationService organization, DossierPages pages, WorkflowForms forms, Clock clock,
			AppraisalProgressService progress, Formats formats) {
		this.formats = formats;
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
			// the cycle exists: what is missing is the appraiser's assignment (rev9)
			throw new NotFoundException("appraisal.no-areas", set.year());
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
		// every refusal names the criterion by code and name (issue 9, appr9 F4)
		Map<String, String> names = this.forms.leafNames(cycleId);
		Map<String, BigDecimal> maxima = this.forms.leafMaxima(cycleId);
		try {
			// problems read in page order, however found (walk #1)
			FieldProblems problems = new FieldProblems(values.getOrDefault("leaf", List.of()));
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
				// (round 1 keeps its own exact score, sent beside the rounded one shown:
				// issue 9, #9)
				String exact = WorkflowForms.text(form, "exact." + code);
				Optional<BigDecimal> points = (untouched && round == AppraiseLeaves.Round.ROUND1 && !exact.isBlank())
						? this.forms.number(exact, "points." + code,
								this.forms.leafField(code, names, "appraisal.points", locale),
								WorkflowForms.Range.POINTS, problems, locale)
						: untouched ? Optional.empty()
								: this.forms.points(typed, "points." + code,
										this.forms.leafField(code, names, "appraisal.points", locale),
										maxima.getOrDefault(code, BigDecimal.ONE), problems, locale);
				this.forms.bounded(form, "reason." + code, code, names, "field.appraisal.reason",
						AppraiseLeaves.REASON_MAX, problems, locale);
				this.forms.bounded(form, "comment." + code, code, names, "appraisal.internal",
						AppraiseLeaves.COMMENT_MAX, problems, locale);
				this.forms.bounded(form, "question." + code, code, names, "appraisal.question",
						AppraiseLeaves.QUESTION_MAX, problems, locale);
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
					problems.add(WorkflowForms.refusedLeaf(refusal), WorkflowForms.refusedField(refusal),
							this.forms.refusal(refusal, names, locale));
				}
				problems.check();
			}
			List<String> stored = this.appraisal.appraise(new AppraiseLeaves(cycleId, unitId, round, scores), actor);
			// the notice names the unit and the criteria this save stored, not every
			// criterion the form sent back (issue 9)
			redirect.addFlashAttribute("notice",
					stored.isEmpty() ? this.forms.message("appraisal.saved.nothing", locale, unitName(unitId))
							: this.forms.message("appraisal.saved.named", locale, unitName(unitId),
									String.join(", ", stored), stored.size()));
			redirect.addAttribute("area", area);
			return "redirect:/assessment/cycles/{cycleId}/units/{unitId}";
		}
		catch (RuntimeException ex) {
			// each problem beside its field and linked from the summary (issue 9, #3)
			this.forms.showProblems(model, ex, names, locale);
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
		if (!model.containsAttribute("invalid")) {
			model.addAttribute("invalid", Set.of());
		}
		return "assessment/council";
	}

	/**
	 * The PAR office proposes a bonus or deduction. Every fault of the form comes in one
	 * answer (400, the page with what was typed), each naming the unit and the field, the
	 * points checked against the index set's cap for the kind (points: above 0, at most
	 * the cap, at most four decimals); the fields at fault are marked.
	 */
	@PostMapping("/adjustments")
	@PreAuthorize("hasRole('PAR_OFFICE')")
	String propose(@PathVariable long cycleId, @RequestParam MultiValueMap<String, String> values, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> form = values.toSingleValueMap();
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		FieldProblems problems = new FieldProblems();
		Optional<UnitView> unit = participating(set, cycle).stream()
			.filter((candidate) -> Long.toString(candidate.id()).equals(WorkflowForms.text(form, "unitId").strip()))
			.findFirst();
		if (unit.isEmpty()) {
			problems.add("unitId",
					this.forms.message("form.field", locale, this.forms.message("field.adjustment.unit", locale),
							this.forms.message("adjustment.unit.choose", locale)));
		}
		Optional<AdjustmentKind> kind = java.util.Arrays.stream(AdjustmentKind.values())
			.filter((candidate) -> candidate.name().equals(WorkflowForms.text(form, "kind")))
			.findFirst();
		if (kind.isEmpty()) {
			problems.add("kind", this.forms.message("form.field", locale, this.forms.message("adjustment.kind", locale),
					this.forms.message("adjustment.kind.choose", locale)));
		}
		String kindName = kind
			.map((k) -> this.forms.message("adjustment.kind." + k.name().toLowerCase(Locale.ROOT), locale))
			.orElse(this.forms.message("adjustment.points", locale));
		String pointsField = unit.map((u) -> this.forms.message("adjustment.field.for", locale, kindName, u.name()))
			.orElse(kindName);
		String typed = WorkflowForms.text(form, "points");
		// the hint's example fits the cap of the kind chosen (the larger one before)
		BigDecimal shownCap = kind.map((k) -> (k == AdjustmentKind.BONUS) ? set.bonusCap() : set.deductionCap())
			.orElse(set.bonusCap().max(set.deductionCap()));
		Optional<BigDecimal> points = this.forms.points(typed, "points", pointsField, shownCap, problems, locale);
		if (typed.isBlank()) {
			problems.add("points", this.forms.message("form.field", locale, pointsField,
					this.forms.message("adjustment.points.required", locale)));
		}
		else if (points.isPresent() && kind.isPresent()) {
			BigDecimal cap = (kind.get() == AdjustmentKind.BONUS) ? set.bonusCap() : set.deductionCap();
			if (points.get().signum() <= 0 || points.get().compareTo(cap) > 0) {
				problems.add("points", this.forms.message("form.field", locale, pointsField,
						this.forms.message("adjustment.points.range", locale, this.formats.number(cap))));
			}
		}
		required(form, "reason", "adjustment.reason", 2000, unit, problems, locale);
		required(form, "evidence", "adjustment.evidence", 1000, unit, problems, locale);
		try {
			problems.check();
			this.appraisal.proposeAdjustment(
					new ProposeAdjustment(cycleId, unit.get().id(), kind.get(), points.get(),
							WorkflowForms.text(form, "reason"), WorkflowForms.text(form, "evidence")),
					WorkflowForms.actor());
			redirect.addFlashAttribute("notice",
					this.forms.message(
							(kind.get() == AdjustmentKind.BONUS) ? "adjustment.proposed.bonus"
									: "adjustment.proposed.deduction",
							locale, this.formats.number(points.get()), unit.get().name()));
			return "redirect:/assessment/cycles/{cycleId}/council";
		}
		catch (RuntimeException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", this.forms.explain(ex, locale));
			model.addAttribute("invalid", this.forms.invalidFields(ex));
			return council(cycleId, model);
		}
	}

	/**
	 * A required text of the proposal form within its column's length; a refusal names
	 * the unit when one is chosen.
	 */
	private void required(Map<String, String> form, String name, String labelKey, int max, Optional<UnitView> unit,
			FieldProblems problems, Locale locale) {
		String value = WorkflowForms.text(form, name).strip();
		String label = this.forms.message(labelKey, locale);
		String field = unit.map((u) -> this.forms.message("adjustment.field.for", locale, label, u.name()))
			.orElse(label);
		if (value.isEmpty()) {
			problems.add(name, this.forms.message("form.field", locale, field,
					this.forms.message("adjustment.text.required", locale)));
		}
		else if (value.codePointCount(0, value.length()) > max) {
			problems.add(name, this.forms.message("form.field", locale, field,
					this.forms.message("selfassess.text.max", locale, max, value.codePointCount(0, value.length()))));
		}
	}

	/**
	 * The council decides a proposed bonus or deduction. A decision cannot be undone, so
	 * it is asked first (issue 9, appr9 F7): without {@code confirmed} the council's page
	 * comes back with a confirmation naming the unit, the kind, the points and the
	 * consequence, and a field for the reason; a confirmed decision without a reason is
	 * refused (400) naming the field, and nothing changes. The reason is stored with the
	 * decision, audited, mailed and shown in the proposals' table.
	 */
	@PostMapping("/adjustments/{adjustmentId}")
	@PreAuthorize("hasRole('COUNCIL_MEMBER')")
	String decide(@PathVariable long cycleId, @PathVariable long adjustmentId, @RequestParam boolean approve,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<org.parindex.assessment.AdjustmentProposalView> proposal = this.appraisal.adjustments(cycleId)
			.stream()
			.filter((adjustment) -> adjustment.id() == adjustmentId)
			.findFirst();
		if (proposal.isEmpty()) {
			// names the proposal that is missing, not the cycle (issue 9, rev9)
			throw new NotFoundException("assessment.adjustment.unknown", adjustmentId);
		}
		if (!confirmed || reason.isBlank()) {
			model.addAttribute("deciding",
					new Deciding(proposal.get(), approve, reason, unitName(proposal.get().unitId()), this.forms
						.message("adjustment.kind." + proposal.get().kind().name().toLowerCase(Locale.ROOT), locale)));
			if (confirmed) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("errors", List.of(this.forms.message("form.field", locale, this.forms.message(
						"adjustment.decision-reason.for", locale,
						this.forms.message("adjustment.kind." + proposal.get().kind().name().toLowerCase(Locale.ROOT),
								locale),
						unitName(proposal.get().unitId())),
						this.forms.message("adjustment.decision-reason.required", locale, approve ? 1 : 0))));
				model.addAttribute("invalid", Set.of("reason"));
			}
			return council(cycleId, model);
		}
		try {
			this.appraisal.decideAdjustment(cycleId, adjustmentId, approve, reason, WorkflowForms.actor());
			String named = this.appraisal.adjustments(cycleId)
				.stream()
				.filter((adjustment) -> adjustment.id() == adjustmentId)
				.findFirst()
				.map((adjustment) -> this.forms.message(
						(adjustment.kind() == AdjustmentKind.BONUS) ? "adjustment.decided.bonus"
								: "adjustment.decided.deduction",
						locale, this.formats.number(adjustment.points()), unitName(adjustment.unitId()),
						approve ? 1 : 0))
				.orElseGet(() -> this.forms.message("adjustment.decided", locale));
			redirect.addFlashAttribute("notice", named);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("errors", this.forms.explain(ex, locale));
		}
		return "redirect:/assessment/cycles/{cycleId}/council";
	}

	/**
	 * A council decision asked for confirmation: the proposal, the decision asked for,
	 * the reason typed so far, and the unit's name and the kind in words.
	 */
	record Deciding(org.parindex.assessment.AdjustmentProposalView proposal, boolean approve, String reason,
			String unitName, String kindName) {

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
		// the area tabs show how far the appraisal has come, not what the unit entered:
		// round 1's scores, then, from round 2 on, what round 2 finalised (issue 9)
		boolean roundTwo = round.filter((open) -> open == AppraiseLeaves.Round.ROUND2).isPresent()
				|| dossier.leaves().stream().anyMatch((leaf) -> leaf.finalPoints().isPresent());
		model.addAttribute("areaProgress", roundTwo ? "finalised" : "appraised");
	}

	private List<UnitView> participating(IndexSetView set, CycleView cycle) {
		return this.organization.unitsOf(set.unitGroupId())
			.stream()
			.filter((unit) -> cycle.unitIds().contains(unit.id()))
			.toList();
	}

	/** A unit's name for a notice; blank for an unknown unit. */
	private String unitName(long unitId) {
		return this.organization.findUnit(unitId).map((unit) -> unit.name()).orElse("");
	}

}
