package org.parindex.identity.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.parindex.identity.EmailAddresses;
import org.parindex.identity.IdentityService;
import org.parindex.identity.InvalidAccountException;
import org.parindex.identity.Role;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitView;
import org.parindex.platform.Label;
import org.parindex.platform.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's account management: list, create (with a one-time password the
 * administrator hands over), reset a password, deactivate, reactivate and unlock.
 */
@Controller
@RequestMapping("/admin/identity/accounts")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAdminController {

	private final IdentityService identity;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final FormErrors errors;

	AccountAdminController(IdentityService identity, OrganizationService organization, MessageSource messages,
			FormErrors errors) {
		this.identity = identity;
		this.organization = organization;
		this.messages = messages;
		this.errors = errors;
	}

	@GetMapping
	String accounts(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AccountForm("", "", Role.UNIT_OFFICER, null, ""));
		}
		model.addAttribute("accounts", this.identity.accounts());
		model.addAttribute("contacts", this.identity.contacts());
		model.addAttribute("roles", Role.values());
		model.addAttribute("units", units());
		return "identity/accounts";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", this.errors.of(binding, AccountForm.class, locale));
			if (model.getAttribute("form") == null) {
				model.addAttribute("form", typed(binding));
			}
			return accounts(model);
		}
		String password;
		try {
			password = this.identity.createWithTemporaryPassword(form.username().strip(), form.displayName(),
					form.role(), Optional.ofNullable(form.unitId()), (form.email() != null) ? form.email() : "");
		}
		catch (InvalidAccountException ex) {
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return accounts(model);
		}
		catch (ConstraintViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", this.errors.of(ex, locale));
			return accounts(model);
		}
		redirect.addFlashAttribute("notice", this.messages.getMessage("account.created",
				new Object[] { form.username().strip().toLowerCase(Locale.ROOT), password }, locale));
		return "redirect:/admin/identity/accounts";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		String password = this.identity.resetToTemporaryPassword(id);
		String username = this.identity.find(id).orElseThrow().username();
		redirect.addFlashAttribute("notice",
				this.messages.getMessage("account.password.reset", new Object[] { username, password }, locale));
		return "redirect:/admin/identity/accounts";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active) {
		this.identity.setActive(id, active);
		return "redirect:/admin/identity/accounts";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id) {
		this.identity.unlock(id);
		return "redirect:/admin/identity/accounts";
	}

	/** Units to choose from for unit roles, labelled with their group. */
	private Map<Long, String> units() {
		Map<Long, String> units = new LinkedHashMap<>();
		for (UnitGroupView group : this.organization.groups()) {
			List<UnitView> members = this.organization.unitsOf(group.id());
			members.stream()
				.sorted(Comparator.comparingInt(UnitView::position))
				.forEach((unit) -> units.put(unit.id(), unit.name() + " · " + group.name()));
		}
		return units;
	}

	/** What could be read of a refused form, to show it again. */
	private static AccountForm typed(BindingResult binding) {
		return new AccountForm(text(binding.getFieldValue("username")), text(binding.getFieldValue("displayName")),
				(binding.getFieldValue("role") instanceof Role role) ? role : null,
				(binding.getFieldValue("unitId") instanceof Long unit) ? unit : null,
				text(binding.getFieldValue("email")));
	}

	private static String text(@Nullable Object value) {
		return (value instanceof String text) ? text : "";
	}

	/**
	 * The account form, bounded by {@code identity_account}: the unit is only for unit
	 * officers and leaders. The username may be typed in capitals and with spaces around
	 * it; it is stored trimmed and in lower case.
	 */
	record AccountForm(
			@Label("accounts.username") @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "\\s*[A-Za-z0-9._-]+\\s*",
					message = "{bounds.username}") String username,
			@Label("accounts.display-name") @NotBlank @Size(max = 200,
					message = "{bounds.text.max}") String displayName,
			@Label("accounts.role") @NotNull Role role, @Label("accounts.unit") @Nullable Long unitId,
			@Label("account.contact.email") @Size(max = EmailAddresses.MAX_LENGTH,
					message = "{bounds.text.max}") @Nullable String email) {

	}

}
