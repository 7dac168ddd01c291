package org.parindex.platform;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * An allowance of attempts per client address (Bucket4j): {@code capacity} attempts,
 * refilled greedily over {@code period}. Buckets live in memory, per instance, in a cache
 * bounded to {@value #MAX_ADDRESSES} addresses that forgets an address once its bucket
 * would be full again. Used for sign-in password checks and survey code look-ups.
 */
public final class AddressAllowance {

	/** The most addresses remembered at once. */
	public static final int MAX_ADDRESSES = 100_000;

	private final int capacity;

	private final Duration period;

	private final Cache<String, Bucket> buckets;

	/**
	 * @param setting the configuration prefix named when the values are refused
	 * @param capacity attempts per period, at least 1
	 * @param period positive
	 * @throws IllegalArgumentException for a capacity below 1 or a period not positive
	 */
	public AddressAllowance(String setting, int capacity, Duration period) {
		if (capacity < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException(
					setting + ": capacity must be at least 1 and period positive, not " + capacity + " per " + period);
		}
		this.capacity = capacity;
		this.period = period;
		this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAX_ADDRESSES).build();
	}

	/** Takes one attempt from the address's allowance; false when none is left. */
	public boolean tryAcquire(String address) {
		return bucket(address).tryConsume(1);
	}

	/**
	 * Whether the address has an attempt left, taking none: for checks that charge only
	 * the attempts that turn out wrong ({@link #charge}), so that many right ones in
	 * flight at once from one address are never refused.
	 */
	public boolean hasLeft(String address) {
		return bucket(address).getAvailableTokens() > 0;
	}

	/** Takes one attempt (one that turned out wrong), if any is left. */
	public void charge(String address) {
		bucket(address).tryConsume(1);
	}

	/** Gives back one attempt (one that turned out right). */
	public void release(String address) {
		bucket(address).addTokens(1);
	}

	/**
	 * How long until the address has an attempt again: zero when it has one now, else the
	 * time until the next one refills (at most {@code period ÷ capacity}), for a
	 * {@code Retry-After} header and the page saying when to try again.
	 */
	public Duration retryAfter(String address) {
		long nanos = bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Duration.ofNanos(Math.max(0, nanos));
	}

	/** Forgets every address (for tests). */
	public void forgetAll() {
		this.buckets.invalidateAll();
	}

	private Bucket bucket(String address) {
		return this.buckets.get(address, (key) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.period).build())
			.build());
	}

}
