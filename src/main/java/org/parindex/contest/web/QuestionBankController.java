package org.parindex.contest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.contest.QuestionBankException;
import org.parindex.contest.QuestionBankService;
import org.parindex.contest.QuestionBankView;
import org.parindex.contest.QuestionDifficulty;
import org.parindex.contest.QuestionFilter;
import org.parindex.contest.QuestionImportException;
import org.parindex.contest.QuestionImportResult;
import org.parindex.contest.QuestionInvalidException;
import org.parindex.contest.QuestionKind;
import org.parindex.contest.QuestionProblem;
import org.parindex.contest.QuestionView;
import org.parindex.platform.ImportSettings;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.TableRow;
import org.parindex.platform.TabularFileException;
import org.parindex.platform.TabularFiles;

import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contest committee's question banks (issue 11, item 2): the banks (list, create,
 * rename), a bank's questions with filters and the category × difficulty table, a
 * question added, changed, retired or brought back, a file imported (CSV or XLSX, all or
 * nothing, every fault by row and column) and the bank exported (CSV, XLSX). For the
 * contest committee and the PAR office. A refused form comes back as typed, with a 400.
 */
@Controller
@RequestMapping("/admin/contest/questions")
@PreAuthorize("hasAnyRole('CONTEST_COMMITTEE', 'PAR_OFFICE')")
class QuestionBankController {

	private static final String BANKS = "/admin/contest/questions";

	/**
	 * The longest search text the question list takes, in characters; longer is refused,
	 * never cut.
	 */
	static final int MAX_SEARCH = 200;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final QuestionBankService banks;

	private final ImportSettings imports;

	private final MessageSource messages;

	private final int maxRows;

	QuestionBankController(QuestionBankService banks, ImportSettings imports, MessageSource messages,
			@Value("${parindex.contest.question.max-rows:5000}") int maxRows) {
		this.banks = banks;
		this.imports = imports;
		this.messages = messages;
		this.maxRows = maxRows;
	}

