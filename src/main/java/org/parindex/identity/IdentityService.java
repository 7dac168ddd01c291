package org.parindex.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.parindex.engine.Level;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
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

	private final MethodologyService methodology;

	private final SignInAttempts attempts;

	private final AddressAttempts addresses;

	private final TransactionOperations transactions;

	IdentityService(AccountRepository accounts, OrganizationService organization, PasswordEncoder passwords,
			Clock clock, ApplicationEventPublisher events, MethodologyService methodology, SignInAttempts attempts,
			AddressAttempts addresses, TransactionOperations transactions) {
		this.accounts = accounts;
		this.organization = organization;
		this.methodology = methodology;
		this.passwords = passwords;
		this.clock = clock;
		this.events = events;
		this.attempts = attempts;
		this.addresses = addresses;
		this.transactions = transactions;
	}

	/**
	 * Creates an account. Of concurrent identical requests one creates it and the others
	 * are refused as a taken username (the table's unique rule decides; on PostgreSQL the
	 * refused transaction is rolled back, never continued).
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
		long id;
		try {
			id = this.accounts.insert(username, displayName, this.passwords.encode(command.initialPassword()),
					command.role(), command.unitId(), command.mustChangePassword(), now());
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidAccountException("account.username.taken", username);
		}
		audit(username, "created", "", "name=" + displayName + "; role=" + command.role()
				+ command.unitId().map((unit) -> "; unit=" + unit).orElse(""));
		return find(id).orElseThrow();
	}

	/**
	 * Creates an account with a one-time password, which must be changed at first
	 * sign-in.
	 * @return the password to hand over (shown once, never stored in clear)
	 */
	@Transactional
	public String createWithTemporaryPassword(String username, String displayName, Role role, Optional<Long> unitId) {
		return createWithTemporaryPassword(username, displayName, role, unitId, "");
	}

	/**
	 * Creates an account with a one-time password and an e-mail address for reminders
	 * (blank for none).
	 * @return the password to hand over
	 * @throws InvalidAccountException as {@link #createAccount}, and for an address that
	 * is not one ({@code account.email.invalid}); nothing is created then
	 */
	@Transactional
	public String createWithTemporaryPassword(String username, String displayName, Role role, Optional<Long> unitId,
			String email) {
		Optional<String> address = EmailAddresses.clean(email);
		String password = TemporaryPasswords.next();
		AccountView created = createAccount(new CreateAccount(username, displayName, role, unitId, password, true));
		initialContact(created.id(), created.username(), address);
		return password;
	}

	/** A new account's address, if one was given (audited). */
	private void initialContact(long accountId, String username, Optional<String> email) {
		if (email.isPresent()) {
			this.accounts.updateContact(accountId, email, false, "vi");
			audit(username, "contact-changed", describe(Optional.empty(), false, "vi"), describe(email, false, "vi"));
		}
	}

	/**
	 * Gives an account a new one-time password (it must be changed at the next sign-in)
	 * and lifts a lock.
	 * @return the password to hand over
	 */
	@Transactional
	public String resetToTemporaryPassword(long accountId) {
		String password = TemporaryPasswords.next();
		resetPassword(accountId, password);
		return password;
	}

	/**
	 * Sets the areas of an index set that an appraiser appraises, replacing earlier ones
	 * of that set. Changes of one account's areas run one after the other (the account's
	 * row is locked first), so concurrent identical requests agree instead of clashing.
	 * @throws InvalidAccountException when the account is not an appraiser or a code is
	 * not an area of the set
	 */
	@Transactional
	public void assignAreas(long accountId, long indexSetId, Set<String> areaCodes) {
		this.accounts.lock(accountId);
		AccountRepository.StoredAccount account = this.accounts.find(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		if (account.role() != Role.APPRAISER) {
			throw new InvalidAccountException("account.areas.not-appraiser", account.username());
		}
		IndexSetView set = this.methodology.find(indexSetId)
			.orElseThrow(() -> new InvalidAccountException("methodology.index-set.unknown", indexSetId));
		Set<String> areas = set.nodes()
			.stream()
			.filter((node) -> node.level() == Level.AREA)
			.map(NodeView::code)
			.collect(Collectors.toSet());
		for (String code : areaCodes) {
			if (!areas.contains(code)) {
				throw new InvalidAccountException("account.areas.unknown", code, set.year());
			}
		}
		List<String> before = this.accounts.areas(accountId)
			.stream()
			.filter((area) -> area.indexSetId() == indexSetId)
			.map(AppraiserArea::areaCode)
			.sorted()
			.toList();
		this.accounts.replaceAreas(accountId, indexSetId, areaCodes);
		this.events.publishEvent(AuditableChange.of("account", account.username(), "areas-assigned",
				"set=" + indexSetId + "; areas=" + before,
				"set=" + indexSetId + "; areas=" + areaCodes.stream().sorted().toList(), ""));
	}

	/** An appraiser's assigned areas, all index sets. */
	@Transactional(readOnly = true)
	public List<AppraiserArea> areas(long accountId) {
		return this.accounts.areas(accountId);
	}

	/**
	 * Checks each row of an account file; nothing is created. Usernames already taken are
	 * looked up in one query per 500 rows and each unit code once, not once per row.
	 */
	@Transactional(readOnly = true)
	public List<AccountImport.Check> checkImport(List<AccountImport.Row> rows) {
		List<AccountImport.Check> checks = new ArrayList<>(rows.size());
		Set<String> seen = new HashSet<>();
		Set<String> taken = this.accounts.existingUsernames(rows.stream()
			.map((row) -> row.username().strip().toLowerCase(Locale.ROOT))
			.filter((username) -> username.matches("[a-z0-9._-]{3,60}"))
			.collect(Collectors.toSet()));
		Map<String, Optional<UnitView>> units = new HashMap<>();
		for (AccountImport.Row row : rows) {
			List<AccountImport.Problem> problems = new ArrayList<>();
			String username = row.username().strip().toLowerCase(Locale.ROOT);
			if (!username.matches("[a-z0-9._-]{3,60}")) {
				problems.add(problem("account.import.username", row.username()));
			}
			else if (!seen.add(username)) {
				problems.add(problem("account.import.duplicate", username));
			}
			else if (taken.contains(username)) {
				problems.add(problem("account.username.taken", username));
			}
			if (row.displayName().isBlank() || row.displayName().length() > 200) {
				problems.add(problem("account.import.name"));
			}
			Optional<Role> role = role(row.role());
			if (role.isEmpty()) {
				problems.add(problem("account.import.role", row.role()));
			}
			else if (role.get().actsForUnit() && row.unitCode().isBlank()) {
				problems.add(problem("account.unit.required"));
			}
			else if (!role.get().actsForUnit() && !row.unitCode().isBlank()) {
				problems.add(problem("account.unit.not-allowed"));
			}
			if (!row.unitCode().isBlank() && activeUnit(units, row.unitCode()).isEmpty()) {
				problems.add(problem("account.import.unit", row.unitCode()));
			}
			try {
				EmailAddresses.clean(row.email());
			}
			catch (InvalidAccountException ex) {
				// said as a row's problem, without the form's "Chưa lưu gì." (the page
				// says once that nothing was created; walk of issue 12)
				problems.add(problem("account.import.email", ex.arguments()));
			}
			checks.add(new AccountImport.Check(row, problems));
		}
		return checks;
	}

	/**
	 * Creates the accounts of the rows, all or none, each with a one-time password that
	 * must be changed at first sign-in. One-time passwords are hashed at BCrypt's lowest
	 * cost ({@link TemporaryPasswords#hash}); a chosen password never is.
	 * @throws InvalidAccountException when any row has a problem
	 */
	@Transactional
	public List<AccountImport.Created> importAccounts(List<AccountImport.Row> rows) {
		List<AccountImport.Check> checks = checkImport(rows);
		if (checks.stream().anyMatch((check) -> !check.valid())) {
			throw new InvalidAccountException("account.import.invalid");
		}
		OffsetDateTime now = now();
		Map<String, Optional<UnitView>> units = new HashMap<>();
		List<AccountImport.Created> created = new ArrayList<>(rows.size());
		for (AccountImport.Row row : rows) {
			Role role = role(row.role()).orElseThrow();
			Optional<Long> unit = row.unitCode().isBlank() ? Optional.empty()
					: activeUnit(units, row.unitCode()).map(UnitView::id);
			String username = row.username().strip().toLowerCase(Locale.ROOT);
			String displayName = Text.normalize(row.displayName());
			String password = TemporaryPasswords.next();
			checkPolicy(password, username);
			long accountId = this.accounts.insert(username, displayName, TemporaryPasswords.hash(password), role, unit,
					true, now);
			audit(username, "created", "",
					"name=" + displayName + "; role=" + role + unit.map((id) -> "; unit=" + id).orElse(""));
			initialContact(accountId, username, EmailAddresses.clean(row.email()));
			created.add(new AccountImport.Created(username, displayName, role, password));
		}
		return created;
	}

	private Optional<UnitView> activeUnit(Map<String, Optional<UnitView>> units, String code) {
		return units.computeIfAbsent(code.strip(), (key) -> this.organization.findUnit(key).filter(UnitView::active));
	}

	private static Optional<Role> role(String text) {
		return Role.fromCode(text);
	}

	private static AccountImport.Problem problem(String key, Object... arguments) {
		return new AccountImport.Problem(key, List.of(arguments));
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
	 * Changes one's own password after checking the current one, which counts as a
	 * password check exactly as a sign-in does: against the client address's allowance
	 * and the account's count of checks (five wrong ones in 15 minutes lock the account).
	 * The new password raises the account's credential version, so the account's other
	 * sessions end; the caller renews its own session.
	 * @param clientAddress the request's remote address
	 * @throws AddressThrottledException when the address has used up its allowance
	 * @throws AccountLockedException when the account is locked, or this wrong password
	 * locked it: the caller must sign the session out
	 * @throws InvalidAccountException when the current password is wrong or the new one
	 * breaks the policy
	 */
	public void changePassword(long accountId, String currentPassword, String newPassword, String clientAddress) {
		AccountRepository.StoredAccount account = this.accounts.find(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		if (!this.addresses.tryAcquire(clientAddress)) {
			throw new AddressThrottledException();
		}
		int attempt = this.attempts.reserve(accountId);
		if (attempt == 0) {
			throw new AccountLockedException();
		}
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			if (this.attempts.failed(account, attempt)) {
				throw new AccountLockedException();
			}
			throw new InvalidAccountException("account.password.wrong-current");
		}
		this.attempts.succeeded(accountId);
		this.addresses.release(clientAddress);
		if (this.passwords.matches(newPassword, account.passwordHash())) {
			throw new InvalidAccountException("account.password.unchanged");
		}
		checkPolicy(newPassword, account.username());
		String hash = this.passwords.encode(newPassword);
		this.transactions.executeWithoutResult((status) -> {
			this.accounts.updatePassword(accountId, hash, false, now());
			audit(account.username(), "password-changed", "", "");
		});
	}

	/**
	 * Sets a new password for someone who lost theirs; they must change it at their next
	 * sign-in. Also lifts a lock, and ends every open session of the account.
	 */
	@Transactional
	public void resetPassword(long accountId, String newPassword) {
		AccountRepository.StoredAccount account = this.accounts.find(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		checkPolicy(newPassword, account.username());
		this.accounts.updatePassword(accountId, this.passwords.encode(newPassword), true, now());
		audit(account.username(), "password-reset", "", "must-change-password=true");
	}

	/**
	 * Activates or deactivates an account. Deactivation ends every open session of the
	 * account at its next request. Of concurrent identical requests one changes the
	 * account and is recorded; the others find nothing to do.
	 */
	@Transactional
	public void setActive(long accountId, boolean active) {
		AccountRepository.StoredAccount account = this.accounts.find(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		if (this.accounts.updateActive(accountId, active)) {
			audit(account.username(), active ? "activated" : "deactivated", "active=" + !active, "active=" + active);
		}
	}

	/**
	 * Lifts a lock after wrong passwords and forgets the counted ones; recorded only when
	 * there was something to lift.
	 */
	@Transactional
	public void unlock(long accountId) {
		AccountRepository.StoredAccount account = this.accounts.find(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		if (this.accounts.unlock(accountId)) {
			audit(account.username(), "unlocked", "failed-attempts=" + account.failedAttempts(), "failed-attempts=0");
		}
	}

	/** How the account is reached by e-mail. */
	@Transactional(readOnly = true)
	public Optional<AccountContact> contact(long accountId) {
		return this.accounts.contact(accountId);
	}

	/**
	 * How every account is reached by e-mail (address, opt-out, language), by account id,
	 * for the administrator's list of accounts.
	 */
	@Transactional(readOnly = true)
	public Map<Long, AccountContact> contacts() {
		Map<Long, AccountContact> contacts = new java.util.LinkedHashMap<>();
		this.accounts.contacts().forEach((contact) -> contacts.put(contact.accountId(), contact));
		return contacts;
	}

	/**
	 * Every account that e-mail reminders reach: active, with an address, not opted out;
	 * by username. Each carries its appraised areas through {@link #areas(long)}.
	 */
	@Transactional(readOnly = true)
	public List<AccountContact> reachableAccounts() {
		return this.accounts.reachable();
	}

	/**
	 * Sets an account's e-mail address, whether it receives e-mail reminders and the
	 * language of its mails; recorded in the audit trail when anything changed. Of
	 * concurrent identical requests one changes the account and is recorded.
	 * @param email the address; blank removes it
	 * @param language {@code vi} or {@code en}
	 * @throws InvalidAccountException for an unknown account, an address that is not one
	 * ({@code account.email.invalid}) or another language
	 */
	@Transactional
	public void changeContact(long accountId, String email, boolean optOut, String language) {
		Optional<String> address = EmailAddresses.clean(email);
		if (!"vi".equals(language) && !"en".equals(language)) {
			throw new InvalidAccountException("account.language.invalid", language);
		}
		if (!optOut && address.isEmpty()) {
			// reminders on need an address to go to (issue 9, A-mail)
			throw new InvalidAccountException("account.contact.email.required");
		}
		this.accounts.lock(accountId);
		AccountContact before = this.accounts.contact(accountId)
			.orElseThrow(() -> new InvalidAccountException("account.unknown", accountId));
		boolean changed = !before.email().equals(address) || before.optedOut() != optOut
				|| !before.language().getLanguage().equals(language);
		if (changed) {
			this.accounts.updateContact(accountId, address, optOut, language);
			audit(before.username(), "contact-changed",
					describe(before.email(), before.optedOut(), before.language().getLanguage()),
					describe(address, optOut, language));
		}
	}

	private static String describe(Optional<String> email, boolean optOut, String language) {
		return "email=" + email.orElse("—") + "; reminders=" + (optOut ? "off" : "on") + "; language=" + language;
	}

	private void audit(String username, String action, String before, String after) {
		this.events.publishEvent(AuditableChange.of("account", username, action, before, after, ""));
	}

	private void checkPolicy(String password, String username) {
		PasswordPolicy.problem(password, username).ifPresent((key) -> {
			throw new InvalidAccountException(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES);
		});
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
