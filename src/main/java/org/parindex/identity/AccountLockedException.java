package org.parindex.identity;

/**
 * A password check refused, or the last one allowed failed, so the account is locked for
 * a while ({@code login.locked}); whoever asked should be signed out. Nothing changed but
 * the count of checks.
 */
public class AccountLockedException extends InvalidAccountException {

	public AccountLockedException() {
		super("login.locked");
	}

}
