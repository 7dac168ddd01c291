package org.parindex.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.parindex.identity.AccountImport;
import org.parindex.identity.IdentityService;
import org.parindex.identity.InvalidAccountException;
import org.parindex.platform.ImportLimits;
import org.parindex.platform.ImportSettings;
import org.parindex.platform.TableRow;
import org.parindex.platform.TabularFileException;
import org.parindex.platform.TabularFiles;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts from a file (CSV or XLSX, columns: username, name and position, role, unit
 * code), read within the import limits ({@code parindex.import.*}: at most
 * {@code max-rows} accounts per file, refused at the first row past it). A file without
 * problems is imported at once; otherwise every row's problems are shown and nothing is
 * created unless the administrator confirms importing the valid rows, which the session
 * keeps until then (the page carries only a token, so a report of any size posts back in
 * one field). The one-time passwords are shown once, on the result page.
 */
@Controller
@RequestMapping("/admin/identity/accounts/import")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountImportController {

	private static final String PENDING = AccountImportController.class.getName() + ".pending";

	private final IdentityService identity;

	private final MessageSource messages;

	private final ImportSettings imports;

	AccountImportController(IdentityService identity, MessageSource messages, ImportSettings imports) {
		this.identity = identity;
		this.messages = messages;
		this.imports = imports;
	}

	@PostMapping
	String upload(@RequestParam MultipartFile file, Model model, Locale locale, RedirectAttributes redirect,
			HttpSession session) {
		ImportLimits limits = this.imports.limits()
			.withRows(this.imports.limits().maxRows(), "account.import.too-many-rows");
		String filename = Optional.ofNullable(file.getOriginalFilename()).orElse("");
		List<AccountImport.Row> rows;
		try (InputStream in = file.getInputStream()) {
			// the sheet of accounts, wherever it is in the workbook: headed as the
			// template is, or without a header, its first row naming a role in column C
			// (walk of issue 12: an instructions sheet placed first was read as accounts)
			rows = rows(TabularFiles
				.readTable(filename, in, limits,
						(table) -> !table.isEmpty() && (isHeader(table.get(0))
								|| org.parindex.identity.Role.fromCode(table.get(0).cell(2)).isPresent()))
				.getValue());
		}
		catch (TabularFileException ex) {
			redirect.addFlashAttribute("error", ex.describe(this.messages, locale));
			return "redirect:/admin/identity/accounts";
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("account.import.unreadable", null, locale));
			return "redirect:/admin/identity/accounts";
		}
		if (rows.isEmpty()) {
			redirect.addFlashAttribute("error", this.messages.getMessage("account.import.empty", null, locale));
			return "redirect:/admin/identity/accounts";
		}
		if (rows.size() > limits.maxRows()) {
			redirect.addFlashAttribute("error",
					TabularFileException
						.at(filename, rows.get(limits.maxRows()).row(), "", limits.rowsMessageKey(), limits.maxRows())
						.describe(this.messages, locale));
			return "redirect:/admin/identity/accounts";
		}
		List<AccountImport.Check> checks = this.identity.checkImport(rows);
		if (checks.stream().allMatch(AccountImport.Check::valid)) {
			model.addAttribute("created", this.identity.importAccounts(rows));
			return "identity/account-import";
		}
		List<AccountImport.Row> valid = checks.stream()
			.filter(AccountImport.Check::valid)
			.map(AccountImport.Check::row)
			.toList();
		String token = UUID.randomUUID().toString();
		session.setAttribute(PENDING, new PendingImport(token, new ArrayList<>(valid)));
		model.addAttribute("checks", checks);
		model.addAttribute("problems", problems(checks, locale));
		model.addAttribute("validRows", valid);
		model.addAttribute("token", token);
		return "identity/account-import";
	}

	/**
	 * Imports the valid rows of the last report shown in this session (checked again),
	 * once.
	 */
	@PostMapping("/confirm")
	String confirm(@RequestParam String token, HttpSession session, Model model, Locale locale,
			RedirectAttributes redirect) {
		Object pending = session.getAttribute(PENDING);
		if (!(pending instanceof PendingImport rows) || !rows.token().equals(token)) {
			redirect.addFlashAttribute("error", this.messages.getMessage("account.import.expired", null, locale));
			return "redirect:/admin/identity/accounts";
		}
		session.removeAttribute(PENDING);
		try {
			model.addAttribute("created", this.identity.importAccounts(rows.rows()));
		}
		catch (InvalidAccountException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("account.import.invalid", null, locale));
			return "redirect:/admin/identity/accounts";
		}
		return "identity/account-import";
	}

	/**
	 * The data rows, after an optional header row whose first cell names the username
	 * column.
	 */
	private static List<AccountImport.Row> rows(List<TableRow> table) {
		List<AccountImport.Row> rows = new ArrayList<>();
		for (int index = 0; index < table.size(); index++) {
			TableRow row = table.get(index);
			if (index == 0 && isHeader(row)) {
				continue;
			}
			rows.add(new AccountImport.Row(row.number(), row.cell(0), row.cell(1), row.cell(2), row.cell(3),
					row.cell(4)));
		}
		return rows;
	}

	/** Whether a row is the header: its first cell names the username column. */
	private static boolean isHeader(TableRow row) {
		String first = row.cell(0).toLowerCase(Locale.ROOT);
		return first.startsWith("username") || first.startsWith("tên đăng nhập");
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

	/**
	 * The valid rows of a report, waiting in the session for the administrator's
	 * confirmation.
	 */
	record PendingImport(String token, ArrayList<AccountImport.Row> rows) implements Serializable {

	}

}
