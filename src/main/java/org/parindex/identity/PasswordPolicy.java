package org.parindex.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes in UTF-8, not the username, and not one of the passwords
 * everybody tries first. The byte limit is bcrypt's: it reads only the first 72 bytes and
 * Spring Security's encoder refuses more (an {@code IllegalArgumentException}). A letter
 * without accent is one byte, a Vietnamese accented letter two or three, so the limit is
 * about 72 letters without accents, fewer with them.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	/** The most bytes (UTF-8) bcrypt takes. */
	static final int MAX_BYTES = 72;

	private static final java.util.Set<String> COMMON = java.util.Set.of("1234567890", "0123456789", "password12",
			"matkhau123", "abcd123456", "qwertyuiop", "12345678910", "password123", "admin12345");

	private PasswordPolicy() {
	}

	/** The message key saying what is wrong with the password, if anything. */
	static Optional<String> problem(String password, String username) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("account.password.too-short");
		}
		if (bytes(password) > MAX_BYTES) {
			return Optional.of("account.password.too-long");
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

	/** The length of a password in UTF-8 bytes, as bcrypt counts it. */
	static int bytes(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length;
	}

}
