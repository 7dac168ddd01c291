package org.parindex.survey.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.WorkflowException;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actors;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.NotFoundException;
import org.parindex.survey.EnterPaperSheet;
import org.parindex.survey.InvalidSurveyException;
import org.parindex.survey.PaperEntryOutcome;
import org.parindex.survey.PaperEntryService;
import org.parindex.survey.PaperSheetStatus;
import org.parindex.survey.PaperSheetView;
import org.parindex.survey.SurveyFormService;
import org.parindex.survey.SurveyFormView;

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
 * Keyboard-only entry of paper questionnaires (issue 10, item 4): the unit rated is
 * chosen once, then each sheet is its number and one key per question; Enter saves and
 * the next empty sheet is ready, the unit kept. {@code static/js/paper-entry.js} moves
 * the focus after each key and saves without reloading the page; without it the page is a
 * plain form. The last sheets keyed are listed: a first entry that waits for its second
 * can be corrected by the person who keyed it, and sheets whose two entries differ link
 * to the page where they are resolved.
 */
@Controller
@RequestMapping("/admin/survey/forms/{formId}/paper")
@PreAuthorize("hasAnyRole('SURVEY_STAFF', 'PAR_OFFICE')")
class PaperEntryController {

	/** How many of the last sheets the page lists. */
	static final int RECENT = 15;

	/** The prefix of the answer fields: {@code a.Q1}. */
	static final String ANSWER = "a.";

	/**
	 * The prefix of the fields where a resolver types what the paper says, the third
	 * choice beside the two entries: {@code r.Q1}.
	 */
	static final String READ = "r.";

	/** The value of the third choice's radio: the answer is the key typed beside it. */
	static final String PAPER_CHOICE = "*paper";

	private final PaperEntryService paper;

	private final SurveyFormService forms;

	private final MethodologyService methodology;

	private final CycleService cycles;

	private final OrganizationService organization;

	private final MessageSource messages;

	PaperEntryController(PaperEntryService paper, SurveyFormService forms, MethodologyService methodology,
			CycleService cycles, OrganizationService organization, MessageSource messages) {
		this.paper = paper;
		this.forms = forms;
		this.methodology = methodology;
		this.cycles = cycles;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable long formId, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String sheet, Model model) {
		SurveyFormView form = form(formId);
		Map<Long, UnitView> units = units(form);
		model.addAttribute("form", form);
		model.addAttribute("maxSheetNumber", PaperEntryService.MAX_SHEET_NUMBER);
		model.addAttribute("set", this.methodology.find(form.indexSetId()).orElseThrow());
		model.addAttribute("units", units);
		// why no unit can be chosen: no cycle opened for the year yet, or none taking
		// part
		model.addAttribute("hasCycle", this.cycles.findForSet(form.indexSetId()).isPresent());
		model.addAttribute("yearClosed", this.forms.closedYear(form.indexSetId()).orElse(null));
		model.addAttribute("doubleEntry", this.paper.doubleEntry(formId));
		model.addAttribute("different", this.paper.inStatus(formId, PaperSheetStatus.DIFFERENT));
		model.addAttribute("me", Actors.currentName());
		model.addAttribute("blankKeys", PaperEntryService.BLANK_KEYS);
		Map<String, String> hints = new LinkedHashMap<>();
		form.questions().forEach((q) -> hints.put(q.code(), PaperEntryService.keysOf(q)));
		model.addAttribute("keyHints", hints);
		Long chosen = (unit != null && units.containsKey(unit)) ? unit : null;
		model.addAttribute("unit", chosen);
		// a unit the form does not rate (an old link, a typed address): said, not
		// silently dropped (walk of 03/12)
		model.addAttribute("unknownUnit", (unit != null && chosen == null) ? unit : null);
		if (chosen != null) {
			model.addAttribute("recent", this.paper.recent(formId, chosen, RECENT));
			model.addAttribute("pending",
					this.paper.inStatus(formId, PaperSheetStatus.PENDING)
						.stream()
						.filter((s) -> s.unitId() == chosen)
						.map(PaperSheetView::sheetNumber)
						.toList());
			if (!model.containsAttribute("typed")) {
				Map<String, String> typed = new LinkedHashMap<>();
				String number = (String) model.getAttribute("nextSheet");
				if (sheet != null && !sheet.isBlank()) {
					// a first entry of one's own, loaded back to be corrected
					Optional<PaperSheetView> own = correctable(formId, chosen, sheet);
					own.ifPresent((s) -> s.firstAnswers()
						.forEach((code, label) -> typed.put(code, label.isEmpty() ? "-" : label)));
					number = own.map(PaperSheetView::sheetNumber).orElse(number);
				}
				model.addAttribute("typed", typed);
				model.addAttribute("sheetNumber", (number != null) ? number : "");
			}
		}
		return "survey/paper";
	}

