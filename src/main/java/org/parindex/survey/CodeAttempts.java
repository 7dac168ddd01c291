package org.parindex.survey;

import java.time.Duration;

import org.parindex.platform.AddressAllowance;
import org.parindex.platform.ClientAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles the guessing of invitation codes per client address, as the sign-in throttles
 * passwords: each address has a Bucket4j token bucket of
 * {@code parindex.survey.code-attempts.capacity} look-ups (default
 * {@value #DEFAULT_CAPACITY}), refilled evenly over
 * {@code parindex.survey.code-attempts.period} (default 10 minutes). A look-up is refused
 * once the address has no token left; only an unknown code takes one (a respondent's
 * typing errors, or guessing), so any number of respondents behind one address (a commune
 * office, a shared Wi-Fi) answering with their codes at once are never refused. Unknown
 * codes in flight at the same instant may overshoot the allowance by their number, which
 * the 29^10 (about 4 × 10^14) possible codes make harmless. Sign-in is stricter: a
 * password check takes its token first. Buckets live in memory, per instance, in a cache
 * bounded to {@value #MAX_ADDRESSES} addresses. Behind a reverse proxy set
 * {@code server.forward-headers-strategy=native}, or every client shares the proxy's
 * bucket.
 */
@Component
class CodeAttempts {

	static final int DEFAULT_CAPACITY = 30;

	static final int MAX_ADDRESSES = AddressAllowance.MAX_ADDRESSES;

	private final AddressAllowance allowance;

	CodeAttempts(@Value("${parindex.survey.code-attempts.capacity:" + DEFAULT_CAPACITY + "}") int capacity,
			@Value("${parindex.survey.code-attempts.period:10m}") Duration period) {
		this.allowance = new AddressAllowance("parindex.survey.code-attempts", capacity, period);
	}

	/** Whether the address may look a code up now. */
	boolean allowed(String address) {
		return this.allowance.hasLeft(ClientAddress.key(address));
	}

	/** How long until the address may look a code up again; zero when it may now. */
	Duration retryAfter(String address) {
		return this.allowance.retryAfter(address);
	}

	/** Counts an unknown code against the address. */
	void unknown(String address) {
		this.allowance.charge(ClientAddress.key(address));
	}

	/** Forgets every address (for tests). */
	void forgetAll() {
		this.allowance.forgetAll();
	}

}
