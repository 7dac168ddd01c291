package org.parindex.survey;

import java.time.Duration;

import org.parindex.platform.AddressAllowance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles the guessing of invitation codes per client address, as the sign-in throttles
 * passwords: each address has a Bucket4j token bucket of
 * {@code parindex.survey.code-attempts.capacity} look-ups (default
 * {@value #DEFAULT_CAPACITY}), refilled evenly over
 * {@code parindex.survey.code-attempts.period} (default 10 minutes). Every look-up of a
 * code takes a token; a code that exists gives it back, so only unknown codes use the
 * allowance (a respondent's typing errors, or guessing). Buckets live in memory, per
 * instance, in a cache bounded to {@value #MAX_ADDRESSES} addresses. Behind a reverse
 * proxy set {@code server.forward-headers-strategy=native}, or every client shares the
 * proxy's bucket.
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

	boolean tryAcquire(String address) {
		return this.allowance.tryAcquire(address);
	}

	void release(String address) {
		this.allowance.release(address);
	}

	/** Forgets every address (for tests). */
	void forgetAll() {
		this.allowance.forgetAll();
	}

}
