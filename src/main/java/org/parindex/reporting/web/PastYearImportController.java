package org.parindex.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.parindex.methodology.IndexSetView;
import org.parindex.organization.OrganizationService;
import org.parindex.platform.Actor;
import org.parindex.platform.Actors;
import org.parindex.platform.ImportSettings;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.TabularFileException;
import org.parindex.reporting.PastYearFile;
import org.parindex.reporting.PastYearImport;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The PAR office imports a past year's final results (issue 12, item 8): the page of an
 * index set not yet started offers the template generated from the set, takes the file
 * and the decision's date, shows every problem by row and column (nothing kept) or the
 * units, totals and ranks the engine computes, and publishes the year once confirmed (the
 * checked figures wait in the session until then; the page carries a token).
 */
@Controller
@RequestMapping("/admin/reporting/past-years/{indexSetId}")
@PreAuthorize("hasRole('PAR_OFFICE')")
class PastYearImportController {

	private static final String PENDING = PastYearImportController.class.getName() + ".pending";

	private final PastYearImport imports;

	private final ImportSettings settings;

	private final OrganizationService organization;

	private final MessageSource messages;

	PastYearImportController(PastYearImport imports, ImportSettings settings, OrganizationService organization,
			MessageSource messages) {
		this.imports = imports;
		this.settings = settings;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable long indexSetId, Model model, Locale locale) {
		try {
			this.imports.importableSet(indexSetId);
		}
		catch (LocalizedException ex) {
			model.addAttribute("closed", true);
			model.addAttribute("problems", List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
		}
		return show(indexSetId, model);
	}

	/** The template of the set: one row per unit and criterion, points left empty. */
	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long indexSetId) {
		IndexSetView set = this.imports.importableSet(indexSetId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ket-qua-" + set.year() + ".xlsx").build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(this.imports.template(set));
	}

	@PostMapping
	String upload(@PathVariable long indexSetId, @RequestParam MultipartFile file,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn, Model model,
			Locale locale, HttpSession session) {
		IndexSetView set;
		try {
			set = this.imports.importableSet(indexSetId);
		}
		catch (LocalizedException ex) {
			return page(indexSetId, model, locale);
		}
		String filename = Optional.ofNullable(file.getOriginalFilename()).orElse("");
		// the date typed stays in its field whatever the file's fate (walk of issue 12)
		model.addAttribute("publishedOn", publishedOn);
		PastYearFile.Reading reading;
		try (InputStream in = file.getInputStream()) {
			reading = this.imports.read(set, filename, in, this.settings.limits());
		}
		catch (TabularFileException ex) {
			model.addAttribute("problems", List.of(ex.describe(this.messages, locale)));
			return show(indexSetId, model);
		}
		catch (IOException ex) {
			model.addAttribute("problems",
					List.of(this.messages.getMessage("account.import.unreadable", null, locale)));
			return show(indexSetId, model);
		}
		// which sheet of the workbook was read: the one headed as the template is (walk
		// of issue 12)
		model.addAttribute("sheet", reading.sheet());
		if (!reading.valid()) {
			model.addAttribute("problems", reading.problems().stream().map((p) -> describe(p, locale)).toList());
			return show(indexSetId, model);
		}
		try {
			model.addAttribute("preview", this.imports.preview(indexSetId, reading, publishedOn, actor()));
		}
		catch (LocalizedException ex) {
			model.addAttribute("problems", List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
			return show(indexSetId, model);
		}
		String token = UUID.randomUUID().toString();
		session.setAttribute(PENDING, new Pending(token, indexSetId, reading, publishedOn, filename));
		model.addAttribute("token", token);
		return show(indexSetId, model);
	}

	/** Imports and publishes the figures last previewed in this session, once. */
	@PostMapping("/confirm")
	String confirm(@PathVariable long indexSetId, @RequestParam String token,
			@RequestParam(defaultValue = "false") boolean understood, HttpSession session, Model model, Locale locale) {
		Object pending = session.getAttribute(PENDING);
		if (!(pending instanceof Pending figures) || !figures.token().equals(token)
				|| figures.indexSetId() != indexSetId) {
			// sent again once imported (a second tab, the Back button): said as done, not
			// as a preview that ran out (walk of issue 12)
			String said;
			try {
				this.imports.importableSet(indexSetId);
				said = this.messages.getMessage("past-year.expired", null, locale);
			}
			catch (LocalizedException ex) {
				said = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
			}
			model.addAttribute("problems", List.of(said));
			return show(indexSetId, model);
		}
		if (!understood) {
			// publishing is final: asked first, the preview shown again (walk of issue
			// 12:
			// one click published the year)
			model.addAttribute("problems",
					List.of(this.messages.getMessage("past-year.understood.missing", null, locale)));
			model.addAttribute("publishedOn", figures.publishedOn());
			model.addAttribute("sheet", figures.reading().sheet());
			model.addAttribute("preview",
					this.imports.preview(indexSetId, figures.reading(), figures.publishedOn(), actor()));
			model.addAttribute("token", figures.token());
			return show(indexSetId, model);
		}
		session.removeAttribute(PENDING);
		IndexSetView set = this.imports.set(indexSetId);
		try {
			this.imports.confirm(indexSetId, figures.reading(), figures.publishedOn(), figures.filename(), actor());
		}
		catch (LocalizedException ex) {
			model.addAttribute("problems", List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
			return show(indexSetId, model);
		}
		String group = this.organization.findGroup(set.unitGroupId()).orElseThrow().code();
		return "redirect:/reporting/rankings/" + set.year() + "/" + group;
	}

	private String show(long indexSetId, Model model) {
		model.addAttribute("set", this.imports.set(indexSetId));
		// the codes the file's column C gives the bonus and the deduction, as the reader
		// takes them
		model.addAttribute("bonusCode", PastYearFile.BONUS);
		model.addAttribute("deductionCode", PastYearFile.DEDUCTION);
		return "reporting/past-year-import";
	}

	/** A problem with its place: "Dòng 7, cột F (tiêu chí 3.2.1): …". */
	private String describe(PastYearFile.Problem problem, Locale locale) {
		String text = this.messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
		if (problem.row() <= 0) {
			return text;
		}
		if (problem.column().isEmpty()) {
			return this.messages.getMessage("past-year.issue.row", new Object[] { problem.row(), text }, locale);
		}
		if (problem.criterion().isEmpty()) {
			return this.messages.getMessage("past-year.issue.cell",
					new Object[] { problem.row(), problem.column(), text }, locale);
		}
		return this.messages.getMessage("past-year.issue.criterion",
				new Object[] { problem.row(), problem.column(), problem.criterion(), text }, locale);
	}

	private static Actor actor() {
		return Actors.current().orElseThrow();
	}

	/** Checked figures waiting in the session for the PAR office's confirmation. */
	record Pending(String token, long indexSetId, PastYearFile.Reading reading, LocalDate publishedOn,
			String filename) implements Serializable {

	}

}
