package org.parindex.survey.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.WorkflowException;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.web.FormErrors;
import org.parindex.survey.CountedSheetView;
import org.parindex.survey.InvalidSurveyException;
import org.parindex.survey.PaperEntryService;
import org.parindex.survey.ResponseChannel;
import org.parindex.survey.SurveyFormService;
import org.parindex.survey.SurveyFormView;
import org.parindex.survey.SurveySheetService;

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
 * A form's stored response sheets about one unit
 * ({@code /admin/survey/forms/{formId}/sheets?unit=}), online and paper, each with its
 * answers, so that the survey staff can set a counted sheet aside with a reason (a
 * duplicate, a sheet filled in by the wrong group) and restore it (issue 10, remaining
 * item 1; {@link SurveySheetService}). Refusals are shown on the page with nothing
 * changed; a change redirects back to the page (post, redirect, get).
 */
@Controller
@RequestMapping("/admin/survey/forms/{formId}/sheets")
@PreAuthorize("hasAnyRole('SURVEY_STAFF', 'PAR_OFFICE')")
class SurveySheetController {

	private final SurveySheetService sheets;

	private final SurveyFormService forms;

	private final MethodologyService methodology;

	private final CycleService cycles;

	private final OrganizationService organization;

	private final MessageSource messages;

	SurveySheetController(SurveySheetService sheets, SurveyFormService forms, MethodologyService methodology,
			CycleService cycles, OrganizationService organization, MessageSource messages) {
		this.sheets = sheets;
		this.forms = forms;
		this.methodology = methodology;
		this.cycles = cycles;
		this.organization = organization;
		this.messages = messages;
	}

	/**
	 * The page; with {@code sheet}, only the sheets of that number (read as the paper
	 * entry reads it: {@code 07} finds sheet 7), for a pile of a hundred sheets without a
	 * number before the one sought (walk of issue 10, second round, #6).
	 */
	@GetMapping
	String page(@PathVariable long formId, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable String sheet, Model model, Locale locale) {
		SurveyFormView form = form(formId);
		Map<Long, UnitView> units = units(form);
		model.addAttribute("form", form);
		model.addAttribute("set", this.methodology.find(form.indexSetId()).orElseThrow());
		model.addAttribute("units", units);
		model.addAttribute("yearClosed", this.forms.closedYear(form.indexSetId()).orElse(null));
		model.addAttribute("maxReason", SurveySheetService.MAX_REASON);
		Long chosen = (unit != null && units.containsKey(unit)) ? unit : null;
		model.addAttribute("unit", chosen);
		// a unit the form does not rate (an old link, a typed address): said, as on the
		// paper entry (walk of issue 10, second round, #5)
		model.addAttribute("unknownUnit", (unit != null && chosen == null) ? unit : null);
		List<CountedSheetView> all = (chosen != null) ? this.sheets.sheets(formId, chosen) : List.of();
		// one pass: the sheets counted by kind, those set aside apart, so that the kinds
		// add up to what the monitoring counts (walk of issue 10, fourth round)
		Map<String, Long> kinds = all.stream()
			.collect(java.util.stream.Collectors.groupingBy(SurveySheetController::kind,
					java.util.stream.Collectors.counting()));
		model.addAttribute("online", kinds.getOrDefault("online", 0L));
		model.addAttribute("numbered", kinds.getOrDefault("numbered", 0L));
		model.addAttribute("unnumbered", kinds.getOrDefault("unnumbered", 0L));
		model.addAttribute("setAside", kinds.getOrDefault("set-aside", 0L));
		model.addAttribute("total", all.size());
		List<CountedSheetView> shown = all;
		String sought = (sheet != null) ? sheet.strip() : "";
		if (!sought.isEmpty()) {
			try {
				String number = PaperEntryService.sheetNumber(sought);
				shown = all.stream().filter((s) -> number.equals(s.sheetNumber())).toList();
				model.addAttribute("sought", number);
			}
			catch (InvalidSurveyException ex) {
				// said as a search, not as a refused entry ("Chưa lưu gì"), and no list
				// under it that could pass for its results (walk of issue 10, third
				// round)
				model.addAttribute("soughtError", this.messages.getMessage("survey.sheet.find.unreadable",
						new Object[] { FormErrors.shown(sought) }, locale));
				shown = List.of();
			}
		}
		model.addAttribute("typedSheet", sought);
		model.addAttribute("sheets", shown);
		return "survey/sheets";
	}

	/** A sheet's kind as the summary counts it; one set aside counts apart. */
	private static String kind(CountedSheetView sheet) {
		if (sheet.setAside()) {
			return "set-aside";
		}
		if (sheet.channel() == ResponseChannel.ONLINE) {
			return "online";
		}
		return (sheet.sheetNumber() != null) ? "numbered" : "unnumbered";
	}

	@PostMapping("/{responseId}/set-aside")
	String setAside(@PathVariable long formId, @PathVariable UUID responseId, @RequestParam long unit,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String sheet, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return change(formId, responseId, unit, reason, sheet, true, model, locale, response, redirect);
	}

	@PostMapping("/{responseId}/restore")
	String restore(@PathVariable long formId, @PathVariable UUID responseId, @RequestParam long unit,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String sheet, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return change(formId, responseId, unit, reason, sheet, false, model, locale, response, redirect);
	}

	/**
	 * Sets a sheet aside or restores it; the page it goes back to keeps the sheet sought
	 * ({@code sheet}), so that the officer sees the sheet changed (walk of issue 10,
	 * fourth round: the search was lost).
	 */
	private String change(long formId, UUID responseId, long unit, String reason, String sheet, boolean setAside,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (setAside) {
				this.sheets.setAside(formId, responseId, reason);
			}
			else {
				this.sheets.restore(formId, responseId, reason);
			}
		}
		catch (InvalidSurveyException | WorkflowException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", List.of(message(ex, locale)));
			model.addAttribute("failed", responseId.toString());
			model.addAttribute("typedReason", reason);
			return page(formId, unit, sheet.isBlank() ? null : sheet, model, locale);
		}
		redirect.addFlashAttribute("notice", this.messages
			.getMessage(setAside ? "survey.sheet.set-aside.done" : "survey.sheet.restore.done", null, locale));
		redirect.addAttribute("unit", unit);
		if (!sheet.isBlank()) {
			redirect.addAttribute("sheet", sheet.strip());
		}
		return "redirect:/admin/survey/forms/" + formId + "/sheets";
	}

	private String message(LocalizedException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
	}

	private Map<Long, UnitView> units(SurveyFormView form) {
		IndexSetView set = this.methodology.find(form.indexSetId()).orElseThrow();
		Optional<CycleView> cycle = this.cycles.findForSet(set.id());
		Map<Long, UnitView> units = new LinkedHashMap<>();
		this.organization.unitsOf(set.unitGroupId())
			.stream()
			.filter((unit) -> cycle.map((c) -> c.unitIds().contains(unit.id())).orElse(false))
			.forEach((unit) -> units.put(unit.id(), unit));
		return units;
	}

	private SurveyFormView form(long formId) {
		return this.forms.find(formId).orElseThrow(() -> new NotFoundException("survey.form.unknown", formId));
	}

}
