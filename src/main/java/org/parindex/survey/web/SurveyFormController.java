package org.parindex.survey.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

import org.parindex.engine.Component;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.platform.Formats;
import org.parindex.platform.ImportSettings;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.TabularFileException;
import org.parindex.platform.web.FormErrors;
import org.parindex.survey.DefineSurveyForm;
import org.parindex.survey.InvalidSurveyException;
import org.parindex.survey.InvitationService;
import org.parindex.survey.SurveyFormFiles;
import org.parindex.survey.SurveyFormService;
import org.parindex.survey.SurveyFormView;
import org.parindex.survey.SurveyFormsCopied;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey forms' editor (issue 10 item 1): a new form for an index set, starting from
 * the usual Likert options; an existing one, read-only once it has responses (frozen);
 * deletion after confirmation; a form as XLSX and back ({@link SurveyFormFiles}); and the
 * copy of the previous year's forms to a set that has none. Questions and options are
 * added and removed by the server, so the page works without scripts; a refused form
 * comes back as typed, with every problem naming its question, option and field.
 */
@Controller
@RequestMapping("/admin/survey/forms")
@PreAuthorize("hasAnyRole('SURVEY_STAFF', 'PAR_OFFICE')")
class SurveyFormController {

	private static final String HUB = "redirect:/admin/survey";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SurveyFormService forms;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final FormErrors errors;

	private final Formats formats;

	private final ImportSettings imports;

	private final Clock clock;

	private final InvitationService invitations;

	SurveyFormController(SurveyFormService forms, MethodologyService methodology, OrganizationService organization,
			MessageSource messages, FormErrors errors, Formats formats, ImportSettings imports, Clock clock,
			InvitationService invitations) {
		this.invitations = invitations;
		this.forms = forms;
		this.methodology = methodology;
		this.organization = organization;
		this.messages = messages;
		this.errors = errors;
		this.formats = formats;
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping("/new")
	String create(@RequestParam("set") long setId, Model model, Locale locale) {
		IndexSetView set = set(setId);
		SurveyFormInput form = SurveyFormInput.blank(this.messages, locale,
				LocalDateTime.now(this.clock.withZone(SurveyFormInput.VIETNAM)),
				surveyLeaves(set).stream().map(NodeView::code).toList());
		Set<String> used = this.forms.forms(setId).stream().map(SurveyFormView::code).collect(Collectors.toSet());
		int next = 1;
		while (used.contains("M" + next)) {
			next++;
		}
		form.setCode("M" + next);
		return editor(set, null, form, model);
	}

	/**
	 * A new form's page sent: a question or option added or removed (shown again, nothing
	 * stored) or the form saved ({@code action=save}).
	 */
	@PostMapping("/new")
	String create(@RequestParam("set") long setId, @RequestParam(defaultValue = "save") String action,
			@ModelAttribute("form") SurveyFormInput form, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		IndexSetView set = set(setId);
		if (!action.equals("save")) {
			change(form, action, set, locale);
			return editor(set, null, form, model);
		}
		if (this.forms.forms(setId).stream().anyMatch((existing) -> existing.code().equals(form.getCode()))) {
			// the code taken, said first, with every other problem of the page at once
			SurveyFormInput.Checked checked = form.read(set.id(), surveyLeafCodes(set), this.messages, locale);
			List<String> errors = new ArrayList<>();
			errors.add(this.messages.getMessage("survey.forms.error.field",
					new Object[] { this.messages.getMessage("survey.forms.field.code", null, locale), this.messages
						.getMessage("survey.forms.problem.code-exists", new Object[] { form.getCode() }, locale) },
					locale));
			errors.addAll(checked.errors());
			Set<String> invalid = new java.util.HashSet<>(checked.invalid());
			invalid.add("code");
			model.addAttribute("invalid", invalid);
			return refused(set, null, form, model, response, HttpStatus.CONFLICT, errors);
		}
		return save(set, null, form, model, locale, redirect, response);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		SurveyFormView view = form(id);
		return editor(set(view.indexSetId()), view, SurveyFormInput.of(view, this.formats), model);
	}

	/**
	 * An existing form's page sent: as for a new one; its code stays (a form is known by
	 * its code within the set).
	 */
	@PostMapping("/{id}")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
			@RequestParam(defaultValue = "false") boolean confirmDeadline, @ModelAttribute("form") SurveyFormInput form,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		SurveyFormView view = form(id);
		IndexSetView set = set(view.indexSetId());
		Optional<Integer> closed = this.forms.closedYear(set.id());
		if (closed.isPresent()) {
			// shown as stored: nothing of a closed year's survey changes
			return refused(set, view, SurveyFormInput.of(view, this.formats), model, response, HttpStatus.CONFLICT,
					List.of(yearClosed(closed.get(), locale)));
		}
		if (view.frozen()) {
			// shown as stored, not as sent: nothing of a frozen form changes
			return refused(set, view, SurveyFormInput.of(view, this.formats), model, response, HttpStatus.CONFLICT,
					List.of(frozen(view, locale)));
		}
		form.setCode(view.code());
		if (!action.equals("save")) {
			change(form, action, set, locale);
			return editor(set, view, form, model);
		}
		if (!confirmDeadline) {
			SurveyFormInput.Checked checked = form.read(set.id(), surveyLeafCodes(set), this.messages, locale);
			Instant now = this.clock.instant();
			if (checked.command() != null && !checked.command().closesAt().isAfter(now)
					&& view.closesAt().isAfter(now)) {
				long unused = this.invitations.targets(id)
					.stream()
					.mapToLong((target) -> target.issued() - target.used())
					.sum();
				if (unused > 0) {
					// asked first: the codes out stop working the moment the deadline
					// passes
					model.addAttribute("deadlineUnused", unused);
					response.setStatus(HttpStatus.CONFLICT.value());
					return editor(set, view, form, model);
				}
			}
		}
		return save(set, view, form, model, locale, redirect, response);
	}

