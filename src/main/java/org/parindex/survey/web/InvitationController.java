package org.parindex.survey.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.parindex.assessment.WorkflowException;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.CsvFiles;
import org.parindex.platform.Formats;
import org.parindex.platform.Label;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.SpreadsheetText;
import org.parindex.platform.web.FormErrors;
import org.parindex.survey.InvalidSurveyException;
import org.parindex.survey.InvitationBatchView;
import org.parindex.survey.InvitationCodeView;
import org.parindex.survey.InvitationService;
import org.parindex.survey.IssueInvitations;
import org.parindex.survey.SampleSize;
import org.parindex.survey.SetSurveyTarget;
import org.parindex.survey.SurveyFormService;
import org.parindex.survey.SurveyFormView;
import org.parindex.survey.SurveyTargetView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sampling and invitation codes of a form (survey staff, PAR office): per unit rated, the
 * respondents sought (entered, or from the population with n = N / (1 + N·e²)), batches
 * of single-use codes, their printable A4 sheets with a QR code of the public form, and
 * their export as CSV or XLSX with each code's address.
 */
@Controller
@RequestMapping("/admin/survey/forms/{formId}/invitations")
@PreAuthorize("hasAnyRole('SURVEY_STAFF', 'PAR_OFFICE')")
class InvitationController {

	/** Codes per printed A4 sheet (two columns of four). */
	static final int PER_SHEET = 8;

	/** Codes per print page; a larger batch prints in parts. */
	static final int PER_PART = 400;

	/**
	 * The most codes issued at once without a confirmation: a larger batch is asked
	 * again, saying how many A4 sheets it prints.
	 */
	static final int CONFIRM_ABOVE = 200;

	/** The population of the worked example of the sample formula (people). */
	static final int EXAMPLE_POPULATION = 12_000;

	private final InvitationService invitations;

	private final SurveyFormService forms;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final FormErrors errors;

	private final String publicUrl;

	/**
	 * Whether the invitations' address is this machine's (localhost, a loopback address
	 * or a host without a domain): printed sheets would lead nowhere, so the pages warn.
	 */
	private final boolean localAddress;

	private final Formats fmt;

	private final Clock clock;

	InvitationController(InvitationService invitations, SurveyFormService forms, OrganizationService organization,
			MessageSource messages, FormErrors errors, Formats fmt, Clock clock,
			@Value("${parindex.survey.public-url:${parindex.mail.base-url:http://localhost:8080}}") String publicUrl) {
		this.clock = clock;
		this.invitations = invitations;
		this.forms = forms;
		this.organization = organization;
		this.messages = messages;
		this.errors = errors;
		this.fmt = fmt;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.localAddress = local(this.publicUrl);
		if (this.localAddress) {
			org.slf4j.LoggerFactory.getLogger(InvitationController.class)
				.warn("Survey invitations and their QR codes point to {}, which respondents cannot reach: set "
						+ "parindex.survey.public-url (or parindex.mail.base-url) to the portal's public address",
						this.publicUrl);
		}
	}

	/** A unit rated with its sample, as the page shows it. */
	record UnitRow(UnitView unit, SurveyTargetView target, @Nullable String formula) {

		/** Codes issued but not used yet. */
		long open() {
			return this.target.issued() - this.target.used();
		}

	}

	@GetMapping
	String page(@PathVariable long formId, Model model) {
		SurveyFormView form = form(formId);
		List<UnitRow> rows = new ArrayList<>();
		for (SurveyTargetView target : this.invitations.targets(formId)) {
			this.organization.findUnit(target.unitId())
				.ifPresent((unit) -> rows.add(new UnitRow(unit, target, formula(target))));
		}
		model.addAttribute("form", form);
		model.addAttribute("yearClosed", this.forms.closedYear(form.indexSetId()).orElse(null));
		model.addAttribute("rows", rows);
		model.addAttribute("maxBatch", InvitationService.MAX_BATCH);
		// a fresh key per batch form shown: a second post of it issues nothing more
		model.addAttribute("batchRequest", UUID.randomUUID());
		model.addAttribute("defaultMargin", SampleSize.DEFAULT_MARGIN_PERCENT);
		model.addAttribute("example", example());
		// past the form's deadline no code is issued (the service refuses it too)
		model.addAttribute("issueClosed", !this.clock.instant().isBefore(form.closesAt()));
		model.addAttribute("publicUrl", this.publicUrl + "/khao-sat");
		model.addAttribute("localAddress", this.localAddress);
		return "survey/invitations";
	}

