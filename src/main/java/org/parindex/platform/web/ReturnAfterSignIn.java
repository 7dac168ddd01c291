package org.parindex.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Where a successful sign-in leads: back to the page named by the form's {@code return}
 * field (set by {@code /login?return=/path}, the link of the "session expired" page) when
 * it is a path of this site ({@link LocalPaths#returnable}), else to {@code /account}.
 */
class ReturnAfterSignIn implements AuthenticationSuccessHandler {

	/** The sign-in form's field (and the sign-in page's parameter) naming the page. */
	static final String PARAMETER = "return";

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String target = LocalPaths.returnable(request.getParameter(PARAMETER)).orElse("/account");
		response.sendRedirect(request.getContextPath() + target);
	}

}
