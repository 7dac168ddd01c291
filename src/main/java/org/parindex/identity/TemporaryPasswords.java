package org.parindex.identity;

import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * One-time passwords that an administrator hands over: 12 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), from a cryptographic random source: 56^12, about
 * 2^69.7 possibilities.
 */
final class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * BCrypt's lowest cost, 4 (16 rounds): about 1 ms per hash instead of about 70 ms at
	 * the default cost 10. A one-time password is random (about 70 bits), valid until its
	 * first use, and must then be changed, when the new password gets the default cost;
	 * trying 2^69 candidates against a stolen hash at cost 4 takes millions of GPU-years
	 * (see docs/security.md, "Imports and exports").
	 */
	private static final BCryptPasswordEncoder ONE_TIME = new BCryptPasswordEncoder(4, RANDOM);

	private TemporaryPasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/**
	 * The stored form of a one-time password from {@link #next()}: {@code {bcrypt}} at
	 * cost 4, which the application's delegating password encoder verifies like any other
	 * BCrypt hash. Only for passwords from {@link #next()}; chosen passwords get the
	 * default encoder's cost.
	 */
	static String hash(String oneTimePassword) {
		return "{bcrypt}" + ONE_TIME.encode(oneTimePassword);
	}

}
