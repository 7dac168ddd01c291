package org.parindex.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Tells a form sent after its session ended from a real refusal. A form whose CSRF token
 * the server no longer knows ({@code InvalidCsrfTokenException} or
 * {@code MissingCsrfTokenException}: the session timed out after 30 minutes idle, its
 * cookie was dropped, or the server restarted) gets the error page saying the session has
 * expired, with a sign-in link that returns to the page the form was on (its same-site
 * {@code Referer}, see {@link LocalPaths}) and a hint that the browser's Back button
 * usually still holds what was typed. A public form (the survey's {@code /khao-sat} and
 * the contest's {@code /cuoc-thi} pages, sent by people without an account) is answered
 * without a word of signing in: the page was open too long, open it again and send again,
 * the answers already saved are kept. Both stay 403 Forbidden; anything else denied is
 * answered as before (403, "no permission").
 */
class SessionEndedHandler implements AccessDeniedHandler {

	/** Request attribute, {@code true} when the page must say the session has expired. */
	static final String SESSION_ENDED = "sessionEnded";

	/** Request attribute: the local path to return to after signing in, if any. */
	static final String RETURN_PATH = "returnPath";

	/**
	 * Request attribute, {@code true} when the form was a public one (the survey's and
	 * the contest's pages): its sender has no account, so the page offers to open the
	 * form again rather than to sign in.
	 */
	static final String PUBLIC_FORM = "publicForm";

	/**
	 * The paths of the public forms (no account), as the security configuration opens
	 * them.
	 */
	private static final List<String> PUBLIC_PATHS = List.of("/khao-sat", "/cuoc-thi");

	private final AccessDeniedHandler refused = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		if (accessDeniedException instanceof CsrfException) {
			request.setAttribute(SESSION_ENDED, Boolean.TRUE);
			String requested = request.getRequestURI().substring(request.getContextPath().length());
			if (PUBLIC_PATHS.stream().anyMatch((open) -> requested.equals(open) || requested.startsWith(open + "/"))) {
				request.setAttribute(PUBLIC_FORM, Boolean.TRUE);
			}
			LocalPaths.referer(request)
				.flatMap(LocalPaths::returnable)
				.ifPresent((path) -> request.setAttribute(RETURN_PATH, path));
		}
		this.refused.handle(request, response, accessDeniedException);
	}

}
