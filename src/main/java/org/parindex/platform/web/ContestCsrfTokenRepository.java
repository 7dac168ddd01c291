package org.parindex.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where CSRF tokens are kept: in the session, except for a visitor without a session on
 * the knowledge contest's public pages ({@code /cuoc-thi/...}), whose token is kept in a
 * cookie ({@value #COOKIE}, path {@code /cuoc-thi}, until the browser closes, HttpOnly,
 * SameSite=Lax, Secure over HTTPS) and checked against the form's hidden field (double
 * submit). A contest participant has no account and is known by the unguessable tokens in
 * the pages' paths, so nothing else needs a session: without this, every visitor of the
 * registration page would cost a session (a row inserted in {@code platform_session}, and
 * its reads and writes on every later request; docs/benchmarks.md, "The contest under
 * load"). The security trade-off is in docs/security.md ("CSRF on the contest's public
 * pages").
 * <p>
 * A request that has a session (a signed-in account, or a visitor who has one from
 * elsewhere) keeps using the session's token everywhere, so a signed-in account's forms
 * (sign-out on a contest page) are checked as before; a contest form whose token went to
 * the cookie is still accepted if a session appears meanwhile (its token is looked for in
 * the session first, then in the cookie).
 */
final class ContestCsrfTokenRepository implements CsrfTokenRepository {

	/** The cookie holding a contest visitor's CSRF token. */
	static final String COOKIE = "PARINDEX-CONTEST-CSRF";

	/** The public contest pages' path prefix. */
	static final String PREFIX = "/cuoc-thi/";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	ContestCsrfTokenRepository() {
		this.cookie.setCookieName(COOKIE);
		this.cookie.setCookiePath("/cuoc-thi");
		this.cookie.setCookieCustomizer((c) -> c.httpOnly(true).sameSite("Lax"));
	}

	/** Whether the request is for a public contest page. */
	static boolean contestPath(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + PREFIX);
	}

	private boolean inCookie(HttpServletRequest request) {
		return contestPath(request) && request.getSession(false) == null;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return inCookie(request) ? this.cookie.generateToken(request) : this.session.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			this.session.saveToken(null, request, response);
			if (contestPath(request)) {
				this.cookie.saveToken(null, request, response);
			}
		}
		else if (inCookie(request)) {
			this.cookie.saveToken(token, request, response);
		}
		else {
			this.session.saveToken(token, request, response);
		}
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken token = this.session.loadToken(request);
		if (token == null && contestPath(request)) {
			token = this.cookie.loadToken(request);
		}
		return token;
	}

	/**
	 * Makes sure a contest visitor's token is in the cookie before the page is rendered:
	 * a token first asked for while the page is written could come after the response was
	 * committed, too late for its cookie. Only pages with a form need it, so the
	 * contest's own page and its results stay free of cookies (cacheable).
	 */
	static final class EagerCookie extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			if (!"GET".equals(request.getMethod()) || !contestPath(request)) {
				return true;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return !path.matches("/cuoc-thi/[^/]+/(dang-ky|tiep-tuc|du-thi/.+|bai-thi/[^/]+)");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

}
