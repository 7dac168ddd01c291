package org.parindex.survey;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

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

	static final int MAX_ADDRESSES = 100_000;

	private final int capacity;

	private final Duration period;

	private final Cache<String, Bucket> buckets;

	CodeAttempts(@Value("${parindex.survey.code-attempts.capacity:" + DEFAULT_CAPACITY + "}") int capacity,
			@Value("${parindex.survey.code-attempts.period:10m}") Duration period) {
		if (capacity < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("parindex.survey.code-attempts: capacity must be at least 1 and period "
					+ "positive, not " + capacity + " per " + period);
		}
		this.capacity = capacity;
		this.period = period;
		this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAX_ADDRESSES).build();
	}

	/** Takes one look-up from the address's allowance; false when none is left. */
	boolean tryAcquire(String address) {
		return bucket(address).tryConsume(1);
	}

	/** Gives back the look-up of a code that exists. */
	void release(String address) {
		bucket(address).addTokens(1);
	}

	/** Forgets every address (for tests). */
	void forgetAll() {
		this.buckets.invalidateAll();
	}

	private Bucket bucket(String address) {
		return this.buckets.get(address, (key) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.period).build())
			.build());
	}

}
