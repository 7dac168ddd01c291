package org.parindex.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in. Usernames are compared in lower case. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.map((account) -> new AccountPrincipal(account, account.lockedAt(now)))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
