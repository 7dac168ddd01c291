package org.parindex.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private static final String COLUMNS = "id, username, display_name, password_hash, role, unit_id, active, "
			+ "must_change_password, failed_attempts, locked_until, credential_version";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String username, String displayName, String passwordHash, Role role, Optional<Long> unitId,
			boolean mustChangePassword, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into identity_account (username, display_name, password_hash, role, unit_id, active,
				    must_change_password, failed_attempts, created_at, password_changed_at)
				values (:username, :displayName, :hash, :role, :unit, true, :mustChange, 0, :now, :now)
				""")
			.param("username", username)
			.param("displayName", displayName)
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("unit", unitId.orElse(null))
			.param("mustChange", mustChangePassword)
			.param("now", now)
			.update(key, "id");
		return GeneratedKeys.id(key);
	}

	Optional<StoredAccount> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from identity_account where id = ?")
			.param(id)
			.query(AccountRepository::account)
			.optional();
	}

	Optional<StoredAccount> findByUsername(String username) {
		return this.jdbc.sql("select " + COLUMNS + " from identity_account where username = ?")
			.param(username)
			.query(AccountRepository::account)
			.optional();
	}

	/** Which of the given usernames exist already: one query per 500 names. */
	java.util.Set<String> existingUsernames(java.util.Collection<String> usernames) {
		java.util.Set<String> existing = new java.util.HashSet<>();
		List<String> names = List.copyOf(usernames);
		for (int from = 0; from < names.size(); from += 500) {
			existing.addAll(this.jdbc.sql("select username from identity_account where username in (:names)")
				.param("names", names.subList(from, Math.min(names.size(), from + 500)))
				.query(String.class)
				.list());
		}
		return existing;
	}

	List<StoredAccount> all() {
		return this.jdbc.sql("select " + COLUMNS + " from identity_account order by role, username")
			.query(AccountRepository::account)
			.list();
	}

	boolean anyWithRole(Role role) {
		return this.jdbc.sql("select count(*) from identity_account where role = ? and active = true")
			.param(role.name())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Sets a new password, lifts a lock and raises the credential version, so that every
	 * open session of the account ends.
	 */
	void updatePassword(long id, String passwordHash, boolean mustChangePassword, OffsetDateTime now) {
		this.jdbc.sql("""
				update identity_account set password_hash = ?, must_change_password = ?, password_changed_at = ?,
				    failed_attempts = 0, locked_until = null, attempts_since = null,
				    credential_version = credential_version + 1
				where id = ?
				""").params(passwordHash, mustChangePassword, now, id).update();
	}

	/**
	 * Activates or deactivates an account unless it already is, raising the credential
	 * version so that open sessions end.
	 * @return whether this call changed it (of concurrent identical calls, one does)
	 */
	boolean updateActive(long id, boolean active) {
		return this.jdbc.sql("""
				update identity_account set active = ?, credential_version = credential_version + 1
				where id = ? and active <> ?
				""").params(active, id, active).update() == 1;
	}

	/**
	 * Counts one password check against the account before the password is compared, in
	 * one conditional statement, so that parallel checks cannot overtake the count: a
	 * window of {@code window} opens at the first check; within it at most
	 * {@code maxAttempts} checks are counted, and the one that reaches the limit locks
	 * the account until {@code now + window}. A check after the window (or after a lock
	 * that has run out) opens a new window.
	 * @return whether the check was counted (and the password may be compared)
	 */
	boolean reserveAttempt(long id, int maxAttempts, OffsetDateTime now, Duration window) {
		OffsetDateTime windowStart = now.minus(window);
		return this.jdbc.sql("""
				update identity_account set
				    failed_attempts = case when attempts_since is null or attempts_since <= :windowStart then 1
				        else failed_attempts + 1 end,
				    locked_until = case when attempts_since is not null and attempts_since > :windowStart
				        and failed_attempts + 1 >= :max then :lockUntil else null end,
				    attempts_since = case when attempts_since is null or attempts_since <= :windowStart then :now
				        else attempts_since end
				where id = :id and (locked_until is null or locked_until <= :now)
				    and (attempts_since is null or attempts_since <= :windowStart or failed_attempts < :max)
				""")
			.param("windowStart", windowStart)
			.param("max", maxAttempts)
			.param("lockUntil", now.plus(window))
			.param("now", now)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Gives back the check counted for a right password: it was no guess. Lifts the lock
	 * that this check itself set when it was the last one allowed.
	 */
	void releaseAttempt(long id, int maxAttempts) {
		this.jdbc.sql("""
				update identity_account set
				    locked_until = case when failed_attempts - 1 < ? then null else locked_until end,
				    failed_attempts = case when failed_attempts > 0 then failed_attempts - 1 else 0 end
				where id = ?
				""").params(maxAttempts, id).update();
	}

	/** The counted checks of the current window. */
	int attempts(long id) {
		return this.jdbc.sql("select failed_attempts from identity_account where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	/**
	 * Forgets the counted password checks and lifts a lock.
	 * @return whether there was anything to forget (of concurrent identical calls, one)
	 */
	boolean unlock(long id) {
		return this.jdbc.sql("""
				update identity_account set failed_attempts = 0, locked_until = null, attempts_since = null
				where id = ? and (failed_attempts <> 0 or locked_until is not null or attempts_since is not null)
				""").param(id).update() == 1;
	}

	/**
	 * Locks the account's row until the transaction ends, so that concurrent changes of
	 * the same account run one after the other.
	 */
	void lock(long id) {
		this.jdbc.sql("select id from identity_account where id = ? for update").param(id).query(Long.class).list();
	}

	private static final String CONTACT_COLUMNS = "id, username, display_name, role, unit_id, active, email, "
			+ "email_opt_out, language";

	/** The account's e-mail settings. */
	Optional<AccountContact> contact(long id) {
		return this.jdbc.sql("select " + CONTACT_COLUMNS + " from identity_account where id = ?")
			.param(id)
			.query(AccountRepository::contact)
			.optional();
	}

	/** Every account's contact, by username. */
	List<AccountContact> contacts() {
		return this.jdbc.sql("select " + CONTACT_COLUMNS + " from identity_account order by username")
			.query(AccountRepository::contact)
			.list();
	}

	/** Active accounts with an address that did not opt out, by username. */
	List<AccountContact> reachable() {
		return this.jdbc.sql("select " + CONTACT_COLUMNS + """
				 from identity_account
				where active = true and email is not null and email_opt_out = false order by username
				""").query(AccountRepository::contact).list();
	}

	/** Sets the account's address, opt-out and mail language. */
	void updateContact(long id, Optional<String> email, boolean optOut, String language) {
		this.jdbc.sql("update identity_account set email = ?, email_opt_out = ?, language = ? where id = ?")
			.params(email.orElse(null), optOut, language, id)
			.update();
	}

	private static AccountContact contact(ResultSet row, int rowNum) throws SQLException {
		long unit = row.getLong("unit_id");
		Optional<Long> unitId = row.wasNull() ? Optional.empty() : Optional.of(unit);
		return new AccountContact(row.getLong("id"), row.getString("username"), row.getString("display_name"),
				Role.valueOf(row.getString("role")), unitId, row.getBoolean("active"),
				Optional.ofNullable(row.getString("email")), row.getBoolean("email_opt_out"),
				java.util.Locale.forLanguageTag(row.getString("language")));
	}

	List<AppraiserArea> areas(long accountId) {
		return this.jdbc.sql("""
				select index_set_id, area_code from identity_appraiser_area
				where account_id = ? order by index_set_id desc, area_code
				""")
			.param(accountId)
			.query((row, rowNum) -> new AppraiserArea(row.getLong("index_set_id"), row.getString("area_code")))
			.list();
	}

	void replaceAreas(long accountId, long setId, java.util.Set<String> areaCodes) {
		this.jdbc.sql("delete from identity_appraiser_area where account_id = ? and index_set_id = ?")
			.params(accountId, setId)
			.update();
		for (String code : areaCodes) {
			this.jdbc.sql("insert into identity_appraiser_area (account_id, index_set_id, area_code) values (?, ?, ?)")
				.params(accountId, setId, code)
				.update();
		}
	}

	private static StoredAccount account(ResultSet row, int rowNum) throws SQLException {
		long unit = row.getLong("unit_id");
		Optional<Long> unitId = row.wasNull() ? Optional.empty() : Optional.of(unit);
		return new StoredAccount(row.getLong("id"), row.getString("username"), row.getString("display_name"),
				row.getString("password_hash"), Role.valueOf(row.getString("role")), unitId, row.getBoolean("active"),
				row.getBoolean("must_change_password"), row.getInt("failed_attempts"),
				Optional.ofNullable(row.getObject("locked_until", OffsetDateTime.class)),
				row.getInt("credential_version"));
	}

	/**
	 * An account's row, with its password hash: never leaves the module.
	 *
	 * @param credentialVersion raised by every change that must end open sessions
	 */
	record StoredAccount(long id, String username, String displayName, String passwordHash, Role role,
			Optional<Long> unitId, boolean active, boolean mustChangePassword, int failedAttempts,
			Optional<OffsetDateTime> lockedUntil, int credentialVersion) {

		/** The account as shown at {@code now}: a lock that has run out is not shown. */
		AccountView view(OffsetDateTime now) {
			return new AccountView(this.id, this.username, this.displayName, this.role, this.unitId, this.active,
					this.mustChangePassword, this.lockedUntil.filter(now::isBefore));
		}

		boolean lockedAt(OffsetDateTime now) {
			return this.lockedUntil.map(now::isBefore).orElse(false);
		}

	}

}
