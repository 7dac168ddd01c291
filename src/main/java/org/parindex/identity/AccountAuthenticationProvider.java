package org.parindex.identity;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with username and password, in this order: the client address's allowance
 * ({@link AddressAttempts}; refused with {@link SignInThrottledException}); the account's
 * count of password checks ({@link SignInAttempts}, counted before the password is
 * compared); then the password. An unknown name, a deactivated account, a locked account
 * and a wrong password all end in the same {@link BadCredentialsException}, after the
 * same work (a password hash is compared in each case, against a dummy hash when there is
 * no account to compare with), so neither the answer nor its time tells whether an
 * account exists or is locked.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	/** Said for every refused sign-in, whatever the reason. */
	static final String REFUSED = "Wrong username or password, or account locked";

	private final AccountRepository accounts;

	private final SignInAttempts attempts;

	private final AddressAttempts addresses;

	private final PasswordEncoder passwords;

	private final String dummyHash;

	AccountAuthenticationProvider(AccountRepository accounts, SignInAttempts attempts, AddressAttempts addresses,
			PasswordEncoder passwords) {
		this.accounts = accounts;
		this.attempts = attempts;
		this.addresses = addresses;
		this.passwords = passwords;
		this.dummyHash = passwords.encode("no account has this password: " + System.nanoTime());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName().strip().toLowerCase(Locale.ROOT);
		String password = String.valueOf(authentication.getCredentials());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		if (!this.addresses.tryAcquire(address)) {
			throw new SignInThrottledException();
		}
		Optional<AccountRepository.StoredAccount> found = this.accounts.findByUsername(username)
			.filter(AccountRepository.StoredAccount::active);
		if (found.isEmpty()) {
			refuse(password);
		}
		AccountRepository.StoredAccount account = found.get();
		int attempt = this.attempts.reserve(account.id());
		if (attempt == 0) {
			refuse(password);
		}
		if (!this.passwords.matches(password, account.passwordHash())) {
			this.attempts.failed(account, attempt);
			throw new BadCredentialsException(REFUSED);
		}
		this.attempts.succeeded(account.id());
		this.addresses.release(address);
		AccountPrincipal principal = new AccountPrincipal(account);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	/**
	 * Compares the password with a dummy hash, so that refusing takes as long as a check.
	 */
	private void refuse(String password) {
		this.passwords.matches(password, this.dummyHash);
		throw new BadCredentialsException(REFUSED);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
