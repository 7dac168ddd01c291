package org.parindex.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not the username,
 * and not one of the passwords everybody tries first.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private static final java.util.Set<String> COMMON = java.util.Set.of("1234567890", "0123456789", "password12",
			"matkhau123", "abcd123456", "qwertyuiop", "12345678910", "password123", "admin12345");

	private PasswordPolicy() {
	}

	/** The message key saying what is wrong with the password, if anything. */
	static Optional<String> problem(String password, String username) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("account.password.too-short");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.contains-username");
		}
		if (COMMON.contains(lower)) {
			return Optional.of("account.password.too-common");
		}
		return Optional.empty();
	}

}
