package org.parindex.identity;

/**
 * A password check refused because the client address has used up its allowance
 * ({@code login.throttled}, HTTP 429); nothing changed.
 */
public class AddressThrottledException extends InvalidAccountException {

	public AddressThrottledException() {
		super("login.throttled");
	}

}
