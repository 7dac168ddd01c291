package org.parindex.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} of the current request, if someone is signed in. */
public final class Actors {

	/** What the audit trail names when no one is signed in (start-up, scheduled jobs). */
	public static final String SYSTEM = "system";

	private Actors() {
	}

	public static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/** The current username, or {@value #SYSTEM}. */
	public static String currentName() {
		return current().map(Actor::username).orElse(SYSTEM);
	}

}
