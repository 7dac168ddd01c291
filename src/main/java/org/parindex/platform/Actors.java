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

	/**
	 * Runs a step as another actor: for its duration {@link #current} is that actor (so
	 * the audit trail names it), then the request's own sign-in is back, whatever the
	 * step threw. Used where the system acts on a person's behalf, such as the demo's
	 * stage mover, whose steps the audit trail must name as its own (issue 9, #15).
	 * @param actor who the step is recorded for
	 * @param step the step
	 * @return what the step returned
	 */
	public static <T> T as(Actor actor, java.util.function.Supplier<T> step) {
		org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(actor, null,
						actor.roles()
							.stream()
							.map((role) -> new org.springframework.security.core.authority.SimpleGrantedAuthority(
									"ROLE_" + role))
							.toList()));
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The current username, or {@value #SYSTEM}. */
	public static String currentName() {
		return current().map(Actor::username).orElse(SYSTEM);
	}

}