	@PostMapping
	String enter(@PathVariable long formId, @RequestParam long unit, @RequestParam(defaultValue = "") String sheet,
			@RequestParam Map<String, String> fields, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> keys = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.startsWith(ANSWER)) {
				keys.put(name.substring(ANSWER.length()), value);
			}
		});
		PaperEntryOutcome outcome;
		try {
			outcome = this.paper.enter(new EnterPaperSheet(formId, unit, sheet, keys));
		}
		catch (InvalidSurveyException | WorkflowException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", List.of(message(ex, locale)));
			model.addAttribute("typed", keys);
			model.addAttribute("sheetNumber", sheet);
			model.addAttribute("focus", focus(ex));
			return page(formId, unit, null, model);
		}
		PaperSheetView saved = outcome.sheet();
		String notice = this.messages.getMessage(outcome.kind().messageKey(),
				new Object[] { saved.sheetNumber(), outcome.differences() }, locale);
		redirect.addFlashAttribute("notice", notice);
		if (outcome.kind() == PaperEntryOutcome.Kind.DIFFERENT) {
			redirect.addFlashAttribute("differentSheet", saved.id());
		}
		redirect.addFlashAttribute("nextSheet", next(saved.sheetNumber()));
		return "redirect:/admin/survey/forms/" + formId + "/paper?unit=" + unit;
	}

	@PostMapping("/setting")
	String setting(@PathVariable long formId, @RequestParam(defaultValue = "false") boolean doubleEntry,
			@RequestParam(required = false) Long unit, Locale locale, RedirectAttributes redirect) {
		int counted;
		try {
			counted = this.paper.setDoubleEntry(formId, doubleEntry);
		}
		catch (InvalidSurveyException ex) {
			// a stale page after the year closed, a waiting sheet that can no longer
			// count: said, nothing changed
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return "redirect:/admin/survey/forms/" + formId + "/paper" + ((unit != null) ? "?unit=" + unit : "");
		}
		int held = doubleEntry ? 0 : this.paper.inStatus(formId, PaperSheetStatus.DIFFERENT).size();
		redirect.addFlashAttribute("notice",
				doubleEntry ? this.messages.getMessage("survey.paper.setting.double", null, locale) : this.messages
					.getMessage("survey.paper.setting.single.counted", new Object[] { counted, held }, locale));
		return "redirect:/admin/survey/forms/" + formId + "/paper" + ((unit != null) ? "?unit=" + unit : "");
	}

	@GetMapping("/sheets/{sheetId}")
	String sheet(@PathVariable long formId, @PathVariable long sheetId, Model model) {
		SurveyFormView form = form(formId);
		PaperSheetView sheet = this.paper.find(sheetId)
			.filter((s) -> s.formId() == formId)
			.orElseThrow(() -> new NotFoundException("survey.paper.unknown", sheetId));
		model.addAttribute("form", form);
		model.addAttribute("sheet", sheet);
		model.addAttribute("unitName", units(form).getOrDefault(sheet.unitId(), null));
		model.addAttribute("differences", this.paper.differences(sheetId));
		// each option's text beside its letter: "A. Rất tốt", by "question/label"
		Map<String, String> optionTexts = new LinkedHashMap<>();
		form.questions()
			.forEach((q) -> q.options().forEach((o) -> optionTexts.put(q.code() + "/" + o.label(), o.text())));
		model.addAttribute("optionTexts", optionTexts);
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", Map.of());
		}
		if (!model.containsAttribute("read")) {
			model.addAttribute("read", Map.of());
		}
		model.addAttribute("paperChoice", PAPER_CHOICE);
		return "survey/paper-sheet";
	}

	@PostMapping("/sheets/{sheetId}")
	String resolve(@PathVariable long formId, @PathVariable long sheetId, @RequestParam Map<String, String> fields,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> chosen = new LinkedHashMap<>();
		Map<String, String> read = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.startsWith(ANSWER)) {
				chosen.put(name.substring(ANSWER.length()), value);
			}
			if (name.startsWith(READ)) {
				read.put(name.substring(READ.length()), value);
			}
		});
		PaperSheetView sheet = this.paper.find(sheetId)
			.filter((s) -> s.formId() == formId)
			.orElseThrow(() -> new NotFoundException("survey.paper.unknown", sheetId));
		try {
			// the third choice, "what the paper says": the key typed beside it
			Map<String, String> resolved = new LinkedHashMap<>(chosen);
			// a key typed without its radio ticked (no script needed) is that choice
			read.forEach((code, typed) -> {
				if (!chosen.containsKey(code) && !typed.isBlank()) {
					chosen.put(code, PAPER_CHOICE);
				}
			});
			chosen.forEach(resolved::put);
			for (Map.Entry<String, String> choice : chosen.entrySet()) {
				if (PAPER_CHOICE.equals(choice.getValue())) {
					String typed = read.getOrDefault(choice.getKey(), "");
					if (typed.isBlank()) {
						throw new InvalidSurveyException("survey.paper.choice-paper-missing", choice.getKey());
					}
					resolved.put(choice.getKey(), typed);
				}
			}
			this.paper.resolve(sheetId, resolved);
		}
		catch (InvalidSurveyException | WorkflowException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", List.of(message(ex, locale)));
			model.addAttribute("chosen", chosen);
			model.addAttribute("read", read);
			return sheet(formId, sheetId, model);
		}
		redirect.addFlashAttribute("notice",
				this.messages.getMessage("survey.paper.resolved", new Object[] { sheet.sheetNumber() }, locale));
		return "redirect:/admin/survey/forms/" + formId + "/paper?unit=" + sheet.unitId();
	}

	/**
	 * The sheet number after one: its last run of digits plus one, as wide, after the
	 * same letters ("0012" → "0013", "SỐ1" → "SỐ2"); empty when it ends in no digit.
	 */
	static String next(String number) {
		java.util.regex.Matcher digits = java.util.regex.Pattern.compile("^(.*?)([0-9]{1,18})$").matcher(number);
		if (!digits.matches()) {
			return "";
		}
		String last = digits.group(2);
		String next = Long.toString(Long.parseLong(last) + 1);
		StringBuilder padded = new StringBuilder(digits.group(1));
		for (int i = next.length(); i < last.length(); i++) {
			padded.append('0');
		}
		String result = padded.append(next).toString();
		return (result.length() <= PaperEntryService.MAX_SHEET_NUMBER) ? result : "";
	}

	private Optional<PaperSheetView> correctable(long formId, long unitId, String sheet) {
		try {
			return this.paper.find(formId, unitId, sheet)
				.filter((s) -> s.status() == PaperSheetStatus.PENDING && s.firstBy().equals(Actors.currentName()));
		}
		catch (InvalidSurveyException ex) {
			return Optional.empty();
		}
	}

	/** The field a refusal is about: a question's answer, else the sheet number. */
	private static String focus(LocalizedException ex) {
		if (ex.messageKey().startsWith("survey.paper.answer-") && ex.arguments().length > 0) {
			return "paper-a-" + ex.arguments()[0];
		}
		return "paper-sheet";
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
