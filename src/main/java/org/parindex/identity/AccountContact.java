package org.parindex.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * How an account is reached by e-mail: its address (if it has one), whether it opted out
 * of reminders, and the language of its mails (Vietnamese, or English).
 *
 * @param email the address, at most 254 characters; empty when none was given
 * @param optedOut the account asked for no e-mail reminders (on its own account page)
 * @param language {@code vi} or {@code en}
 */
public record AccountContact(long accountId, String username, String displayName, Role role, Optional<Long> unitId,
		boolean active, Optional<String> email, boolean optedOut, Locale language) {

	/**
	 * An active account with an address that did not opt out: reminders are sent to it.
	 */
	public boolean reachable() {
		return this.active && this.email.isPresent() && !this.optedOut;
	}

}
