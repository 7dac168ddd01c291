package org.parindex.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing per account, for the sign-in form and for the current
 * password of the password form alike. Every password check is counted in the database
 * <em>before</em> the password is compared ({@link #reserve}), in one conditional
 * statement, so parallel guesses cannot overtake the count: within a window of
 * {@link #LOCK} at most {@value #MAX_FAILURES} checks are made, the one that reaches the
 * limit locks the account until the window ends, and further checks are refused without
 * looking at the password. A right password gives its check back ({@link #succeeded}); a
 * wrong one keeps it and is recorded in the audit trail ({@code sign-in-failed}, and
 * {@code locked} when it was the last one allowed). An administrator can unlock earlier.
 */
@Component
class SignInAttempts {

	/** Wrong passwords that lock an account: five, as before. */
	static final int MAX_FAILURES = 5;

	/** The window in which the wrong passwords are counted, and how long a lock lasts. */
	static final Duration LOCK = Duration.ofMinutes(15);

	/** The audit trail's actor for a check made before anyone is signed in. */
	static final String ANONYMOUS = "anonymous";

	private static final Logger logger = LoggerFactory.getLogger(SignInAttempts.class);

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInAttempts(AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Counts one password check against the account, committed at once (whatever the
	 * caller's transaction does next).
	 * @return the check's number in its window (1 to {@value #MAX_FAILURES}), or 0 when
	 * the account is locked and the password must not be compared
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	int reserve(long accountId) {
		if (!this.accounts.reserveAttempt(accountId, MAX_FAILURES, OffsetDateTime.now(this.clock), LOCK)) {
			return 0;
		}
		return this.accounts.attempts(accountId);
	}

	/**
	 * Records a wrong password of a counted check, committed at once.
	 * @param attempt the number {@link #reserve} gave
	 * @return whether this check locked the account
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean failed(AccountRepository.StoredAccount account, int attempt) {
		String actor = Actors.current().map((current) -> current.username()).orElse(ANONYMOUS);
		logger.info("Wrong password for {} (check {} of {})", account.username(), attempt, MAX_FAILURES);
		this.events.publishEvent(new AuditableChange(actor, "account", account.username(), "sign-in-failed", "",
				"attempt=" + attempt + "/" + MAX_FAILURES, ""));
		boolean locked = attempt >= MAX_FAILURES;
		if (locked) {
			this.events.publishEvent(new AuditableChange(actor, "account", account.username(), "locked", "",
					"minutes=" + LOCK.toMinutes(), ""));
		}
		return locked;
	}

	/**
	 * Gives back the check of a right password; joins the caller's transaction, if any.
	 */
	@Transactional
	void succeeded(long accountId) {
		this.accounts.releaseAttempt(accountId, MAX_FAILURES);
	}

}
