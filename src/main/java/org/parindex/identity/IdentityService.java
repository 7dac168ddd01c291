package org.parindex.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.parindex.organization.OrganizationService;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts: creating them, changing and resetting passwords, activating and unlocking.
 * Who may call what is decided by the pages that call it (administrators manage accounts;
 * everyone changes their own password).
 */
@Service
@Validated
public class IdentityService {

	private final AccountRepository accounts;

	private final OrganizationService organization;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	IdentityService(AccountRepository accounts, OrganizationService organization, PasswordEncoder passwords,
			Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.organization = organization;
		this.passwords = passwords;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Creates an account.
	 * @throws InvalidAccountException when the username is taken, the unit does not fit
	 * the role, or the password breaks the policy
	 */
	@Transactional
	public AccountView createAccount(@Valid CreateAccount command) {
		String username = command.username().toLowerCase(Locale.ROOT);
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new InvalidAccountException("account.username.taken", username);
		}
		if (command.role().actsForUnit() != command.unitId().isPresent()) {
			throw new InvalidAccountException(
					command.role().actsForUnit() ? "account.unit.required" : "account.unit.not-allowed");
		}
		if (command.unitId().isPresent() && this.organization.findUnit(command.unitId().get()).isEmpty()) {
			throw new InvalidAccountException("account.unit.unknown", command.unitId().get());
		}
		checkPolicy(command.initialPassword(), username);
		String displayName = Text.normalize(command.displayName());
		long id = this.accounts.insert(username, displayName, this.passwords.encode(command.initialPassword()),
				command.role(), command.unitId(), command.mustChangePassword(), now());
		audit(username, "created", "", "name=" + displayName + "; role=" + command.role()
				+ command.unitId().map((unit) -> "; unit=" + unit).orElse(""));
		return find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return this.accounts.find(id).map((account) -> account.view(now()));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		return this.accounts.findByUsername(username.toLowerCase(Locale.ROOT)).map((account) -> account.view(now()));
	}

	/** Every account, by role then username. */
	@Transactional(readOnly = true)
	public List<AccountView> accounts() {
		OffsetDateTime now = now();
		return this.accounts.all().stream().map((account) -> account.view(now)).toList();
	}

	@Transactional(readOnly = true)
	public boolean hasActiveAccountWithRole(Role role) {
		return this.accounts.anyWithRole(role);
	}

	/**
	 * Changes one's own password after checking the current one.
	 * @throws InvalidAccountException when the current password is wrong or the new one
	 * breaks the policy
	 */
	@Transactional
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		AccountRepository.StoredAccount account = this.accounts.find(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidAccountException("account.password.wrong-current");
		}
		if (this.passwords.matches(newPassword, account.passwordHash())) {
			throw new InvalidAccountException("account.password.unchanged");
		}
		checkPolicy(newPassword, account.username());
		this.accounts.updatePassword(accountId, this.passwords.encode(newPassword), false, now());
		audit(account.username(), "password-changed", "", "");
	}

	/**
	 * Sets a new password for someone who lost theirs; they must change it at their next
	 * sign-in. Also lifts a lock.
	 */
	@Transactional
	public void resetPassword(long accountId, String newPassword) {
		AccountRepository.StoredAccount account = this.accounts.find(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		checkPolicy(newPassword, account.username());
		this.accounts.updatePassword(accountId, this.passwords.encode(newPassword), true, now());
		audit(account.username(), "password-reset", "", "must-change-password=true");
	}

	@Transactional
	public void setActive(long accountId, boolean active) {
		AccountRepository.StoredAccount account = this.accounts.find(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		if (account.active() == active) {
			return;
		}
		this.accounts.updateActive(accountId, active);
		audit(account.username(), active ? "activated" : "deactivated", "active=" + account.active(),
				"active=" + active);
	}

	@Transactional
	public void unlock(long accountId) {
		AccountRepository.StoredAccount account = this.accounts.find(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		this.accounts.unlock(accountId);
		audit(account.username(), "unlocked", "failed-attempts=" + account.failedAttempts(), "failed-attempts=0");
	}

	private void audit(String username, String action, String before, String after) {
		this.events.publishEvent(AuditableChange.of("account", username, action, before, after, ""));
	}

	private void checkPolicy(String password, String username) {
		PasswordPolicy.problem(password, username).ifPresent((key) -> {
			throw new InvalidAccountException(key, PasswordPolicy.MIN_LENGTH);
		});
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
