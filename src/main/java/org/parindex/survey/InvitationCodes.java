package org.parindex.survey;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The form of invitation codes: {@value #LENGTH} characters drawn by {@link SecureRandom}
 * from an alphabet of {@value #ALPHABET_SIZE} capitals and digits without the look-alikes
 * (no 0/O, 1/I/L, nor U/V), about 49 bits, so a code cannot be guessed in practice (a
 * guess hits one of a million live codes once in 420 million tries, and guesses are
 * throttled per address). Shown in two groups of five, {@code K7PX2-MQ9RD}; read back
 * whatever the case, spaces or dashes.
 */
public final class InvitationCodes {

	/** The characters a code is made of. */
	public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

	static final int ALPHABET_SIZE = 29;

	/** Characters in a code, without the dash. */
	public static final int LENGTH = 10;

	private static final int GROUP = 5;

	private final SecureRandom random;

	InvitationCodes(SecureRandom random) {
		this.random = random;
	}

	/** A new random code, without the dash. */
	String next() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(this.random.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}

	/**
	 * The code as stored, from what a person typed or scanned: capitals, without spaces
	 * or dashes; empty when it cannot be a code (wrong length or a character outside the
	 * alphabet).
	 */
	public static Optional<String> normalize(String typed) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < typed.length() && code.length() <= LENGTH; i++) {
			char c = Character.toUpperCase(typed.charAt(i));
			if (c == '-' || Character.isWhitespace(c)) {
				continue;
			}
			if (ALPHABET.indexOf(c) < 0) {
				return Optional.empty();
			}
			code.append(c);
		}
		return (code.length() == LENGTH) ? Optional.of(code.toString().toUpperCase(Locale.ROOT)) : Optional.empty();
	}

	/** The code as shown and printed: two groups of five joined by a dash. */
	public static String grouped(String code) {
		return (code.length() == LENGTH) ? code.substring(0, GROUP) + "-" + code.substring(GROUP) : code;
	}

}
