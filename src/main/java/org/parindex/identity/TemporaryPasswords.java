package org.parindex.identity;

import java.security.SecureRandom;

/**
 * One-time passwords that an administrator hands over: 12 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), from a cryptographic random source.
 */
final class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
