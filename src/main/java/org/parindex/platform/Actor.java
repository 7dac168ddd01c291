package org.parindex.platform;

import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: the signed-in account as every module may see it, without depending on
 * the identity module. The identity module's principal implements it.
 */
public interface Actor {

	long accountId();

	String username();

	String displayName();

	/** The account's roles, e.g. {@code PAR_OFFICE}. */
	Set<String> roles();

	/** The unit a unit officer or leader acts for. */
	Optional<Long> unitId();

	default boolean hasRole(String role) {
		return roles().contains(role);
	}

}
