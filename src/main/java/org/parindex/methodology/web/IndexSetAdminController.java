package org.parindex.methodology.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.engine.RankLabel;
import org.parindex.engine.TieRule;
import org.parindex.methodology.CreateIndexSet;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetFiles;
import org.parindex.methodology.IndexSetFrozenException;
import org.parindex.methodology.IndexSetIssue;
import org.parindex.methodology.IndexSetLimits;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.InvalidIndexSetException;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.platform.Bounds;
import org.parindex.platform.Formats;
import org.parindex.platform.Label;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.PersonNames;
import org.parindex.platform.TabularFileException;
import org.parindex.platform.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PAR office's index-set editor: the sets by year and group, a new set (copied or
 * from scratch), the tree with live checks, node editing, and XLSX/CSV export and import.
 */
@Controller
@RequestMapping("/admin/methodology/index-sets")
@PreAuthorize("hasAnyRole('PAR_OFFICE', 'ADMINISTRATOR')")
class IndexSetAdminController {

	private final MethodologyService methodology;

	private final IndexSetEditor editor;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final IndexSetLimits limits;

	private final FormErrors errors;

	private final Formats formats;

	/** A total shown at each precision on the settings form (97,685 at three places). */
	private static final BigDecimal PRECISION_EXAMPLE = new BigDecimal("97.685123");

	private final PersonNames people;

	IndexSetAdminController(MethodologyService methodology, IndexSetEditor editor, OrganizationService organization,
			MessageSource messages, IndexSetLimits limits, FormErrors errors, Formats formats, PersonNames people) {
		this.people = people;
		this.methodology = methodology;
		this.editor = editor;
		this.organization = organization;
		this.messages = messages;
		this.limits = limits;
		this.errors = errors;
		this.formats = formats;
	}

	@GetMapping
	String sets(Model model) {
		Map<Long, UnitGroupView> groups = new HashMap<>();
		this.organization.groups().forEach((group) -> groups.put(group.id(), group));
		model.addAttribute("sets", this.methodology.list());
		model.addAttribute("groups", groups);
		return "methodology/index-sets";
	}