	@GetMapping
	String banks(Model model) {
		model.addAttribute("banks", this.banks.banks());
		if (!model.containsAttribute("name")) {
			model.addAttribute("name", "");
		}
		return "contest/questions";
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String name, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			QuestionBankView bank = this.banks.createBank(name);
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("contest.bank.created", new Object[] { bank.name() }, locale));
			return "redirect:" + BANKS + "/" + bank.id();
		}
		catch (QuestionBankException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
			model.addAttribute("name", name);
			return banks(model);
		}
	}

	@GetMapping("/{bankId}")
	String bank(@PathVariable long bankId, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String difficulty, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "false") boolean retired, Model model, Locale locale) {
		QuestionBankView bank = bank(bankId);
		Optional<QuestionDifficulty> level = Set.of(QuestionDifficulty.values())
			.stream()
			.filter((d) -> d.name().equals(difficulty))
			.findFirst();
		boolean searchTooLong = q.length() > MAX_SEARCH;
		String search = searchTooLong ? "" : q;
		QuestionFilter filter = new QuestionFilter(
				category.isBlank() ? Optional.empty() : Optional.of(category.strip()), level, search, retired);
		List<QuestionView> questions = searchTooLong ? List.of() : this.banks.questions(bankId, filter);
		if (searchTooLong) {
			model.addAttribute("searchError", this.messages.getMessage("contest.bank.filter.search.too-long",
					new Object[] { MAX_SEARCH, q.length() }, locale));
		}
		model.addAttribute("bank", bank);
		model.addAttribute("questions", questions);
		model.addAttribute("strata", this.banks.strata(bankId));
		model.addAttribute("categories", this.banks.categories(bankId));
		model.addAttribute("difficulties", QuestionDifficulty.values());
		model.addAttribute("category", category);
		model.addAttribute("difficulty", level.map(Enum::name).orElse(""));
		model.addAttribute("q", q);
		model.addAttribute("retired", retired);
		model.addAttribute("filtered", filter.category().isPresent() || level.isPresent() || !q.isBlank());
		if (!model.containsAttribute("update")) {
			model.addAttribute("update", false);
		}
		if (!model.containsAttribute("name")) {
			model.addAttribute("name", bank.name());
		}
		return "contest/questions-bank";
	}

	@PostMapping("/{bankId}/rename")
	String rename(@PathVariable long bankId, @RequestParam(defaultValue = "") String name, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		bank(bankId);
		try {
			QuestionBankView bank = this.banks.renameBank(bankId, name);
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("contest.bank.renamed", new Object[] { bank.name() }, locale));
			return "redirect:" + BANKS + "/" + bankId;
		}
		catch (QuestionBankException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
			model.addAttribute("name", name);
			return bank(bankId, "", "", "", false, model, locale);
		}
	}

	@GetMapping("/{bankId}/new")
	String create(@PathVariable long bankId, Model model) {
		return editor(bank(bankId), null, QuestionBankForm.blank(), Set.of(), model);
	}

	@PostMapping("/{bankId}/new")
	String create(@PathVariable long bankId, @ModelAttribute("form") QuestionBankForm form, BindingResult binding,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		QuestionBankView bank = bank(bankId);
		try {
			QuestionView stored = this.banks.add(bankId, form.draft());
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("contest.question.added", new Object[] { stored.code() }, locale));
			return "redirect:" + BANKS + "/" + bankId;
		}
		catch (QuestionInvalidException ex) {
			return refused(bank, null, form, ex.problems(), model, locale, response);
		}
		catch (QuestionBankException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("errors", List.of(field("code", ex.messageKey(), ex.arguments(), locale)));
			return editor(bank, null, form, Set.of("code"), model);
		}
	}

	@GetMapping("/{bankId}/{questionId}")
	String edit(@PathVariable long bankId, @PathVariable long questionId, Model model) {
		QuestionBankView bank = bank(bankId);
		QuestionView question = question(bankId, questionId);
		return editor(bank, question, QuestionBankForm.of(question), Set.of(), model);
	}

	@PostMapping("/{bankId}/{questionId}")
	String edit(@PathVariable long bankId, @PathVariable long questionId, @ModelAttribute("form") QuestionBankForm form,
			BindingResult binding, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		QuestionBankView bank = bank(bankId);
		QuestionView question = question(bankId, questionId);
		form.setCode(question.code());
		try {
			this.banks.edit(questionId, form.draft());
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("contest.question.saved", new Object[] { question.code() }, locale));
			return "redirect:" + BANKS + "/" + bankId;
		}
		catch (QuestionInvalidException ex) {
			return refused(bank, question, form, ex.problems(), model, locale, response);
		}
	}

	@PostMapping("/{bankId}/{questionId}/retire")
	String retire(@PathVariable long bankId, @PathVariable long questionId,
			@RequestParam(defaultValue = "true") boolean retired, Locale locale, RedirectAttributes redirect) {
		bank(bankId);
		QuestionView question = question(bankId, questionId);
		this.banks.retire(questionId, retired);
		redirect.addFlashAttribute("notice",
				this.messages.getMessage(retired ? "contest.question.retired" : "contest.question.restored",
						new Object[] { question.code() }, locale));
		return "redirect:" + BANKS + "/" + bankId;
	}

	/**
	 * Imports a file into the bank, all or nothing: refused with every fault by row and
	 * column (the bank's page shown again with the choice of updating kept), or stored
	 * and counted.
	 */
	@PostMapping("/{bankId}/import")
	String importFile(@PathVariable long bankId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean update, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		bank(bankId);
		List<String> errors = new ArrayList<>();
		QuestionImportResult result = null;
		String filename = (file != null) ? Optional.ofNullable(file.getOriginalFilename()).orElse("") : "";
		Optional<String> unusable = org.parindex.platform.web.Uploads.problem(file,
				"contest.question.import.file-missing", this.messages, locale);
		if (unusable.isPresent()) {
			errors.add(unusable.get());
		}
		else {
			try (InputStream in = file.getInputStream()) {
				// the sheet headed as an export is, wherever it is in the workbook
				List<TableRow> rows = TabularFiles
					.readTable(filename, in,
							this.imports.limits().withRows(this.maxRows, "contest.question.import.too-many-rows"),
							org.parindex.contest.QuestionFiles::headed)
					.getValue();
				result = this.banks.importRows(bankId, rows, update);
			}
			catch (TabularFileException ex) {
				errors.add(ex.describe(this.messages, locale));
			}
			catch (QuestionImportException ex) {
				for (QuestionImportException.Issue issue : ex.issues()) {
					errors.add(describe(issue, locale));
				}
			}
			catch (IOException ex) {
				errors.add(this.messages.getMessage("contest.question.import.unreadable", null, locale));
			}
		}
		if (result == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("importErrors", errors);
			model.addAttribute("update", update);
			return bank(bankId, "", "", "", false, model, locale);
		}
		redirect.addFlashAttribute("notice", this.messages.getMessage("contest.question.import.done",
				new Object[] { result.added(), result.updated() }, locale));
		return "redirect:" + BANKS + "/" + bankId;
	}

	@GetMapping("/{bankId}/export.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable long bankId) {
		bank(bankId);
		return download(this.banks.exportCsv(bankId), "ngan-hang-cau-hoi-" + bankId + ".csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/{bankId}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long bankId) {
		bank(bankId);
		return download(this.banks.exportXlsx(bankId), "ngan-hang-cau-hoi-" + bankId + ".xlsx", XLSX);
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private String refused(QuestionBankView bank, QuestionView question, QuestionBankForm form,
			List<QuestionProblem> problems, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("errors", problems.stream()
			.map((problem) -> field(problem.field(), problem.messageKey(), problem.arguments().toArray(), locale))
			.toList());
		Set<String> invalid = problems.stream().map(QuestionProblem::field).collect(Collectors.toSet());
		return editor(bank, question, form, invalid, model);
	}

	private String editor(QuestionBankView bank, QuestionView question, QuestionBankForm form, Set<String> invalid,
			Model model) {
		model.addAttribute("bank", bank);
		model.addAttribute("question", question);
		model.addAttribute("form", form);
		model.addAttribute("invalid", invalid);
		model.addAttribute("categories", this.banks.categories(bank.id()));
		model.addAttribute("difficulties", QuestionDifficulty.values());
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("letters", List.of("A", "B", "C", "D", "E", "F"));
		return "contest/questions-edit";
	}

	/** "Phương án C: trùng phương án A." */
	private String field(String field, String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage("contest.question.error.field",
				new Object[] { this.messages.getMessage("contest.question.column." + field, null, locale),
						this.messages.getMessage(key, arguments, locale) },
				locale);
	}

	/** "Dòng 4, cột L (Đáp án đúng): “E” không phải phương án đã nhập (A–D)." */
	private String describe(QuestionImportException.Issue issue, Locale locale) {
		String text = this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(), locale);
		if (issue.row() <= 0) {
			return text;
		}
		if (issue.column().isEmpty()) {
			return this.messages.getMessage("contest.question.import.at-row", new Object[] { issue.row(), text },
					locale);
		}
		return this.messages.getMessage("contest.question.import.at-cell",
				new Object[] { issue.row(), issue.column(),
						this.messages.getMessage("contest.question.column." + issue.field(), null, locale), text },
				locale);
	}

	private QuestionBankView bank(long bankId) {
		return this.banks.findBank(bankId).orElseThrow(() -> new NotFoundException("contest.bank.unknown", bankId));
	}

	private QuestionView question(long bankId, long questionId) {
		return this.banks.find(questionId)
			.filter((question) -> question.bankId() == bankId)
			.orElseThrow(() -> new NotFoundException("contest.question.unknown", questionId));
	}

}