	@PostMapping("/targets")
	String setTarget(@PathVariable long formId, @Valid TargetForm target, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(this.errors.of(binding, TargetForm.class, locale), "target", model, response,
					() -> page(formId, model));
		}
		// after saving, both unit lists stay on this unit (walk of issue 10, #12: they
		// went back to the first unit, and the next batch went to it)
		redirect.addFlashAttribute("lastUnit", target.unitId());
		return attempt(formId, redirect, locale, model, response, "target", () -> {
			SurveyTargetView set = this.invitations.setTarget(new SetSurveyTarget(formId, target.unitId(),
					target.respondents(), target.population(), target.marginPercent()));
			return this.messages.getMessage("survey.invitation.target.saved",
					new Object[] { unitName(set.unitId(), locale), set.respondents() }, locale);
		});
	}

	@PostMapping("/batches")
	String issue(@PathVariable long formId, @Valid BatchForm batch, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(this.errors.of(binding, BatchForm.class, locale), "batch", model, response,
					() -> page(formId, model));
		}
		if (batch.count() > CONFIRM_ABOVE && !Boolean.TRUE.equals(batch.confirmed())) {
			// asked again, with the sheets it prints; nothing issued yet
			int sheets = (batch.count() + PER_SHEET - 1) / PER_SHEET;
			model.addAttribute("confirmBatch", batch);
			model.addAttribute("confirmText", this.messages.getMessage("survey.invitation.batch.confirm",
					new Object[] { batch.count(), sheets, PER_SHEET, unitName(batch.unitId(), locale) }, locale));
			model.addAttribute("posted", "batch");
			return page(formId, model);
		}
		redirect.addFlashAttribute("lastUnit", batch.unitId());
		return attempt(formId, redirect, locale, model, response, "batch", () -> {
			InvitationBatchView issued = this.invitations
				.issue(new IssueInvitations(formId, batch.unitId(), batch.count(), batch.request()));
			return this.messages.getMessage("survey.invitation.batch.issued",
					new Object[] { issued.size(), unitName(issued.unitId(), locale) }, locale);
		});
	}

	/**
	 * Withdraws a batch of codes, with a reason: first asked again, saying how many
	 * unused codes will stop working and that used codes and their responses stay
	 * counted; only the confirmed post withdraws. Without a reason nothing is asked and
	 * nothing changes.
	 */
	@PostMapping("/batches/{batchId}/withdraw")
	String withdraw(@PathVariable long formId, @PathVariable long batchId,
			@RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = "confirmed", defaultValue = "false") boolean confirmed, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		InvitationBatchView batch = batch(formId, batchId);
		int number = batchNumber(formId, batch);
		String unit = unitName(batch.unitId(), locale);
		model.addAttribute("withdrawBatch", batchId);
		model.addAttribute("withdrawReason", reason);
		// a reason missing or too long is refused at once, before the question, never
		// after it (walk of issue 10, #5): by the service's own rule
		boolean fits = InvitationService.withdrawalReasonProblem(reason).isEmpty();
		if (!confirmed && fits && !batch.withdrawn() && this.forms.closedYear(form(formId).indexSetId()).isEmpty()) {
			// asked again, with what stops working; nothing withdrawn yet
			long unused = this.invitations.unusedCodes(batchId);
			model.addAttribute("withdrawConfirm", this.messages.getMessage("survey.invitation.withdraw.confirm",
					new Object[] { number, unit, unused, batch.used() }, locale));
			model.addAttribute("posted", "withdraw");
			return page(formId, model);
		}
		return attempt(formId, redirect, locale, model, response, "withdraw", () -> {
			InvitationBatchView withdrawn = this.invitations.withdraw(formId, batchId, reason);
			return this.messages.getMessage("survey.invitation.withdraw.done",
					new Object[] { number, unit, withdrawn.withdrawnCodes(), withdrawn.used() }, locale);
		});
	}

	/** A batch's codes on A4 sheets, {@value #PER_SHEET} per sheet, in parts. */
	@GetMapping("/batches/{batchId}/print")
	String print(@PathVariable long formId, @PathVariable long batchId,
			@RequestParam(name = "part", defaultValue = "1") int part, Model model) {
		SurveyFormView form = form(formId);
		InvitationBatchView batch = batch(formId, batchId);
		// a withdrawn batch's codes open nothing: the page says so and prints none
		List<InvitationCodeView> codes = batch.withdrawn() ? List.of() : this.invitations.codes(batchId);
		int parts = Math.max(1, (codes.size() + PER_PART - 1) / PER_PART);
		int shown = Math.max(1, Math.min(part, parts));
		List<InvitationCodeView> slice = codes.subList((shown - 1) * PER_PART,
				Math.min(codes.size(), shown * PER_PART));
		List<List<Card>> sheets = new ArrayList<>();
		for (int i = 0; i < slice.size(); i += PER_SHEET) {
			sheets.add(slice.subList(i, Math.min(slice.size(), i + PER_SHEET))
				.stream()
				.map((code) -> new Card(code.code(), url(code.code()), InvitationQrCodes.svg(url(code.code()))))
				.toList());
		}
		model.addAttribute("form", form);
		model.addAttribute("batch", batch);
		model.addAttribute("batchNumber", batchNumber(formId, batch));
		model.addAttribute("unit", this.organization.findUnit(batch.unitId()).orElseThrow());
		model.addAttribute("sheets", sheets);
		model.addAttribute("part", shown);
		model.addAttribute("parts", parts);
		model.addAttribute("entryUrl", this.publicUrl + "/khao-sat");
		model.addAttribute("publicUrl", this.publicUrl + "/khao-sat");
		model.addAttribute("localAddress", this.localAddress);
		return "survey/invitations-print";
	}

	/**
	 * A batch's number as the pages show it: its place among the unit's batches for the
	 * form, oldest first (1, 2, …), never its database id.
	 */
	private int batchNumber(long formId, InvitationBatchView batch) {
		for (SurveyTargetView target : this.invitations.targets(formId)) {
			if (target.unitId() == batch.unitId()) {
				List<InvitationBatchView> batches = target.batches();
				for (int i = 0; i < batches.size(); i++) {
					if (batches.get(i).id() == batch.id()) {
						return i + 1;
					}
				}
			}
		}
		return 1;
	}

	/** One printed invitation: the code, its address and its QR code (SVG). */
	record Card(String code, String url, String qr) {

	}

	@GetMapping("/batches/{batchId}.csv")
	ResponseEntity<byte[]> csv(@PathVariable long formId, @PathVariable long batchId, Locale locale) {
		SurveyFormView form = form(formId);
		InvitationBatchView batch = batch(formId, batchId);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = CsvFiles.printer(writer)) {
			writer.write('\uFEFF');
			csv.printRecord(header(locale));
			for (List<String> row : rows(form, batch, locale)) {
				csv.printRecord(row.stream().map(SpreadsheetText::neutralise).toList());
			}
			for (List<String> row : warning(locale)) {
				csv.printRecord(row.stream().map(SpreadsheetText::neutralise).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return download(bytes.toByteArray(), filename(form, batch, "csv"),
				MediaType.parseMediaType("text/csv;charset=UTF-8"));
	}

	@GetMapping("/batches/{batchId}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long formId, @PathVariable long batchId, Locale locale) {
		SurveyFormView form = form(formId);
		InvitationBatchView batch = batch(formId, batchId);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook
				.createSheet(this.messages.getMessage("survey.invitation.export.sheet", null, locale));
			int r = 0;
			List<List<String>> all = new ArrayList<>();
			all.add(header(locale));
			all.addAll(rows(form, batch, locale));
			all.addAll(warning(locale));
			for (List<String> values : all) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
				}
			}
			workbook.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return download(bytes.toByteArray(), filename(form, batch, "xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	/**
	 * The rows that close an exported file while the invitations' address is this
	 * machine's: a blank row, then the warning the pages show (the links in the file lead
	 * nowhere until {@code parindex.survey.public-url} is set); none otherwise.
	 */
	private List<List<String>> warning(Locale locale) {
		if (!this.localAddress) {
			return List.of();
		}
		return List.of(List.of(""), List.of(this.messages.getMessage("survey.invitation.local-address",
				new Object[] { this.publicUrl + "/khao-sat" }, locale)));
	}

	private List<String> header(Locale locale) {
		return List.of("survey.invitation.export.code", "survey.invitation.export.url", "survey.invitation.export.unit",
				"survey.invitation.export.form", "survey.invitation.export.used", "survey.invitation.export.withdrawn")
			.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList();
	}

	private List<List<String>> rows(SurveyFormView form, InvitationBatchView batch, Locale locale) {
		String unit = unitName(batch.unitId(), locale);
		String yes = this.messages.getMessage("survey.invitation.export.yes", null, locale);
		String no = this.messages.getMessage("survey.invitation.export.no", null, locale);
		return this.invitations.codes(batch.id())
			.stream()
			.map((code) -> List.of(code.code(), url(code.code()), unit, form.code() + " " + form.name(),
					code.used() ? yes : no, code.withdrawn() ? withdrawn(batch, locale) : no))
			.toList();
	}

	/**
	 * The export's word for a withdrawn code: when and why its batch was withdrawn.
	 */
	private String withdrawn(InvitationBatchView batch, Locale locale) {
		return this.messages.getMessage("survey.invitation.export.withdrawn.yes",
				new Object[] {
						(batch.withdrawnAt() != null)
								? Formats.localTime(batch.withdrawnAt().atZone(this.clock.getZone())) : "",
						(batch.withdrawalReason() != null) ? batch.withdrawalReason() : "" },
				locale);
	}

	/** {@code ma-moi-LD-dak-po-dot-2.csv}: form code, unit code, the batch's number. */
	private String filename(SurveyFormView form, InvitationBatchView batch, String extension) {
		String unit = this.organization.findUnit(batch.unitId()).map(UnitView::code).orElse("");
		return "ma-moi-" + form.code().replaceAll("[^A-Za-z0-9-]", "") + "-" + unit.replaceAll("[^A-Za-z0-9-]", "")
				+ "-dot-" + batchNumber(form.id(), batch) + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(bytes);
	}

	/**
	 * The worked example under the formula: {@value #EXAMPLE_POPULATION} people at the
	 * province's margin of error ({@link SampleSize#DEFAULT_MARGIN_PERCENT}), computed as
	 * a target is ({@link SampleSize}), so the example never says other than the helper
	 * does.
	 */
	private String example() {
		BigDecimal margin = SampleSize.DEFAULT_MARGIN_PERCENT;
		BigDecimal population = BigDecimal.valueOf(EXAMPLE_POPULATION);
		return this.messages.getMessage("survey.invitation.target.example",
				new Object[] { this.fmt.number(population), this.fmt.number(margin),
						this.fmt.number(margin.movePointLeft(2)),
						this.fmt.points(SampleSize.exact(EXAMPLE_POPULATION, margin)),
						this.fmt.number(BigDecimal.valueOf(SampleSize.respondents(EXAMPLE_POPULATION, margin))) },
				LocaleContextHolder.getLocale());
	}

	/**
	 * The sample formula with the figures of a computed target, in the user's language:
	 * {@code n = 1.000 / (1 + 1.000 × 0,05²) = 285,71 → 286}.
	 */
	private @Nullable String formula(SurveyTargetView target) {
		BigDecimal exact = target.exact();
		if (exact == null || target.population() == null || target.marginPercent() == null) {
			return null;
		}
		BigDecimal population = BigDecimal.valueOf(target.population());
		return this.messages.getMessage("survey.invitation.target.formula-figures",
				new Object[] { this.fmt.number(population), this.fmt.number(target.marginPercent().movePointLeft(2)),
						this.fmt.points(exact), this.fmt.number(BigDecimal.valueOf(target.respondents())) },
				LocaleContextHolder.getLocale());
	}

	private String url(String code) {
		return this.publicUrl + "/khao-sat/" + code;
	}

	private String unitName(long unitId, Locale locale) {
		return this.organization.findUnit(unitId)
			.map((unit) -> this.messages.getMessage("unit.title." + unit.kind().key(), new Object[] { unit.name() },
					locale))
			.orElse(Long.toString(unitId));
	}

	private SurveyFormView form(long formId) {
		return this.forms.find(formId).orElseThrow(() -> new NotFoundException("survey.form.unknown", formId));
	}

	private InvitationBatchView batch(long formId, long batchId) {
		return this.invitations.batch(batchId)
			.filter((batch) -> batch.formId() == formId)
			.orElseThrow(() -> new NotFoundException("survey.invitation.batch.unknown", batchId));
	}

	private String attempt(long formId, RedirectAttributes redirect, Locale locale, Model model,
			HttpServletResponse response, String posted, Supplier<String> change) {
		try {
			redirect.addFlashAttribute("notice", change.get());
			return "redirect:/admin/survey/forms/" + formId + "/invitations";
		}
		catch (InvalidSurveyException | WorkflowException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		catch (ConstraintViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", this.errors.of(ex, locale));
		}
		model.addAttribute("posted", posted);
		return page(formId, model);
	}

	private static String refused(List<String> errors, String posted, Model model, HttpServletResponse response,
			Supplier<String> page) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("errors", errors);
		model.addAttribute("posted", posted);
		return page.get();
	}

	/**
	 * A target: the respondents directly, or the population with the margin of error
	 * (default 5 %).
	 */
	record TargetForm(@Label("survey.invitation.unit") @NotNull Long unitId,
			@Label("survey.invitation.target.respondents") @Nullable @Min(value = 1,
					message = "{survey.target.respondents.range}") @Max(value = 1_000_000,
							message = "{survey.target.respondents.range}") Integer respondents,
			@Label("survey.invitation.target.population") @Nullable @Min(value = 1,
					message = "{survey.target.population.range}") @Max(value = SampleSize.MAX_POPULATION,
							message = "{survey.target.population.range}") Integer population,
			@Label("survey.invitation.target.margin") @Nullable @DecimalMin(value = "0.1",
					message = "{survey.target.margin.range}") @DecimalMax(value = "50",
							message = "{survey.target.margin.range}") BigDecimal marginPercent) {

	}

	/**
	 * A batch of codes for a unit; {@code request} is the key the page gave its form
	 * ({@link IssueInvitations#request()}).
	 */
	record BatchForm(@Label("survey.invitation.unit") @NotNull Long unitId,
			@Label("survey.invitation.batch.count") @NotNull @Min(value = 1,
					message = "{survey.invitation.batch.range}") @Max(value = InvitationService.MAX_BATCH,
							message = "{survey.invitation.batch.range}") Integer count,
			@Nullable Boolean confirmed, @Nullable UUID request) {

	}

	/**
	 * Whether an address names this machine rather than one respondents can reach:
	 * {@code localhost}, a loopback address ({@code 127.x}, {@code ::1}) or a host name
	 * without a dot; an address that cannot be read counts as local.
	 */
	static boolean local(String url) {
		try {
			String host = java.net.URI.create(url).getHost();
			if (host == null) {
				return true;
			}
			String name = host.toLowerCase(Locale.ROOT);
			return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.")
					|| name.equals("[::1]") || name.equals("::1") || name.equals("0.0.0.0") || !name.contains(".");
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

}