	/**
	 * The page that asks before a form is deleted, naming it (a page of its own, so that
	 * the back button after the deletion never meets a posted page); a form that cannot
	 * be deleted (frozen, or of a closed year) goes back to its page, which says why.
	 */
	@GetMapping("/{id}/delete")
	String deletion(@PathVariable long id, Model model) {
		SurveyFormView view = form(id);
		IndexSetView set = set(view.indexSetId());
		if (view.frozen() || this.forms.closedYear(set.id()).isPresent()) {
			return "redirect:/admin/survey/forms/" + id;
		}
		model.addAttribute("view", view);
		model.addAttribute("set", set);
		model.addAttribute("group", group(set));
		return "survey/forms-delete";
	}

	/**
	 * Deletes a form once confirmed ({@code confirmed=true}), then goes to the hub;
	 * without the confirmation, to the page that asks. A frozen form, or one of a closed
	 * year, is refused at once, nothing to confirm.
	 */
	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		SurveyFormView view = form(id);
		IndexSetView set = set(view.indexSetId());
		Optional<Integer> closed = this.forms.closedYear(set.id());
		if (closed.isPresent()) {
			return refused(set, view, SurveyFormInput.of(view, this.formats), model, response, HttpStatus.CONFLICT,
					List.of(yearClosed(closed.get(), locale)));
		}
		if (view.frozen()) {
			return refused(set, view, SurveyFormInput.of(view, this.formats), model, response, HttpStatus.CONFLICT,
					List.of(frozen(view, locale)));
		}
		if (!confirmed) {
			return "redirect:/admin/survey/forms/" + id + "/delete";
		}
		try {
			this.forms.delete(id);
			redirect.addFlashAttribute("notice", this.messages.getMessage("survey.forms.deleted",
					new Object[] { view.code(), view.name() }, locale));
			return HUB;
		}
		catch (InvalidSurveyException ex) {
			return refused(set, view, SurveyFormInput.of(view, this.formats), model, response, HttpStatus.CONFLICT,
					List.of(message(ex, locale)));
		}
	}

	@GetMapping("/{id}/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		SurveyFormView view = form(id);
		IndexSetView set = set(view.indexSetId());
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("phieu-khao-sat-" + set.year() + "-" + safe(view.code()) + ".xlsx")
						.build()
						.toString())
			.body(SurveyFormFiles.toXlsx(view));
	}

	/**
	 * Stores a form read from an XLSX file for a set ({@link SurveyFormFiles}), under the
	 * code typed on the hub or else the file's; a file with any problem is refused whole,
	 * each problem with its row and column, and nothing is stored.
	 */
	@PostMapping("/import")
	String importFile(@RequestParam("set") long setId, @RequestParam(required = false) @Nullable String code,
			@RequestParam MultipartFile file, Locale locale, RedirectAttributes redirect) {
		IndexSetView set = set(setId);
		String original = Optional.ofNullable(file.getOriginalFilename()).orElse("");
		Optional<String> unusable = org.parindex.platform.web.Uploads.problem(file, "survey.forms.import.file-missing",
				this.messages, locale);
		if (unusable.isPresent()) {
			// none chosen, or chosen but empty: said so, not "the file's extension is ''"
			redirect.addFlashAttribute("errors", List.of(unusable.get()));
			return HUB;
		}
		if (!original.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			int dot = original.lastIndexOf('.');
			redirect.addFlashAttribute("errors", List.of(this.messages.getMessage("survey.forms.import.type",
					new Object[] { (dot < 0) ? "" : original.substring(dot) }, locale)));
			return HUB;
		}
		try (InputStream in = file.getInputStream()) {
			DefineSurveyForm read = SurveyFormFiles.fromXlsx(in, setId, code, surveyLeafCodes(set),
					this.imports.limits());
			boolean replaces = this.forms.forms(setId).stream().anyMatch((f) -> f.code().equals(read.code()));
			SurveyFormView stored = this.forms.define(read);
			redirect.addFlashAttribute("notice",
					this.messages.getMessage(replaces ? "survey.forms.import.replaced" : "survey.forms.import.done",
							new Object[] { stored.code(), stored.questions().size(), set.year() }, locale));
		}
		catch (SurveyFormFiles.SurveyFormFileException ex) {
			List<String> said = new ArrayList<>();
			for (SurveyFormFiles.FileIssue issue : ex.issues()) {
				said.add(
						TabularFileException.describe(this.messages, locale, issue.sheet(), issue.row(), issue.column(),
								this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(), locale)));
			}
			redirect.addFlashAttribute("errors", said);
		}
		catch (InvalidSurveyException ex) {
			// the file's code is a form with responses: said as the code taken, with the
			// way out (another code), not as "cannot be changed" (walk of issue 10, third
			// round, #2)
			redirect
				.addFlashAttribute(
						"errors", List.of(
								ex.messageKey().equals("survey.form.frozen")
										? this.messages.getMessage(
												"survey.forms.import.frozen", new Object[] { ex.arguments()[0],
														ex.arguments()[1], set.year(), this.messages
															.getMessage("survey.forms.import.code", null, locale) },
												locale)
										: message(ex, locale)));
		}
		catch (ConstraintViolationException ex) {
			redirect.addFlashAttribute("errors", this.errors.of(ex, locale));
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("errors",
					List.of(this.messages.getMessage("survey.forms.file.unreadable", null, locale)));
		}
		return HUB;
	}

	/** Copies the previous year's forms of the same unit group to a set without forms. */
	@PostMapping("/copy")
	String copy(@RequestParam("set") long setId, Locale locale, RedirectAttributes redirect) {
		IndexSetView set = set(setId);
		try {
			SurveyFormsCopied copied = this.forms.copyFromPreviousYear(setId);
			List<String> notice = new ArrayList<>();
			notice.add(this.messages.getMessage("survey.forms.copied",
					new Object[] { copied.forms(), set.year() - 1, set.year() }, locale));
			if (!copied.reviews().isEmpty()) {
				notice.add(this.messages.getMessage("survey.forms.copied.review",
						new Object[] { copied.reviews().size() }, locale));
			}
			redirect.addFlashAttribute("notice", String.join(" ", notice));
		}
		catch (InvalidSurveyException ex) {
			redirect.addFlashAttribute("errors", List.of(message(ex, locale)));
		}
		return HUB;
	}

	private String save(IndexSetView set, @Nullable SurveyFormView view, SurveyFormInput form, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		SurveyFormInput.Checked checked = form.read(set.id(), surveyLeafCodes(set), this.messages, locale);
		if (checked.command() == null) {
			model.addAttribute("invalid", checked.invalid());
			return refused(set, view, form, model, response, HttpStatus.BAD_REQUEST, checked.errors());
		}
		try {
			SurveyFormView stored = this.forms.define(checked.command());
			redirect.addFlashAttribute("notice", this.messages.getMessage("survey.forms.saved",
					new Object[] { stored.code(), stored.questions().size() }, locale));
			return "redirect:/admin/survey/forms/" + stored.id();
		}
		catch (InvalidSurveyException ex) {
			boolean frozen = ex.messageKey().equals("survey.form.frozen");
			return refused(set, view, form, model, response, frozen ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
					List.of(message(ex, locale)));
		}
		catch (ConstraintViolationException ex) {
			return refused(set, view, form, model, response, HttpStatus.BAD_REQUEST, this.errors.of(ex, locale));
		}
	}

	private String refused(IndexSetView set, @Nullable SurveyFormView view, SurveyFormInput form, Model model,
			HttpServletResponse response, HttpStatus status, List<String> errors) {
		response.setStatus(status.value());
		model.addAttribute("errors", errors);
		return editor(set, view, form, model);
	}

	/**
	 * Applies an editing action: {@code add-question}, {@code remove-question-
	 *
	<q>}, {@code add-option-
	 *
	<q>}, {@code remove-option-
	 *
	<q>-<o>} (from 0); anything else changes nothing.
	 */
	private void change(SurveyFormInput form, String action, IndexSetView set, Locale locale) {
		String[] parts = action.split("-");
		try {
			if (action.equals("add-question")) {
				form.addQuestion(this.messages, locale, surveyLeaves(set).stream().map(NodeView::code).toList());
			}
			else if (action.startsWith("remove-question-") && parts.length == 3) {
				form.removeQuestion(Integer.parseInt(parts[2]));
			}
			else if (action.startsWith("add-option-") && parts.length == 3) {
				form.addOption(Integer.parseInt(parts[2]));
			}
			else if (action.startsWith("remove-option-") && parts.length == 4) {
				form.removeOption(Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
			}
		}
		catch (NumberFormatException ex) {
			// an action the page does not send: nothing to do
		}
	}

	private String editor(IndexSetView set, @Nullable SurveyFormView view, SurveyFormInput form, Model model) {
		model.addAttribute("set", set);
		model.addAttribute("yearClosed", this.forms.closedYear(set.id()).orElse(null));
		model.addAttribute("group", group(set));
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		List<NodeView> leaves = surveyLeaves(set);
		model.addAttribute("leaves", leaves);
		java.util.Map<String, String> leafNames = new java.util.HashMap<>();
		leaves.forEach((leaf) -> leafNames.put(leaf.code(), leaf.name()));
		model.addAttribute("leafNames", leafNames);
		if (!model.containsAttribute("invalid")) {
			model.addAttribute("invalid", Set.of());
		}
		model.addAttribute("reviews", (view != null)
				? this.forms.reviews(set.id()).stream().filter((review) -> review.formId() == view.id()).toList()
				: List.of());
		return "survey/forms-edit";
	}

	private String yearClosed(int year, Locale locale) {
		return this.messages.getMessage("survey.form.year-closed", new Object[] { year }, locale);
	}

	private String frozen(SurveyFormView view, Locale locale) {
		return this.messages.getMessage("survey.form.frozen", new Object[] { view.code(), view.responses() }, locale);
	}

	private String message(InvalidSurveyException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
	}

	private @Nullable UnitGroupView group(IndexSetView set) {
		return this.organization.findGroup(set.unitGroupId()).orElse(null);
	}

	private IndexSetView set(long id) {
		return this.methodology.find(id).orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", id));
	}

	private SurveyFormView form(long id) {
		return this.forms.find(id).orElseThrow(() -> new NotFoundException("survey.form.unknown", id));
	}

	private static List<NodeView> surveyLeaves(IndexSetView set) {
		return set.nodes().stream().filter((node) -> node.component().orElse(null) == Component.SURVEY).toList();
	}

	private static Set<String> surveyLeafCodes(IndexSetView set) {
		return surveyLeaves(set).stream().map(NodeView::code).collect(Collectors.toSet());
	}

	private static String safe(String code) {
		return code.replaceAll("[^A-Za-z0-9_-]", "_");
	}

}
