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

	private final MethodologyService methodology;

	IdentityService(AccountRepository accounts, OrganizationService organization, PasswordEncoder passwords,
			Clock clock, ApplicationEventPublisher events, MethodologyService methodology) {
		this.accounts = accounts;
		this.organization = organization;
		this.methodology = methodology;
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

	/**
	 * Creates an account with a one-time password, which must be changed at first
	 * sign-in.
	 * @return the password to hand over (shown once, never stored in clear)
	 */
	@Transactional
	public String createWithTemporaryPassword(String username, String displayName, Role role, Optional<Long> unitId) {
		String password = TemporaryPasswords.next();
		createAccount(new CreateAccount(username, displayName, role, unitId, password, true));
		return password;
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
	 * of that set.
	 * @throws InvalidAccountException when the account is not an appraiser or a code is
	 * not an area of the set
	 */
	@Transactional
	public void assignAreas(long accountId, long indexSetId, Set<String> areaCodes) {
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
			this.accounts.insert(username, displayName, TemporaryPasswords.hash(password), role, unit, true, now);
			audit(username, "created", "",
					"name=" + displayName + "; role=" + role + unit.map((id) -> "; unit=" + id).orElse(""));
			created.add(new AccountImport.Created(username, displayName, role, password));
		}
		return created;
	}

	private Optional<UnitView> activeUnit(Map<String, Optional<UnitView>> units, String code) {
		return units.computeIfAbsent(code.strip(), (key) -> this.organization.findUnit(key).filter(UnitView::active));
	}

	private static Optional<Role> role(String text) {
		String code = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Role role : Role.values()) {
			if (role.name().equals(code)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
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
