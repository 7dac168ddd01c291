package org.parindex.identity;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing per client address, whatever account is tried (so guessing
 * many accounts, or names that do not exist, is bounded too): each address has a Bucket4j
 * token bucket of {@code parindex.sign-in.per-address.capacity} password checks (default
 * {@value #DEFAULT_CAPACITY}), refilled evenly over
 * {@code parindex.sign-in.per-address.period} (default 10 minutes). Every check of a
 * password (the sign-in form, the current password of the password form) takes a token
 * before the password is compared; a right password gives it back, so an office behind
 * one address is limited in wrong passwords only.
 * <p>
 * The address is the request's remote address: behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} (and the proxy's address as trusted), or
 * every client shares the proxy's bucket. Buckets live in memory, one instance each (with
 * several instances the limit is per instance), in a cache bounded to
 * {@value #MAX_ADDRESSES} addresses that forgets an address once its bucket would be full
 * again.
 */
@Component
class AddressAttempts {

	static final int DEFAULT_CAPACITY = 20;

	static final int MAX_ADDRESSES = 100_000;

	private final int capacity;

	private final Duration period;

	private final Cache<String, Bucket> buckets;

	AddressAttempts(@Value("${parindex.sign-in.per-address.capacity:" + DEFAULT_CAPACITY + "}") int capacity,
			@Value("${parindex.sign-in.per-address.period:10m}") Duration period) {
		if (capacity < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("parindex.sign-in.per-address: capacity must be at least 1 and period "
					+ "positive, not " + capacity + " per " + period);
		}
		this.capacity = capacity;
		this.period = period;
		this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAX_ADDRESSES).build();
	}

	/**
	 * Takes one password check from the address's allowance.
	 * @return whether the address may have its password checked now
	 */
	boolean tryAcquire(String address) {
		return bucket(address).tryConsume(1);
	}

	/** Gives back the check of a right password. */
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
