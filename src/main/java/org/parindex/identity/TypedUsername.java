package org.parindex.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The login name typed in a refused sign-in, kept in the session so that the sign-in page
 * shows it again and the person retypes only the password (walk #16: on a phone both had
 * to be typed again). Only the name is kept, never the password; it is shown once, by the
 * next sign-in page, and is never put in the address (which proxies log).
 */
public final class TypedUsername {

	/** The session attribute holding the name. */
	static final String ATTRIBUTE = TypedUsername.class.getName();

	/** Characters of a typed name kept at most (an account's login has at most 60). */
	static final int MAX = 60;

	private TypedUsername() {
	}

	/**
	 * Keeps the {@code username} parameter of a refused sign-in, stripped and cut to
	 * {@value #MAX} characters; nothing when it is blank.
	 */
	static void remember(HttpServletRequest request) {
		String typed = request.getParameter("username");
		if (typed == null || typed.isBlank()) {
			return;
		}
		String name = typed.strip();
		request.getSession().setAttribute(ATTRIBUTE, (name.length() > MAX) ? name.substring(0, MAX) : name);
	}

	/**
	 * The name typed in the last refused sign-in, removed from the session as it is read
	 * (shown once); empty when none.
	 * @param session the session, if there is one
	 */
	public static Optional<String> recall(HttpSession session) {
		if (session == null) {
			return Optional.empty();
		}
		Object name = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return (name instanceof String text) ? Optional.of(text) : Optional.empty();
	}

}
