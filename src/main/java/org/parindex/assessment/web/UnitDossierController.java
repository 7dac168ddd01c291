package org.parindex.assessment.web;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parindex.assessment.AnswerQuestions;
import org.parindex.assessment.DocumentReference;
import org.parindex.assessment.DossierService;
import org.parindex.assessment.EvidenceView;
import org.parindex.assessment.LeafRecordView;
import org.parindex.assessment.SaveSelfAssessment;
import org.parindex.assessment.DossierStatus;
import org.parindex.assessment.UnitDossierView;
import org.parindex.engine.Evaluation;
import org.parindex.engine.Problem;
import org.parindex.engine.ProblemKind;
import jakarta.servlet.http.HttpServletResponse;

import org.parindex.platform.Actor;
import org.parindex.platform.Bounds;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.Formats;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's pages: the self-assessment by area (inputs, live score, explanation,
 * evidence), submission by the leader, and the answers to the appraisers' questions. A
 * refused save shows the page again with everything the user typed.
 */
@Controller
@RequestMapping("/assessment/cycles/{cycleId}/unit")
@PreAuthorize("hasAnyRole('UNIT_OFFICER', 'UNIT_LEADER')")
class UnitDossierController {

	private final DossierService dossiers;

	private final DossierPages pages;

	private final WorkflowForms forms;

	private final Formats formats;

	private final Clock clock;

	private final java.util.List<org.parindex.assessment.PublishedResultSource> published;

	private final java.util.List<org.parindex.assessment.PreviousRemedySource> remedies;

