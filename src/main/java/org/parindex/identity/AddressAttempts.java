package org.parindex.identity;

import java.time.Duration;

import org.parindex.platform.AddressAllowance;
import org.parindex.platform.ClientAddress;

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

	static final int MAX_ADDRESSES = AddressAllowance.MAX_ADDRESSES;

	private final AddressAllowance allowance;

	AddressAttempts(@Value("${parindex.sign-in.per-address.capacity:" + DEFAULT_CAPACITY + "}") int capacity,
			@Value("${parindex.sign-in.per-address.period:10m}") Duration period) {
		this.allowance = new AddressAllowance("parindex.sign-in.per-address", capacity, period);
	}

	boolean tryAcquire(String address) {
		return this.allowance.tryAcquire(ClientAddress.key(address));
	}

	void release(String address) {
		this.allowance.release(ClientAddress.key(address));
	}

	/** Forgets every address (for tests). */
	void forgetAll() {
		this.allowance.forgetAll();
	}

}
