package org.parindex.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import org.parindex.identity.AccountLockedException;
import org.parindex.identity.AccountSessions;
import org.parindex.identity.AccountView;
import org.parindex.identity.AddressThrottledException;
import org.parindex.identity.AppraiserArea;
import org.parindex.identity.EmailAddresses;
import org.parindex.identity.IdentityService;
import org.parindex.identity.InvalidAccountException;
import org.parindex.methodology.IndexSetSummary;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.platform.Actor;
import org.parindex.platform.Actors;

import org.parindex.platform.Reminder;
import org.parindex.platform.ReminderSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's home page, which depends on their role, and their password. */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountController {

	private final IdentityService identity;

	private final OrganizationService organization;

	private final MethodologyService methodology;

	private final MessageSource messages;

	private final List<ReminderSource> reminders;

	private final Clock clock;

	private final AccountSessions sessions;

	/** The SMTP server ({@code spring.mail.host}); blank when no mail is sent. */
	private final String mailHost;

	AccountController(IdentityService identity, OrganizationService organization, MethodologyService methodology,
			MessageSource messages, List<ReminderSource> reminders, Clock clock, AccountSessions sessions,
			@Value("${spring.mail.host:}") String mailHost) {
		this.mailHost = mailHost;
		this.sessions = sessions;
		this.reminders = reminders;
		this.clock = clock;
		this.identity = identity;
		this.organization = organization;
		this.methodology = methodology;
		this.messages = messages;
	}

	@GetMapping("/account")
	String home(Model model) {
		AccountView account = current();
		model.addAttribute("account", account);
		account.unitId().flatMap(this.organization::findUnit).ifPresent((unit) -> {
			model.addAttribute("unit", unit);
			this.organization.findGroup(unit.groupId()).ifPresent((group) -> {
				model.addAttribute("group", group);
				this.methodology.list()
					.stream()
					.filter((set) -> set.unitGroupId() == group.id() && set.published())
					.findFirst()
					.map(IndexSetSummary::year)
					.ifPresent((year) -> model.addAttribute("latestYear", year));
			});
		});
		List<String> areas = new java.util.ArrayList<>();
		for (AppraiserArea area : this.identity.areas(account.id())) {
			this.methodology.find(area.indexSetId())
				.flatMap((set) -> set.node(area.areaCode())
					.map((node) -> set.year() + " · " + node.code() + ". " + node.name()))
				.ifPresent(areas::add);
		}
		model.addAttribute("areas", areas);
		this.methodology.list().stream().filter(IndexSetSummary::published).findFirst().ifPresent((set) -> {
			model.addAttribute("latestSet", set);
			this.organization.findGroup(set.unitGroupId())
				.ifPresent((group) -> model.addAttribute("latestGroup", group));
		});
		Instant now = Instant.now(this.clock);
		List<Reminder> due = new java.util.ArrayList<>();
		Actors.current()
			.ifPresent((actor) -> this.reminders.forEach((source) -> due.addAll(source.remindersFor(actor, now))));
		due.sort((a, b) -> a.due().compareTo(b.due()));
		model.addAttribute("reminders", due);
		model.addAttribute("now", now);
		if (!model.containsAttribute("contactForm")) {
			this.identity.contact(account.id())
				.ifPresent((contact) -> model.addAttribute("contactForm", new ContactForm(contact.email().orElse(""),
						!contact.optedOut() && contact.email().isPresent(), contact.language().getLanguage())));
		}
		model.addAttribute("emailMaxLength", EmailAddresses.MAX_LENGTH);
		// says so when this installation sends no mail at all (issue 9, A-mail)
		model.addAttribute("mailOff", this.mailHost.isBlank());
		return "identity/home";
	}

	/**
	 * Sets one's own e-mail address, whether one receives e-mail reminders, and their
	 * language (audited). A refused address is shown again with the reason, as typed.
	 */
	@PostMapping("/account/contact")
	String changeContact(@ModelAttribute("contactForm") ContactForm form, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		AccountView account = current();
		try {
			this.identity.changeContact(account.id(), form.email(), !form.reminders(), form.language());
		}
		catch (InvalidAccountException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("contactError", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return home(model);
		}
		// the notice says what was saved (issue 9, A-messages)
		String address = EmailAddresses.clean(form.email()).orElse("—");
		redirect.addFlashAttribute("notice", this.messages.getMessage("account.contact.saved.named",
				new Object[] { address, form.reminders() ? 1 : 0 }, locale));
		return "redirect:/account";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("account", current());
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "identity/password";
	}

	/**
	 * Changes one's own password. The current password counts as a password check (the
	 * client address's allowance, answered 429 when used up, and the account's lock after
	 * five wrong ones, which signs this session out). A changed password ends the
	 * account's other sessions and renews this one.
	 */
	@PostMapping("/account/password")
	String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		AccountView account = current();
		model.addAttribute("account", account);
		if (!form.newPassword().equals(form.repeatPassword())) {
			model.addAttribute("error", this.messages.getMessage("account.password.mismatch", null, locale));
			return "identity/password";
		}
		try {
			this.identity.changePassword(account.id(), form.currentPassword(), form.newPassword(),
					request.getRemoteAddr());
		}
		catch (AccountLockedException ex) {
			this.sessions.signOut(request, response);
			return "redirect:/login?locked";
		}
		catch (AddressThrottledException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return "identity/password";
		}
		catch (InvalidAccountException ex) {
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return "identity/password";
		}
		this.sessions.renew(request, response);
		redirect.addFlashAttribute("notice", this.messages.getMessage("account.password.changed", null, locale));
		return "redirect:/account";
	}

	private AccountView current() {
		Actor actor = Actors.current().orElseThrow();
		return this.identity.find(actor.accountId()).orElseThrow();
	}

	/**
	 * The e-mail settings of one's account.
	 *
	 * @param email blank for none; at most {@link EmailAddresses#MAX_LENGTH} characters
	 * @param reminders whether to receive e-mail reminders (unticked: opted out)
	 * @param language {@code vi} or {@code en}
	 */
	record ContactForm(String email, boolean reminders, String language) {

		ContactForm {
			email = (email != null) ? email : "";
			language = (language != null) ? language : "vi";
		}

	}

	/** The password form; the fields are never sent back to the page. */
	record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword,
			@NotBlank String repeatPassword) {

	}

}
