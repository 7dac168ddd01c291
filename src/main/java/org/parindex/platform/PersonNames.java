package org.parindex.platform;

import org.jspecify.annotations.Nullable;

/**
 * The name people read for a login: modules that record who did something by login
 * (conflicts, histories) show the display name through this, without depending on the
 * identity module that keeps accounts (issue 9, A-messages: conflict messages name people
 * by their display name, not their login).
 */
public interface PersonNames {

	/**
	 * The account's display name; the stored text itself when no account has that login,
	 * and "" for none.
	 * @param username the login as recorded, any case
	 * @return the display name, never null
	 */
	String name(@Nullable String username);

}
