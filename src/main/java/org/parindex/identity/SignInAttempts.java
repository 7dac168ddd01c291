package org.parindex.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing: after {@value #MAX_FAILURES} wrong passwords in a row an
 * account is locked for {@link #LOCK} (even the right password is refused meanwhile); a
 * successful sign-in resets the count. An administrator can unlock it earlier.
 */
@Component
class SignInAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private static final Logger logger = LoggerFactory.getLogger(SignInAttempts.class);

	private final AccountRepository accounts;

	private final Clock clock;

	SignInAttempts(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
		this.accounts.recordFailure(username, MAX_FAILURES, OffsetDateTime.now(this.clock).plus(LOCK));
		logger.info("Failed sign-in for {}", username);
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccess(event.getAuthentication().getName());
	}

}
