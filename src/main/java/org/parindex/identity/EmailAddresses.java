package org.parindex.identity;

import java.util.Optional;
import java.util.regex.Pattern;

import org.parindex.platform.Text;

/**
 * Checks the e-mail address of an account (account forms, account files, the account
 * page): one address {@code local@domain.tld}, no spaces or display name, at most
 * {@value #MAX_LENGTH} characters (RFC 5321's limit on a path). Blank means none.
 */
public final class EmailAddresses {

	/** Longest address accepted, in characters. */
	public static final int MAX_LENGTH = 254;

	private static final Pattern ADDRESS = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private EmailAddresses() {
	}

	/**
	 * The address as stored (trimmed, NFC), or empty for a blank one.
	 * @throws InvalidAccountException ({@code account.email.invalid}, naming the address
	 * and the limit) when it is not one address of at most {@value #MAX_LENGTH}
	 * characters
	 */
	public static Optional<String> clean(String typed) {
		String address = Text.normalize(typed).strip();
		if (address.isEmpty()) {
			return Optional.empty();
		}
		if (address.length() > MAX_LENGTH || !ADDRESS.matcher(address).matches() || address.contains("..")
				|| address.startsWith(".") || address.contains(".@")) {
			throw new InvalidAccountException("account.email.invalid", address, MAX_LENGTH);
		}
		return Optional.of(address);
	}

}
