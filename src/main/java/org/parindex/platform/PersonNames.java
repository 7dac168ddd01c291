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

	/**
	 * The mark after a login that says a step was made by the demo's stage mover on the
	 * account's behalf, not by the person: pages name such a step's actor as the person
	 * followed by "(thao tác minh họa)" (walk #14).
	 */
	String DEMO_STEP = "#minh-hoa";

	/**
	 * What a demo step records as its actor: the login with {@link #DEMO_STEP}.
	 * @param username the demo account's login, or a name standing for one
	 * @return the text to record (at most 80 characters for a login of at most 71)
	 */
	static String demoStep(String username) {
		return username + DEMO_STEP;
	}

}
