package org.parindex.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parindex.identity.AccountImport;
import org.parindex.identity.IdentityService;
import org.parindex.identity.InvalidAccountException;
import org.parindex.platform.TabularFiles;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts from a file (CSV or XLSX, columns: username, name and position, role, unit
 * code). A file without problems is imported at once; otherwise every row's problems are
 * shown and nothing is created unless the administrator confirms importing the valid
 * rows. The one-time passwords are shown once, on the result page.
 */
@Controller
@RequestMapping("/admin/identity/accounts/import")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountImportController {

	private final IdentityService identity;

	private final MessageSource messages;

	AccountImportController(IdentityService identity, MessageSource messages) {
		this.identity = identity;
		this.messages = messages;
	}

	@PostMapping
	String upload(@RequestParam MultipartFile file, Model model, Locale locale, RedirectAttributes redirect) {
		List<AccountImport.Row> rows;
		try (InputStream in = file.getInputStream()) {
			rows = rows(TabularFiles.read(Optional.ofNullable(file.getOriginalFilename()).orElse(""), in));
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("account.import.unreadable", null, locale));
			return "redirect:/admin/identity/accounts";
		}
		if (rows.isEmpty()) {
			redirect.addFlashAttribute("error", this.messages.getMessage("account.import.empty", null, locale));
			return "redirect:/admin/identity/accounts";
		}
		List<AccountImport.Check> checks = this.identity.checkImport(rows);
		if (checks.stream().allMatch(AccountImport.Check::valid)) {
			model.addAttribute("created", this.identity.importAccounts(rows));
			return "identity/account-import";
		}
		model.addAttribute("checks", checks);
		model.addAttribute("problems", problems(checks, locale));
		model.addAttribute("validRows",
				checks.stream().filter(AccountImport.Check::valid).map(AccountImport.Check::row).toList());
		return "identity/account-import";
	}

	/**
	 * Imports the rows the administrator confirmed (the valid rows of a report), checked
	 * again.
	 */
	@PostMapping("/confirm")
	String confirm(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		List<String> row = form.getOrDefault("row", List.of());
		List<AccountImport.Row> rows = new ArrayList<>();
		for (int i = 0; i < row.size(); i++) {
			rows.add(new AccountImport.Row(Integer.parseInt(row.get(i)), field(form, "username", i),
					field(form, "displayName", i), field(form, "role", i), field(form, "unitCode", i)));
		}
		try {
			model.addAttribute("created", this.identity.importAccounts(rows));
		}
		catch (InvalidAccountException | NumberFormatException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("account.import.invalid", null, locale));
			return "redirect:/admin/identity/accounts";
		}
		return "identity/account-import";
	}

	/**
	 * The i-th value of a repeated form field (empty values kept, so the fields stay
	 * aligned).
	 */
	private static String field(MultiValueMap<String, String> form, String name, int index) {
		List<String> values = form.getOrDefault(name, List.of());
		return (index < values.size()) ? values.get(index) : "";
	}

	/**
	 * The data rows, after an optional header row whose first cell names the username
	 * column.
	 */
	private static List<AccountImport.Row> rows(List<List<String>> table) {
		List<AccountImport.Row> rows = new ArrayList<>();
		for (int index = 0; index < table.size(); index++) {
			List<String> cells = table.get(index);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			String first = cell(cells, 0).toLowerCase(Locale.ROOT);
			if (index == 0 && (first.startsWith("username") || first.startsWith("tên đăng nhập"))) {
				continue;
			}
			rows.add(new AccountImport.Row(index + 1, cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3)));
		}
		return rows;
	}

	private static String cell(List<String> cells, int column) {
		return (column < cells.size()) ? cells.get(column).strip() : "";
	}

	private List<String> problems(List<AccountImport.Check> checks, Locale locale) {
		List<String> texts = new ArrayList<>();
		for (AccountImport.Check check : checks) {
			texts.add(String.join(" ", check.problems()
				.stream()
				.map((problem) -> this.messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale))
				.toList()));
		}
		return texts;
	}

}
