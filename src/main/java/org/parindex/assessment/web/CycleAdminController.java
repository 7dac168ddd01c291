package org.parindex.assessment.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CouncilRow;
import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.DossierService;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.InvalidCycleException;
import org.parindex.methodology.IndexSetSummary;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actor;
import org.parindex.platform.Formats;
import org.parindex.platform.Label;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PAR office's cycles: open a year's cycle for an index set, set each stage's
 * deadline (Asia/Ho_Chi_Minh) and the participating units, and see every unit's status on
 * one screen.
 */
@Controller
@RequestMapping("/admin/assessment/cycles")
@PreAuthorize("hasAnyRole('PAR_OFFICE', 'ADMINISTRATOR')")
class CycleAdminController {

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final Clock clock;

	private final AppraisalService appraisal;

	private final DossierService dossiers;

	private final WorkflowForms forms;

	private final FormErrors errors;

	private final Formats fmt;

	CycleAdminController(CycleService cycles, MethodologyService methodology, OrganizationService organization,
			MessageSource messages, Clock clock, AppraisalService appraisal, DossierService dossiers,
			WorkflowForms forms, FormErrors errors, Formats fmt) {
		this.errors = errors;
		this.fmt = fmt;
		this.appraisal = appraisal;
		this.dossiers = dossiers;
		this.forms = forms;
		this.cycles = cycles;
		this.methodology = methodology;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String cycles(Model model) {
		Map<Long, IndexSetSummary> sets = new HashMap<>();
		this.methodology.list().forEach((set) -> sets.put(set.id(), set));
		List<CycleView> cycles = this.cycles.cycles();
		Set<Long> withCycle = new HashSet<>();
		cycles.forEach((cycle) -> withCycle.add(cycle.indexSetId()));
		model.addAttribute("cycles", cycles);
		model.addAttribute("stages", this.cycles.stages(Instant.now(this.clock)));
		model.addAttribute("sets", sets);
		model.addAttribute("setsWithoutCycle",
				this.methodology.list().stream().filter((set) -> !withCycle.contains(set.id())).toList());
		model.addAttribute("now", Instant.now(this.clock));
		return "assessment/cycles";
	}

	/**
	 * Opens a cycle on the index set with the suggested deadlines (15 January to 15 April
	 * of the next year). When any of them is already past, nothing is opened until the
	 * PAR office confirms ({@code confirmed=true}): the page comes back naming what
	 * opening would do at once (how many dossiers lock, which stage the cycle starts in),
	 * as saving deadlines in the past does (issue 9, W8).
	 */
	@PostMapping
	String open(@RequestParam long indexSetId, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		IndexSetView set = this.methodology.find(indexSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", indexSetId));
		Set<Long> units = new HashSet<>();
		this.organization.unitsOf(set.unitGroupId())
			.stream()
			.filter(UnitView::active)
			.forEach((unit) -> units.add(unit.id()));
		int year = set.year();
		CycleDeadlines defaults = new CycleDeadlines(LocalDateTime.of(year + 1, 1, 15, 17, 0),
				LocalDateTime.of(year + 1, 2, 15, 17, 0), LocalDateTime.of(year + 1, 2, 28, 17, 0),
				LocalDateTime.of(year + 1, 3, 31, 17, 0), LocalDateTime.of(year + 1, 4, 15, 8, 0), units);
		Instant now = Instant.now(this.clock);
		List<LocalDateTime> passed = java.util.stream.Stream
			.of(defaults.selfAssessmentUntil(), defaults.appraisalUntil(), defaults.explanationUntil(),
					defaults.councilUntil(), defaults.publicationOn())
			.filter((until) -> !until.atZone(org.parindex.assessment.cycle.Cycle.ZONE).toInstant().isAfter(now))
			.toList();
		if (!confirmed && !passed.isEmpty() && this.cycles.findForSet(indexSetId).isEmpty()) {
			List<String> said = new java.util.ArrayList<>();
			said.add(this.messages.getMessage("cycles.open.confirm.past",
					new Object[] { year, passed.size(), Formats.localTime(passed.get(passed.size() - 1)) }, locale));
			if (passed.contains(defaults.selfAssessmentUntil())) {
				said.add(this.messages.getMessage("cycles.open.confirm.lock",
						new Object[] { units.size(), Formats.localTime(defaults.selfAssessmentUntil()) }, locale));
			}
			model.addAttribute("confirmOpen", said);
			model.addAttribute("confirmOpenSet", set);
			return cycles(model);
		}
		try {
			CycleView cycle = this.cycles.open(indexSetId, defaults);
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("cycles.opened.named", new Object[] { year, units.size() }, locale));
			return "redirect:/admin/assessment/cycles/" + cycle.id();
		}
		catch (InvalidCycleException ex) {
			HttpStatus status = "cycle.exists".equals(ex.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
			response.setStatus(status.value());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return cycles(model);
		}
	}

	@GetMapping("/{id}")
	String cycle(@PathVariable long id, Model model) {
		CycleView cycle = this.cycles.find(id).orElseThrow(() -> new NotFoundException("cycle.unknown", id));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		Map<Long, UnitView> units = new HashMap<>();
		List<UnitView> groupUnits = this.organization.unitsOf(set.unitGroupId());
		groupUnits.forEach((unit) -> units.put(unit.id(), unit));
		model.addAttribute("cycle", cycle);
		model.addAttribute("set", set);
		model.addAttribute("group", this.organization.findGroup(set.unitGroupId()).orElseThrow());
		model.addAttribute("units", units);
		model.addAttribute("groupUnits", groupUnits);
		model.addAttribute("progress", this.cycles.progress(cycle));
		Actor actor = WorkflowForms.actor();
		if (actor.hasRole("PAR_OFFICE")) {
			Map<Long, CouncilRow> rows = new HashMap<>();
			this.appraisal.councilTable(id, actor).forEach((row) -> rows.put(row.unitId(), row));
			model.addAttribute("rows", rows);
		}
		model.addAttribute("approvedBy", this.appraisal.approvedBy(id).orElse(null));
		model.addAttribute("stage", this.cycles.stage(id, Instant.now(this.clock)));
		model.addAttribute("shown",
				Map.of("self", Formats.localTime(cycle.selfAssessmentUntil()), "appraisal",
						Formats.localTime(cycle.appraisalUntil()), "explanation",
						Formats.localTime(cycle.explanationUntil()), "council", Formats.localTime(cycle.councilUntil()),
						"publication", Formats.localTime(cycle.publicationOn())));
		model.addAttribute("input", Map.of("self", INPUT.format(cycle.selfAssessmentUntil()), "appraisal",
				INPUT.format(cycle.appraisalUntil()), "explanation", INPUT.format(cycle.explanationUntil()), "council",
				INPUT.format(cycle.councilUntil()), "publication", INPUT.format(cycle.publicationOn())));
		return "assessment/cycle";
	}

	/**
	 * The progress table of the cycle's page as a workbook (issue 12, item 1), streamed:
	 * every participating unit with its status, entries, explanation counts and what is
	 * overdue now.
	 * @throws NotFoundException for an unknown cycle
	 */
	@GetMapping("/{id}/progress.xlsx")
	void progressWorkbook(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		CycleView cycle = this.cycles.find(id).orElseThrow(() -> new NotFoundException("cycle.unknown", id));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		Map<Long, UnitView> units = new HashMap<>();
		this.organization.unitsOf(set.unitGroupId()).forEach((unit) -> units.put(unit.id(), unit));
		Map<Long, CouncilRow> rows = new HashMap<>();
		Actor actor = WorkflowForms.actor();
		if (actor.hasRole("PAR_OFFICE")) {
			this.appraisal.councilTable(id, actor).forEach((row) -> rows.put(row.unitId(), row));
		}
		Instant now = Instant.now(this.clock);
		String group = this.organization.findGroup(set.unitGroupId()).orElseThrow().name();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(CycleProgressWorkbook.fileName(set)).build().toString());
		new CycleProgressWorkbook(this.messages, locale).write(cycle, set, group, units, this.cycles.progress(cycle),
				rows, this.cycles.stage(id, now), this.fmt.time(now), response.getOutputStream());
	}

	/**
	 * Returns a submitted dossier to its unit. Once the appraisal has started on it (a
	 * criterion scored in round 1 or a question asked), nothing is returned until the PAR
	 * office confirms ({@code confirmed=true}): the page comes back with the reason typed
	 * and how far the appraisal has got, and says that the unit must submit again before
	 * the self-assessment deadline or count as not submitted (issue 9, W2).
	 */
	@PostMapping("/{id}/units/{unitId}/return")
	@PreAuthorize("hasRole('PAR_OFFICE')")
	String returnToUnit(@PathVariable long id, @PathVariable long unitId, @Valid ReturnForm form, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", this.errors.of(binding, ReturnForm.class, locale));
			return cycle(id, model);
		}
		if (!confirmed) {
			Optional<String> started = appraisalStarted(id, unitId, locale);
			if (started.isPresent()) {
				model.addAttribute("confirmReturn",
						Map.of("unitId", unitId, "reason", form.reason(), "said", started.get()));
				return cycle(id, model);
			}
		}
		try {
			this.dossiers.returnToUnit(id, unitId, form.reason(), WorkflowForms.actor());
			// the notice names the unit (issue 9, A-messages)
			String unitName = this.organization.findUnit(unitId).map((unit) -> unit.name()).orElse("");
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("dashboard.returned.named", new Object[] { unitName }, locale));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("errors", this.forms.explain(ex, locale));
		}
		return "redirect:/admin/assessment/cycles/" + id;
	}

	/**
	 * Saves the deadlines and participants. Deadlines that close a stage at once (moved
	 * into the past) are saved only once confirmed ({@code confirmed=true}); before, the
	 * page comes back with what saving would do (e.g. how many dossiers it locks) and
	 * everything typed, and nothing changes (issue 9, item 7).
	 */
	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid DeadlinesForm form, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response,
			jakarta.servlet.http.HttpServletRequest request) {
		// a refused form shows the units as they were ticked, none included
		String[] ticked = request.getParameterValues("units");
		model.addAttribute("tickedUnits", (ticked != null) ? Set.copyOf(java.util.Arrays.asList(ticked)) : Set.of());
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", this.errors.of(binding, DeadlinesForm.class, locale));
			return cycle(id, model);
		}
		try {
			CycleDeadlines deadlines = new CycleDeadlines(form.selfAssessmentUntil(), form.appraisalUntil(),
					form.explanationUntil(), form.councilUntil(), form.publicationOn(),
					Set.copyOf(Optional.ofNullable(form.units()).orElse(List.of())));
			if (!confirmed) {
				CycleService.DeadlineConsequences consequences = this.cycles.consequences(id, deadlines);
				if (consequences.any()) {
					model.addAttribute("confirmDeadlines", consequenceMessages(consequences, form, locale));
					List<Map.Entry<String, String>> typed = new java.util.ArrayList<>();
					request.getParameterMap().forEach((name, values) -> {
						if (!name.equals("_csrf") && !name.equals("confirmed")) {
							for (String value : values) {
								typed.add(Map.entry(name, value));
							}
						}
					});
					model.addAttribute("typed", typed);
					return cycle(id, model);
				}
			}
			this.cycles.update(id, deadlines);
			int cycleYear = this.cycles.find(id)
				.flatMap((cycle) -> this.methodology.find(cycle.indexSetId()))
				.map((set) -> set.year())
				.orElse(0);
			redirect.addFlashAttribute("notice", this.messages.getMessage("cycles.saved.named",
					new Object[] { cycleYear, deadlines.unitIds().size() }, locale));
		}
		catch (InvalidCycleException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return cycle(id, model);
		}
		catch (ConstraintViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", this.errors.of(ex, locale));
			return cycle(id, model);
		}
		return "redirect:/admin/assessment/cycles/" + id;
	}

	/**
	 * How far the appraisal of a unit's dossier has got, in a sentence, when it has
	 * started: criteria scored in round 1 of all appraisal criteria, questions asked and
	 * answered; empty when nothing has been appraised or asked yet.
	 */
	private Optional<String> appraisalStarted(long cycleId, long unitId, Locale locale) {
		Actor actor = WorkflowForms.actor();
		Optional<CouncilRow> row = this.appraisal.councilTable(cycleId, actor)
			.stream()
			.filter((r) -> r.unitId() == unitId)
			.findFirst();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		org.parindex.assessment.UnitDossierView dossier = this.dossiers.dossier(cycleId, unitId, actor);
		int leaves = dossier.leaves().size();
		long scored = dossier.leaves().stream().filter((leaf) -> leaf.round1Points().isPresent()).count();
		int asked = row.get().flagged();
		if (scored == 0 && asked == 0) {
			return Optional.empty();
		}
		CycleView cycle = this.cycles.find(cycleId).orElseThrow();
		return Optional.of(this.messages.getMessage("dashboard.return.confirm.started", new Object[] { scored, leaves,
				asked, row.get().answered(), Formats.localTime(cycle.selfAssessmentUntil()) }, locale));
	}

	/** What saving the deadlines would do at once, one sentence each. */
	private List<String> consequenceMessages(CycleService.DeadlineConsequences consequences, DeadlinesForm form,
			Locale locale) {
		List<String> said = new java.util.ArrayList<>();
		if (consequences.dossiersLocked() > 0) {
			said.add(this.messages.getMessage("selfassess.deadlines.confirm.lock",
					new Object[] { consequences.dossiersLocked(), Formats.localTime(form.selfAssessmentUntil()) },
					locale));
		}
		for (org.parindex.assessment.Stage stage : consequences.closing()) {
			if (stage == org.parindex.assessment.Stage.SELF_ASSESSMENT && consequences.dossiersLocked() > 0) {
				continue;
			}
			LocalDateTime until = switch (stage) {
				case SELF_ASSESSMENT -> form.selfAssessmentUntil();
				case APPRAISAL -> form.appraisalUntil();
				case EXPLANATION -> form.explanationUntil();
				default -> form.councilUntil();
			};
			said.add(this.messages.getMessage(
					"selfassess.deadlines.confirm.closes", new Object[] {
							this.messages.getMessage(stage.messageKey(), null, locale), Formats.localTime(until) },
					locale));
		}
		return said;
	}

	/**
	 * Why a dossier goes back to its unit, at most as long as
	 * {@code assessment_dossier.returned_reason}; that it is not blank is the workflow's
	 * rule ({@code assessment.return.reason}).
	 */
	record ReturnForm(
			@Label("field.return.reason") @NotNull @Size(max = 2000, message = "{bounds.text.max}") String reason) {

	}

	/**
	 * A cycle's deadlines as people write them in Vietnam's time
	 * ({@code yyyy-MM-dd'T'HH:mm}, as date-time inputs send them), and its participating
	 * units. Which years the deadlines may fall in is the cycle's rule
	 * ({@code CycleService}).
	 */
	record DeadlinesForm(
			@Label("stage.self-assessment") @NotNull @DateTimeFormat(
					pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime selfAssessmentUntil,
			@Label("stage.appraisal") @NotNull @DateTimeFormat(
					pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime appraisalUntil,
			@Label("stage.explanation") @NotNull @DateTimeFormat(
					pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime explanationUntil,
			@Label("stage.council") @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime councilUntil,
			@Label("stage.publication") @NotNull @DateTimeFormat(
					pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime publicationOn,
			@Label("cycles.units") @Nullable List<Long> units) {

	}

}