	UnitDossierController(DossierService dossiers, DossierPages pages, WorkflowForms forms, Formats formats,
			Clock clock, java.util.List<org.parindex.assessment.PublishedResultSource> published,
			java.util.List<org.parindex.assessment.PreviousRemedySource> remedies) {
		this.published = published;
		this.remedies = remedies;
		this.dossiers = dossiers;
		this.pages = pages;
		this.forms = forms;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping
	String dossier(@PathVariable long cycleId, @RequestParam(defaultValue = "") String area, Model model,
			Locale locale) {
		Actor actor = WorkflowForms.actor();
		long unitId = unit(actor);
		UnitDossierView dossier = this.pages.fill(model, cycleId, unitId, area, actor, Instant.now(this.clock));
		// once the year is published, the unit sees its result as published: total,
		// rank, parts, and the criteria that lost points with the public reasons (issue
		// 9, F18/F19)
		model.addAttribute("published",
				this.published.stream()
					.map((source) -> source.publishedResult(dossier.set().id(), unitId, locale))
					.flatMap(java.util.Optional::stream)
					.findFirst()
					.orElse(null));
		// each bonus or deduction proposal concerning the unit, with the council's
		// decision and reason (walk of 02/12, finding 10)
		model.addAttribute("adjustments", this.dossiers.adjustments(cycleId, unitId, actor));
		remedies(model, dossier, unitId, locale);
		return "assessment/self-assessment";
	}

	/**
	 * Last year's remedies of the unit's improvement plan, beside this year's criteria
	 * (issue 12, item 7).
	 */
	private void remedies(Model model, UnitDossierView dossier, long unitId, Locale locale) {
		Map<String, org.parindex.assessment.PreviousRemedy> lines = new LinkedHashMap<>();
		this.remedies.forEach((source) -> lines.putAll(source.previousRemedies(dossier.set().id(), unitId, locale)));
		model.addAttribute("remedies", lines);
	}

	@PostMapping
	String save(@PathVariable long cycleId, @RequestParam(defaultValue = "") String area,
			@RequestParam MultiValueMap<String, String> values,
			@RequestParam MultiValueMap<String, MultipartFile> files, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = WorkflowForms.actor();
		long unitId = unit(actor);
		Map<String, String> form = values.toSingleValueMap();
		List<Path> temporary = new ArrayList<>();
		List<String> codes = values.getOrDefault("leaf", List.of());
		try {
			FieldProblems problems = new FieldProblems(codes);
			Map<String, BigDecimal> maxima = this.forms.leafMaxima(cycleId);
			Map<String, Map<String, BigDecimal>> inputs = new LinkedHashMap<>();
			Map<String, Optional<DocumentReference>> documents = new LinkedHashMap<>();
			Map<String, String> citations = new LinkedHashMap<>();
			for (String code : codes) {
				inputs.put(code, inputs(form, code, maxima.getOrDefault(code, BigDecimal.ONE), problems, locale));
				documents.put(code, document(form, code, problems, locale));
				this.forms.bounded(form, "explanation." + code, code, "field.dossier.explanation",
						SaveSelfAssessment.TEXT_MAX, problems, locale);
				citations.put(code, this.forms.citation(form, code, problems, locale));
			}
			if (!problems.isEmpty()) {
				// every fault at once: what the form could not read, and what the
				// leaves' rules refuse of the inputs it could (issue 9)
				ruleProblems(cycleId, codes, inputs, form, problems, locale);
			}
			problems.check();
			List<SaveSelfAssessment.LeafDraft> drafts = new ArrayList<>();
			for (String code : codes) {
				drafts.add(new SaveSelfAssessment.LeafDraft(code, inputs.get(code),
						WorkflowForms.text(form, "explanation." + code), WorkflowForms.version(form, code),
						WorkflowForms.uploads(files.getOrDefault("file." + code, List.of()), temporary),
						documents.get(code), citations.get(code)));
			}
			List<String> stored = this.dossiers.saveSelfAssessment(new SaveSelfAssessment(cycleId, unitId, drafts),
					actor);
			List<String> checks = new ArrayList<>();
			for (String code : codes) {
				this.dossiers.warnings(cycleId, code, inputs.get(code))
					.forEach((warning) -> checks.add(this.forms.problem(warning, locale)));
			}
			// the notice names the criteria this save stored, not every criterion the
			// form sent back (issue 9)
			String saved = stored.isEmpty() ? this.forms.message("dossier.saved.nothing", locale)
					: this.forms.message("self.saved.named", locale, String.join(", ", stored), stored.size());
			redirect.addFlashAttribute("notice", checks.isEmpty() ? saved
					: this.forms.message("selfassess.saved.check", locale, saved, String.join("; ", checks)));
			redirect.addAttribute("area", area);
			return "redirect:/assessment/cycles/{cycleId}/unit";
		}
		catch (RuntimeException ex) {
			// each problem beside its field and linked from the summary (issue 9, #3)
			this.forms.showProblems(model, ex, Map.of(), form, locale);
			model.addAttribute("form", form);
			model.addAttribute("reselect", this.forms.chosenFiles(files, codes, locale));
			if (WorkflowForms.badRequest(ex)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			UnitDossierView dossier = this.pages.fill(model, cycleId, unitId, area, actor, Instant.now(this.clock));
			model.addAttribute("adjustments", this.dossiers.adjustments(cycleId, unitId, actor));
			remedies(model, dossier, unitId, locale);
			Map<String, String> live = new LinkedHashMap<>();
			for (String code : codes) {
				liveScore(cycleId, code, form, locale).ifPresent((text) -> live.put(code, text));
			}
			model.addAttribute("live", live);
			return "assessment/self-assessment";
		}
		finally {
			WorkflowForms.delete(temporary);
		}
	}

	/**
	 * What submitting means, before it happens: the unit's totals by component and area
	 * and that the dossier locks (issue 9, items 6 and 7), and first what would keep it
	 * from being submitted, each criterion linked to its card (criteria not entered,
	 * required evidence neither attached nor explained; issue 9, num9 F2), which the
	 * submission would refuse the same way.
	 */
	@GetMapping("/submit")
	String confirmSubmission(@PathVariable long cycleId, Model model) {
		Actor actor = WorkflowForms.actor();
		this.pages.fill(model, cycleId, unit(actor), "", actor, Instant.now(this.clock));
		model.addAttribute("blockers", this.dossiers.submissionBlockers(cycleId, unit(actor), actor));
		return "assessment/submit-confirm";
	}

	/**
	 * Submits the dossier once the leader confirmed on the confirmation page
	 * ({@code confirmed=true}) the dossier as it still is ({@code stamp}, see
	 * {@link DossierPages#stamp}); without the confirmation, shows that page and changes
	 * nothing. When the dossier changed after the page was opened (or the stamp is
	 * missing), answers 409 with the page again, the new totals and why, and submits
	 * nothing (issue 9, W1).
	 */
	@PostMapping("/submit")
	String submit(@PathVariable long cycleId, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(defaultValue = "") String stamp, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Actor actor = WorkflowForms.actor();
		if (!confirmed) {
			return confirmSubmission(cycleId, model);
		}
		UnitDossierView now = this.dossiers.dossier(cycleId, unit(actor), actor);
		if (now.dossier().status() == DossierStatus.SUBMITTED) {
			// a retried or double-clicked confirmation: submitted by the first, so the
			// same outcome, never a refusal (issue 9, corrections item 1)
			redirect.addFlashAttribute("notice", this.forms.message("self.submitted", locale));
			return "redirect:/assessment/cycles/{cycleId}/unit";
		}
		if (now.editable() && !DossierPages.stamp(now).equals(stamp)) {
			model.addAttribute("errors", List.of(this.forms.message("selfassess.submit.changed", locale)));
			response.setStatus(HttpStatus.CONFLICT.value());
			return confirmSubmission(cycleId, model);
		}
		try {
			this.dossiers.submit(cycleId, unit(actor), actor);
			redirect.addFlashAttribute("notice", this.forms.message("self.submitted", locale));
		}
		catch (RuntimeException ex) {
			// two confirmations at once: the second waited for the first's lock
			boolean submitted = this.dossiers.dossier(cycleId, unit(actor), actor)
				.dossier()
				.status() == DossierStatus.SUBMITTED;
			redirect.addFlashAttribute(submitted ? "notice" : "errors",
					submitted ? this.forms.message("self.submitted", locale) : this.forms.explain(ex, locale));
		}
		return "redirect:/assessment/cycles/{cycleId}/unit";
	}

	/**
	 * Removes a file or cited document from the dossier once confirmed
	 * ({@code confirmed=true}); before, the page asks beside the item, which cannot be
	 * restored (issue 9: one click on "Xóa" deleted a file). "Xóa" posts the whole
	 * dossier form here, so what the person typed and has not saved comes back on the
	 * page, both with the question and after the removal, and files chosen but not sent
	 * are named to be chosen again (issue 9: typed explanations were lost on "Xóa").
	 */
	@PostMapping("/evidence/{evidenceId}/delete")
	String removeEvidence(@PathVariable long cycleId, @PathVariable long evidenceId,
			@RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "") String back,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam MultiValueMap<String, String> values,
			@RequestParam MultiValueMap<String, MultipartFile> files, Locale locale, RedirectAttributes redirect) {
		String page = "explanation".equals(back) ? "redirect:/assessment/cycles/{cycleId}/unit/explanation"
				: "redirect:/assessment/cycles/{cycleId}/unit";
		List<String> codes = values.getOrDefault("leaf", List.of());
		if (!codes.isEmpty()) {
			redirect.addFlashAttribute("form", typed(values));
			redirect.addFlashAttribute("reselect", this.forms.chosenFiles(files, codes, locale));
		}
		if (!confirmed) {
			redirect.addFlashAttribute("confirmRemove", evidenceId);
			redirect.addAttribute("area", area);
			return page + "#evidence-" + evidenceId;
		}
		try {
			EvidenceView removed = this.dossiers.evidence(evidenceId, WorkflowForms.actor());
			this.dossiers.removeEvidence(cycleId, evidenceId, WorkflowForms.actor());
			// the notice names the file or document removed and its criterion (issue 9,
			// A-messages)
			String what = removed.fileName()
				.or(() -> removed.documentNumber())
				.or(() -> removed.documentTitle())
				.orElse("");
			String notice = this.forms.message("evidence.removed.named", locale, what, removed.leafCode().orElse(""));
			redirect.addFlashAttribute("notice",
					codes.isEmpty() ? notice : this.forms.message("evidence.removed.typed.kept", locale, notice));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("errors", this.forms.explain(ex, locale));
		}
		redirect.addAttribute("area", area);
		return page;
	}

	/** What the dossier form carried, without the removal's own parameters. */
	private static Map<String, String> typed(MultiValueMap<String, String> values) {
		Map<String, String> form = new LinkedHashMap<>(values.toSingleValueMap());
		form.keySet().removeAll(List.of("confirmed", "back", "area", "_csrf"));
		return form;
	}

	@GetMapping("/explanation")
	String explanation(@PathVariable long cycleId, Model model) {
		Actor actor = WorkflowForms.actor();
		fillExplanation(model, cycleId, unit(actor), actor);
		return "assessment/explanation";
	}

	@PostMapping("/explanation")
	String answer(@PathVariable long cycleId, @RequestParam MultiValueMap<String, String> values,
			@RequestParam MultiValueMap<String, MultipartFile> files, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = WorkflowForms.actor();
		long unitId = unit(actor);
		Map<String, String> form = values.toSingleValueMap();
		List<Path> temporary = new ArrayList<>();
		List<String> codes = values.getOrDefault("leaf", List.of());
		Map<String, String> names = this.forms.leafNames(cycleId);
		try {
			FieldProblems problems = new FieldProblems(codes);
			Map<String, String> citations = new LinkedHashMap<>();
			for (String code : codes) {
				this.forms.bounded(form, "answer." + code, code, names, "field.dossier.answer",
						SaveSelfAssessment.TEXT_MAX, problems, locale);
				citations.put(code, this.forms.citation(form, code, problems, locale));
				// files without an answer: said with the form's other faults, not on a
				// later save (issue 9, appr9 F4)
				if (WorkflowForms.text(form, "answer." + code).isBlank()
						&& files.getOrDefault("file." + code, List.of()).stream().anyMatch((file) -> !file.isEmpty())) {
					problems.add("answer." + code,
							this.forms.message("form.field", locale,
									this.forms.leafField(code, names, "field.dossier.answer", locale),
									this.forms.message("explanation.answer.required", locale)));
				}
			}
			boolean anything = codes.stream()
				.anyMatch((code) -> !WorkflowForms.text(form, "answer." + code).isBlank()
						|| files.getOrDefault("file." + code, List.of()).stream().anyMatch((file) -> !file.isEmpty()));
			if (!codes.isEmpty() && !anything) {
				// an empty form saves nothing, and says so rather than "saved"
				problems.add("", this.forms.message("explanation.nothing", locale));
				codes.forEach((code) -> problems.mark("answer." + code));
			}
			problems.check();
			List<AnswerQuestions.Answer> answers = new ArrayList<>();
			for (String code : codes) {
				answers.add(new AnswerQuestions.Answer(code, WorkflowForms.text(form, "answer." + code),
						WorkflowForms.version(form, code),
						WorkflowForms.uploads(files.getOrDefault("file." + code, List.of()), temporary),
						citations.get(code)));
			}
			List<String> stored = this.dossiers.answer(new AnswerQuestions(cycleId, unitId, answers), actor);
			redirect.addFlashAttribute("notice", stored.isEmpty() ? this.forms.message("dossier.saved.nothing", locale)
					: this.forms.message("explanation.saved.named", locale, String.join(", ", stored), stored.size()));
			return "redirect:/assessment/cycles/{cycleId}/unit/explanation";
		}
		catch (RuntimeException ex) {
			this.forms.showProblems(model, ex, names, form, locale);
			model.addAttribute("form", form);
			model.addAttribute("reselect", this.forms.chosenFiles(files, codes, locale));
			if (WorkflowForms.badRequest(ex)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			fillExplanation(model, cycleId, unitId, actor);
			return "assessment/explanation";
		}
		finally {
			WorkflowForms.delete(temporary);
		}
	}

	/**
	 * The live score of a leaf for the inputs typed so far (htmx fragment): the points,
	 * or in a few words what is wrong ("Vượt điểm tối đa 1", "Không phải là số", "Số
	 * âm"), or that inputs are missing.
	 */
	@GetMapping("/preview")
	@org.springframework.web.bind.annotation.ResponseBody
	ResponseEntity<String> preview(@PathVariable long cycleId, @RequestParam String leaf,
			@RequestParam Map<String, String> values, Locale locale) {
		try {
			return plain(liveScore(cycleId, leaf, values, locale)
				.orElseGet(() -> this.forms.message("self.preview.incomplete", locale)));
		}
		catch (RuntimeException ex) {
			return plain(String.join(" ", this.forms.explain(ex, locale)));
		}
	}

	/**
	 * Adds the rules' problems with the inputs the form could read (negative, above the
	 * maximum, not whole, off the step), each marking its field; an input missing because
	 * the form could not read it is said once, by the form.
	 */
	private void ruleProblems(long cycleId, List<String> codes, Map<String, Map<String, BigDecimal>> inputs,
			Map<String, String> form, FieldProblems problems, Locale locale) {
		for (String code : codes) {
			Map<String, BigDecimal> read = inputs.getOrDefault(code, Map.of());
			if (read.isEmpty()) {
				continue;
			}
			Evaluation evaluation;
			try {
				evaluation = this.dossiers.preview(cycleId, code, read);
			}
			catch (RuntimeException ex) {
				// a leaf that is not in the set: the save says why
				continue;
			}
			for (Problem problem : evaluation.problems()) {
				Set<String> fields = WorkflowForms.entryFields(problem, form);
				if (problem.kind() == ProblemKind.INPUT_MISSING && fields.stream().anyMatch(problems::concerns)) {
					continue;
				}
				problems.add(problem.subject(), fields.stream().findFirst().orElse(""),
						this.forms.problem(problem, locale));
				fields.forEach(problems::mark);
			}
		}
	}

	/**
	 * The live score of the inputs typed for a leaf, as the page shows it; empty when no
	 * input of the leaf is filled.
	 */
	private Optional<String> liveScore(long cycleId, String code, Map<String, String> form, Locale locale) {
		Map<String, BigDecimal> inputs = new LinkedHashMap<>();
		String prefix = "input." + code + ".";
		for (Map.Entry<String, String> entry : form.entrySet()) {
			if (!entry.getKey().startsWith(prefix) || entry.getValue() == null || entry.getValue().isBlank()) {
				continue;
			}
			Optional<BigDecimal> value;
			try {
				// counts read as counts: 1.000 is one thousand (issue 9)
				String name = entry.getKey().substring(prefix.length());
				value = org.parindex.engine.Rule.COUNT_INPUTS.contains(name) ? DecimalInput.parseCount(entry.getValue())
						: DecimalInput.parseDecimal(entry.getValue());
			}
			catch (DecimalInput.AmbiguousNumberException ex) {
				// built from what was typed: "1.000" names both readings, "0.250"
				// says to write 0,25 (issue 9, num9 F1)
				return Optional.of(this.forms.message(FormErrors.liveAmbiguous(ex.typed(), locale), locale));
			}
			catch (NumberFormatException ex) {
				// a manual score says how to write points that fit the criterion
				// (issue 9, #4)
				String name = entry.getKey().substring(prefix.length());
				BigDecimal max = this.forms.leafMaxima(cycleId).get(code);
				return Optional.of(
						(org.parindex.engine.Rule.Manual.SCORE.equals(name) && max != null)
								? this.forms.message("selfassess.live.not-points", locale,
										new org.parindex.platform.web.DecimalFormatter()
											.print(WorkflowForms.example(max), locale))
								: this.forms.message("selfassess.live.not-number", locale));
			}
			if (value.isEmpty()) {
				continue;
			}
			if (value.get().signum() < 0) {
				return Optional.of(this.forms.message("selfassess.live.negative", locale));
			}
			if (!Bounds.ruleInput(value.get())) {
				return Optional.of(this.forms.message("selfassess.live.too-large", locale));
			}
			inputs.put(entry.getKey().substring(prefix.length()), value.get());
		}
		if (inputs.isEmpty()) {
			return Optional.empty();
		}
		try {
			Evaluation evaluation = this.dossiers.preview(cycleId, code, inputs);
			if (!evaluation.valid()) {
				return Optional.of(this.forms.liveProblem(evaluation.problems(), locale));
			}
			String points = this.formats.points(evaluation.points());
			List<Problem> warnings = this.dossiers.warnings(cycleId, code, inputs);
			return Optional
				.of(warnings.isEmpty() ? points : points + " — " + this.forms.problem(warnings.get(0), locale));
		}
		catch (RuntimeException ex) {
			// a leaf that is not in the set: the save says why
			return Optional.empty();
		}
	}

	private static ResponseEntity<String> plain(String text) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(text);
	}

	private void fillExplanation(Model model, long cycleId, long unitId, Actor actor) {
		UnitDossierView dossier = this.pages.fill(model, cycleId, unitId, "", actor, Instant.now(this.clock));
		List<LeafRecordView> flagged = dossier.flagged();
		model.addAttribute("flagged", flagged);
		model.addAttribute("round1Reasons", round1Reasons(this.dossiers.histories(cycleId, unitId, actor)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
	}

	/**
	 * Round 1's public reason per leaf, as round 1 gave it (issue 9, W4): the leaf keeps
	 * only the latest public reason, which round 2 or the council may have rewritten, so
	 * round 1's is read from the leaf's last round-1 step ({@code points; reason; ?
	 * question}, see {@code Dossier}). Leaves without a round-1 reason are absent.
	 */
	static Map<String, String> round1Reasons(Map<String, List<org.parindex.assessment.LeafEventView>> histories) {
		Map<String, String> reasons = new LinkedHashMap<>();
		histories.forEach((code, steps) -> {
			String reason = "";
			for (org.parindex.assessment.LeafEventView step : steps) {
				if ("ROUND1".equals(step.phase())) {
					String detail = (step.detail() != null) ? step.detail() : "";
					int asked = detail.indexOf("; ?");
					if (asked >= 0) {
						detail = detail.substring(0, asked);
					}
					int semicolon = detail.indexOf("; ");
					reason = (semicolon >= 0) ? detail.substring(semicolon + 2).strip() : "";
				}
			}
			if (!reason.isEmpty()) {
				reasons.put(code, reason);
			}
		});
		return reasons;
	}

	/**
	 * A leaf's rule inputs as the form names them ({@code input.<leaf>.<input>}), each
	 * within {@code numeric(20, 6)}; what cannot be read or stored is added to
	 * {@code problems}.
	 */
	private Map<String, BigDecimal> inputs(Map<String, String> form, String code, BigDecimal max,
			FieldProblems problems, Locale locale) {
		Map<String, BigDecimal> inputs = new LinkedHashMap<>();
		String prefix = "input." + code + ".";
		for (Map.Entry<String, String> entry : form.entrySet()) {
			if (entry.getKey().startsWith(prefix)) {
				String name = entry.getKey().substring(prefix.length());
				String field = this.forms.leafField(code, "rule.input." + name, locale);
				// a manual score is points: its hint fits the criterion's maximum (issue
				// 9,
				// #4)
				(org.parindex.engine.Rule.Manual.SCORE.equals(name)
						? this.forms.points(entry.getValue(), entry.getKey(), field, max, problems, locale)
						: this.forms.input(entry.getValue(), name, entry.getKey(), field, problems, locale))
					.ifPresent((value) -> inputs.put(name, value));
			}
		}
		return inputs;
	}

	/**
	 * The document a leaf cites, if any field of it is filled: its number, date and
	 * issuer are required, its date between 2 September 1945 and today, each text within
	 * its column; a date after today is refused (issue 9). Each problem names the
	 * criterion and the field ("Tiêu chí 3.3.4 — Ngày ban hành: chưa nhập (bắt buộc khi
	 * có số hiệu văn bản)"), and the date's the document when its number is typed.
	 */
	private Optional<DocumentReference> document(Map<String, String> form, String code, FieldProblems problems,
			Locale locale) {
		String number = WorkflowForms.text(form, "docNumber." + code).strip();
		String date = WorkflowForms.text(form, "docDate." + code).strip();
		String issuer = WorkflowForms.text(form, "docIssuer." + code).strip();
		String title = WorkflowForms.text(form, "docTitle." + code).strip();
		if (number.isEmpty() && date.isEmpty() && issuer.isEmpty() && title.isEmpty()) {
			return Optional.empty();
		}
		int before = problems.size();
		String reason = number.isEmpty() ? "selfassess.document.required" : "selfassess.document.required.number";
		if (number.isEmpty()) {
			problems.add("docNumber." + code,
					this.forms.message("form.field", locale,
							this.forms.leafField(code, "evidence.document.number", locale),
							this.forms.message("selfassess.document.required", locale)));
		}
		// the date's field names the document when its number is typed: "Tiêu chí 1.1.2 —
		// Ngày ban hành văn bản 35/KH-UBND" (issue 9)
		String dateField = number.isEmpty() ? this.forms.leafField(code, "evidence.document.date", locale) : this.forms
			.message("selfassess.field", locale, code, this.forms.message("evidence.document.date.of", locale, number));
		Optional<LocalDate> day = this.forms.date(date, "docDate." + code, dateField, Bounds.DOCUMENT_YEARS_AHEAD,
				"bounds.document-date", problems, locale);
		if (date.isEmpty()) {
			problems.add("docDate." + code, this.forms.message("form.field", locale,
					this.forms.leafField(code, "evidence.document.date", locale), this.forms.message(reason, locale)));
		}
		if (issuer.isEmpty()) {
			problems.add("docIssuer." + code,
					this.forms.message("form.field", locale,
							this.forms.leafField(code, "evidence.document.issuer", locale),
							this.forms.message(reason, locale)));
		}
		this.forms.bounded(form, "docNumber." + code, code, "evidence.document.number", 100, problems, locale);
		this.forms.bounded(form, "docIssuer." + code, code, "evidence.document.issuer", 300, problems, locale);
		this.forms.bounded(form, "docTitle." + code, code, "evidence.document.title", 1000, problems, locale);
		if (problems.size() > before || day.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DocumentReference(number, day.get(), issuer, title));
	}

	private static long unit(Actor actor) {
		return actor.unitId().orElseThrow(() -> new NotFoundException("assessment.unit.unknown", 0));
	}

}