	@PostMapping
	String create(@Valid IndexSetForm form, BindingResult binding, Model model, Locale locale,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(HttpStatus.BAD_REQUEST, this.errors.of(binding, IndexSetForm.class, locale), model,
					response);
		}
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.APPRAISAL, form.appraisalMax());
		if (form.surveyMax() != null && form.surveyMax().signum() > 0) {
			maxima.put(Component.SURVEY, form.surveyMax());
		}
		try {
			IndexSetView set = this.editor.createDraft(new IndexSetEditor.CreateDraft(form.year(), form.unitGroupId(),
					form.name(), Optional.ofNullable(form.legalBasis()).orElse(""),
					Optional.ofNullable(form.copyFrom()), maxima, form.bonusCap(), form.deductionCap()));
			return "redirect:/admin/methodology/index-sets/" + set.id();
		}
		catch (InvalidIndexSetException ex) {
			boolean clash = ex.issues()
				.stream()
				.anyMatch((issue) -> issue.messageKey().equals("methodology.index-set.exists"));
			return refused(clash ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, messages(ex.issues(), locale), model,
					response);
		}
		catch (ConstraintViolationException ex) {
			return refused(HttpStatus.BAD_REQUEST, this.errors.of(ex, locale), model, response);
		}
	}

	/** The list of sets again, with why the new one was refused and what was typed. */
	private String refused(HttpStatus status, List<String> errors, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("errors", errors);
		return sets(model);
	}

	@GetMapping("/{id}")
	String set(@PathVariable long id, @RequestParam Optional<String> edit, Model model, Locale locale) {
		IndexSetView set = find(id);
		model.addAttribute("set", set);
		model.addAttribute("group", this.organization.findGroup(set.unitGroupId()).orElse(null));
		model.addAttribute("problems", messages(this.editor.problems(set), locale));
		model.addAttribute("levels", Level.values());
		model.addAttribute("components", Component.values());
		model.addAttribute("editing", edit.flatMap(set::node));
		Map<Integer, String> placeExamples = new java.util.LinkedHashMap<>();
		for (int places = 0; places <= TieRule.MAX_PLACES; places++) {
			placeExamples.put(places, this.formats.points(PRECISION_EXAMPLE, places));
		}
		model.addAttribute("placeExamples", placeExamples);
		model.addAttribute("rankLabels", RankLabel.values());
		return "methodology/index-set-editor";
	}

	@PostMapping("/{id}/nodes")
	String saveNode(@PathVariable long id, @RequestParam int version, @Valid NodeForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<String> original = Optional.ofNullable(binding.getFieldValue("originalCode"))
			.map(Object::toString)
			.map(String::strip)
			.filter((c) -> !c.isBlank());
		if (binding.hasErrors()) {
			return nodeRefused(id, original, HttpStatus.BAD_REQUEST, this.errors.of(binding, NodeForm.class, locale),
					model, locale, response);
		}
		try {
			this.editor.saveNode(id, version, original,
					new CreateIndexSet.NodeDraft(form.code(), optional(form.parentCode()), form.level(), form.name(),
							text(form.nameEn()), form.maxPoints(), Optional.ofNullable(form.component()),
							optional(form.rule()), text(form.guidance()), text(form.evidence())));
			// the notice names the criterion saved (issue 9, A-messages)
			redirect.addFlashAttribute("notice", this.messages.getMessage("index-sets.node.saved",
					new Object[] { form.code().strip(), form.name().strip() }, locale));
			return "redirect:/admin/methodology/index-sets/" + id;
		}
		catch (InvalidIndexSetException ex) {
			boolean clash = ex.issues()
				.stream()
				.anyMatch((issue) -> issue.messageKey().equals("methodology.index-set.edited-meanwhile"));
			return nodeRefused(id, original, clash ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
					messages(ex.issues(), locale), model, locale, response);
		}
		catch (IndexSetFrozenException ex) {
			return nodeRefused(id, original, HttpStatus.CONFLICT,
					List.of(this.messages.getMessage("index-sets.frozen", new Object[] { ex.year() }, locale)), model,
					locale, response);
		}
		catch (ConstraintViolationException ex) {
			return nodeRefused(id, original, HttpStatus.BAD_REQUEST, this.errors.of(ex, locale), model, locale,
					response);
		}
	}

	/**
	 * The editor again, as it is now, with why the node was refused and the form as it
	 * was typed (the template reads the request's parameters first): 400 for what the
	 * form or the tree does not allow, 409 when someone edited the set meanwhile or its
	 * year was published.
	 */
	private String nodeRefused(long id, Optional<String> original, HttpStatus status, List<String> errors, Model model,
			Locale locale, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("errors", errors);
		return set(id, original, model, locale);
	}

	/**
	 * The PAR office sets how the results are published: the published precision and the
	 * rank label style.
	 */
	@PostMapping("/{id}/publication-settings")
	String publicationSettings(@PathVariable long id, @RequestParam int version, @Valid PublicationSettingsForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			return nodeRefused(id, Optional.empty(), HttpStatus.BAD_REQUEST,
					this.errors.of(binding, PublicationSettingsForm.class, locale), model, locale, response);
		}
		return change(id, locale, redirect,
				() -> this.editor.changePublicationSettings(id, version, form.publishedPlaces(), form.rankLabel(),
						Optional.ofNullable(form.legalBasis()).orElse("")),
				"index-sets.settings.saved", find(id).year());
	}

	/**
	 * Deletes a node once confirmed ({@code confirmed=true}); before, the editor comes
	 * back saying what the deletion removes, and nothing changes (issue 9, item 7).
	 */
	@PostMapping("/{id}/nodes/{code}/delete")
	String deleteNode(@PathVariable long id, @PathVariable String code, @RequestParam int version,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, Locale locale,
			RedirectAttributes redirect) {
		IndexSetView shown = find(id);
		// a published year's set is frozen: refused at once, nothing to confirm
		if (!confirmed && !shown.published() && shown.node(code).isPresent()) {
			model.addAttribute("confirmDelete", this.editor.deletion(id, code));
			model.addAttribute("confirmVersion", version);
			return set(id, Optional.empty(), model, locale);
		}
		String name = shown.node(code).map(NodeView::name).orElse("");
		return change(id, locale, redirect, () -> this.editor.deleteNode(id, version, code), "index-sets.node.deleted",
				code, name);
	}

	@PostMapping("/{id}/nodes/{code}/move")
	String moveNode(@PathVariable long id, @PathVariable String code, @RequestParam int direction,
			@RequestParam int version, Locale locale, RedirectAttributes redirect) {
		String name = find(id).node(code).map(NodeView::name).orElse("");
		return change(id, locale, redirect, () -> this.editor.moveNode(id, version, code, direction),
				(direction < 0) ? "index-sets.node.moved-up" : "index-sets.node.moved-down", code, name);
	}

	@GetMapping("/{id}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long id) {
		IndexSetView set = find(id);
		return download(IndexSetFiles.toXlsx(set), "bo-chi-so-" + set.year() + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/{id}/export.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable long id) {
		IndexSetView set = find(id);
		return download(IndexSetFiles.toCsv(set), "bo-chi-so-" + set.year() + ".csv",
				MediaType.parseMediaType("text/csv;charset=UTF-8"));
	}

	/**
	 * Replaces the set from an XLSX file (settings and tree) or a CSV file (tree only),
	 * read within {@link IndexSetLimits#fileLimits()}; a refused file changes nothing and
	 * every problem is listed with its place.
	 */
	@PostMapping("/{id}/import")
	String importFile(@PathVariable long id, @RequestParam MultipartFile file, @RequestParam int version, Locale locale,
			RedirectAttributes redirect) {
		IndexSetView set = find(id);
		String original = Optional.ofNullable(file.getOriginalFilename()).orElse("");
		String filename = original.toLowerCase(Locale.ROOT);
		try (InputStream in = file.getInputStream()) {
			CreateIndexSet imported;
			if (filename.endsWith(".csv")) {
				CreateIndexSet current = new CreateIndexSet(set.year(), set.unitGroupId(), set.name(), set.legalBasis(),
						set.illustrative(), set.componentMaxima(), set.bonusCap(), set.deductionCap(), set.tiePlaces(),
						set.classes()
							.stream()
							.map((band) -> new CreateIndexSet.ClassBandDraft(band.code(), band.name(), band.nameEn(),
									band.minPercent()))
							.toList(),
						List.of(), set.rankLabel());
				imported = withNodes(current, IndexSetFiles.criteriaFromCsv(in, this.limits.fileLimits()));
			}
			else if (filename.endsWith(".xlsx")) {
				imported = IndexSetFiles.fromXlsx(in, set.year(), set.unitGroupId(), this.limits.fileLimits());
			}
			else {
				int dot = original.lastIndexOf('.');
				redirect.addFlashAttribute("errors", List.of(this.messages.getMessage("import.file.type",
						new Object[] { (dot < 0) ? "" : original.substring(dot) }, locale)));
				return "redirect:/admin/methodology/index-sets/" + id;
			}
			IndexSetView result = this.editor.replace(id, version, imported, original);
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("index-sets.import.done", new Object[] { result.nodes().size() }, locale));
		}
		catch (IndexSetFiles.IndexSetFileException ex) {
			List<String> errors = new ArrayList<>();
			for (IndexSetFiles.FileIssue issue : ex.issues()) {
				errors.add(
						TabularFileException.describe(this.messages, locale, issue.sheet(), issue.row(), issue.column(),
								this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(), locale)));
			}
			redirect.addFlashAttribute("errors", errors);
		}
		catch (InvalidIndexSetException ex) {
			redirect.addFlashAttribute("errors", messages(ex.issues(), locale));
		}
		catch (IndexSetFrozenException ex) {
			redirect.addFlashAttribute("errors",
					List.of(this.messages.getMessage("index-sets.frozen", new Object[] { ex.year() }, locale)));
		}
		catch (ConstraintViolationException ex) {
			redirect.addFlashAttribute("errors", this.errors.of(ex, locale));
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("errors", List.of(message("methodology.file.unreadable", locale)));
		}
		return "redirect:/admin/methodology/index-sets/" + id;
	}

	/**
	 * Makes a change to the set; the notice ({@code noticeKey} with its arguments) names
	 * what was changed.
	 */
	private String change(long id, Locale locale, RedirectAttributes redirect, Runnable change, String noticeKey,
			Object... noticeArguments) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", this.messages.getMessage(noticeKey, noticeArguments, locale));
		}
		catch (InvalidIndexSetException ex) {
			redirect.addFlashAttribute("errors", messages(ex.issues(), locale));
		}
		catch (IndexSetFrozenException ex) {
			redirect.addFlashAttribute("errors",
					List.of(this.messages.getMessage("index-sets.frozen", new Object[] { ex.year() }, locale)));
		}
		catch (ConstraintViolationException ex) {
			redirect.addFlashAttribute("errors", this.errors.of(ex, locale));
		}
		return "redirect:/admin/methodology/index-sets/" + id;
	}

	private IndexSetView find(long id) {
		return this.methodology.find(id).orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", id));
	}

	private List<String> messages(List<IndexSetIssue> issues, Locale locale) {
		return issues.stream().map((issue) -> {
			Object[] arguments = issue.arguments().toArray();
			// the conflict names who edited the set by display name, not login (issue 9,
			// A-messages)
			if (issue.messageKey().equals("methodology.index-set.edited-meanwhile") && arguments.length > 0) {
				arguments[0] = this.people.name(String.valueOf(arguments[0]));
			}
			return this.messages.getMessage(issue.messageKey(), arguments, locale);
		}).toList();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static CreateIndexSet withNodes(CreateIndexSet set, List<CreateIndexSet.NodeDraft> nodes) {
		return new CreateIndexSet(set.year(), set.unitGroupId(), set.name(), set.legalBasis(), set.illustrative(),
				set.componentMaxima(), set.bonusCap(), set.deductionCap(), set.tiePlaces(), set.classes(), nodes,
				set.rankLabel());
	}

	private static Optional<String> optional(@Nullable String text) {
		return Optional.ofNullable(text).map(String::strip).filter((value) -> !value.isEmpty());
	}

	private static String text(@Nullable String text) {
		return (text != null) ? text : "";
	}

	/**
	 * A new index set as the form sends it; the columns of {@code methodology_index_set}
	 * and {@code methodology_component} bound each field.
	 */
	record IndexSetForm(@Label("index-sets.year") @NotNull @Bounds.Year Integer year,
			@Label("index-sets.group") @NotNull Long unitGroupId,
			@Label("index-sets.name") @NotBlank @Size(max = 300, message = "{bounds.text.max}") String name,
			@Label("index-sets.legal-basis") @Size(max = 500, message = "{bounds.text.max}") @Pattern(
					regexp = CreateIndexSet.LEGAL_BASIS, message = "{bounds.legal-basis}") @Nullable String legalBasis,
			@Label("field.index-set.copy-from") @Nullable Long copyFrom,
			@Label("index-sets.appraisal-max") @NotNull @Bounds.Points BigDecimal appraisalMax,
			@Label("index-sets.survey-max") @Bounds.Points @Nullable BigDecimal surveyMax,
			@Label("index-sets.bonus-cap") @NotNull @Bounds.Points BigDecimal bonusCap,
			@Label("index-sets.deduction-cap") @NotNull @Bounds.Points BigDecimal deductionCap) {

	}

	/**
	 * How the set's results are published, as the form sends it: decimals of totals
	 * ({@code methodology_index_set.tie_places}, 0 to 6), the rank label style and the
	 * legal basis the reports cite ({@link CreateIndexSet#LEGAL_BASIS}; absent or empty
	 * for none).
	 */
	record PublicationSettingsForm(
			@Label("index-sets.published-places") @NotNull @Min(0) @Max(TieRule.MAX_PLACES) Integer publishedPlaces,
			@Label("index-sets.rank-label") @NotNull RankLabel rankLabel,
			@Label("index-sets.legal-basis") @Size(max = 500, message = "{bounds.text.max}") @Pattern(
					regexp = CreateIndexSet.LEGAL_BASIS,
					message = "{bounds.legal-basis}") @Nullable String legalBasis) {

	}

	/**
	 * A node of the tree as the form sends it, bounded by {@code methodology_node}; codes
	 * are {@link CreateIndexSet.NodeDraft#CODE}.
	 */
	record NodeForm(
			@Label("field.node.original-code") @Size(max = 40, message = "{bounds.text.max}") @Pattern(
					regexp = CreateIndexSet.NodeDraft.PARENT_CODE,
					message = "{bounds.node-code}") @Nullable String originalCode,
			@Label("index-sets.node.code") @NotBlank @Size(max = 40, message = "{bounds.text.max}") @Pattern(
					regexp = CreateIndexSet.NodeDraft.CODE, message = "{bounds.node-code}") String code,
			@Label("index-sets.node.parent") @Size(max = 40, message = "{bounds.text.max}") @Pattern(
					regexp = CreateIndexSet.NodeDraft.PARENT_CODE,
					message = "{bounds.node-code}") @Nullable String parentCode,
			@Label("index-sets.node.level") @NotNull Level level,
			@Label("index-sets.node.name") @NotBlank @Size(max = 1000, message = "{bounds.text.max}") String name,
			@Label("index-sets.node.name-en") @Size(max = 1000, message = "{bounds.text.max}") @Nullable String nameEn,
			@Label("index-sets.node.max") @NotNull @Bounds.Points BigDecimal maxPoints,
			@Label("index-sets.node.component") @Nullable Component component,
			@Label("index-sets.node.rule") @Size(max = 500, message = "{bounds.text.max}") @Nullable String rule,
			@Label("index-sets.node.guidance") @Size(max = 4000,
					message = "{bounds.text.max}") @Nullable String guidance,
			@Label("index-sets.node.evidence") @Size(max = 2000,
					message = "{bounds.text.max}") @Nullable String evidence) {

	}

	private static ResponseEntity<byte[]> download(byte[] content, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

}
