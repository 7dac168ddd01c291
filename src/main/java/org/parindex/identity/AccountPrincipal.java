package org.parindex.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.parindex.platform.Actor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account: Spring Security's user and the platform's {@link Actor}, as it
 * was at sign-in. It is kept in the session; {@link #stillMatches} tells on each request
 * whether the account still is what the session was opened for.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, Actor {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final Role role;

	/**
	 * The account's unit, if any: a plain value, not an {@code Optional}, since the
	 * principal is serialised into the session table (Spring Session JDBC) and
	 * {@code Optional} is not serialisable.
	 */
	private final @Nullable Long unitId;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final int credentialVersion;

	private String passwordHash;

	AccountPrincipal(AccountRepository.StoredAccount account) {
		this.accountId = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.role = account.role();
		this.unitId = account.unitId().orElse(null);
		this.enabled = account.active();
		this.mustChangePassword = account.mustChangePassword();
		this.credentialVersion = account.credentialVersion();
		this.passwordHash = account.passwordHash();
	}

	/**
	 * Whether the account, as stored now, is still the one this session signed in as:
	 * active, with the same credential version (raised by deactivation, password reset
	 * and change), role and unit.
	 */
	boolean stillMatches(AccountRepository.StoredAccount account) {
		return account.id() == this.accountId && account.active()
				&& account.credentialVersion() == this.credentialVersion && account.role() == this.role
				&& account.unitId().equals(unitId());
	}

	@Override
	public long accountId() {
		return this.accountId;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public Set<String> roles() {
		return Set.of(this.role.name());
	}

	@Override
	public Optional<Long> unitId() {
		return Optional.ofNullable(this.unitId);
	}

	Role role() {
		return this.role;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	/** Locks are checked at sign-in by {@link SignInAttempts}, before the password. */
	@Override
	public boolean isAccountNonLocked() {
		return true;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = "";
	}

}
