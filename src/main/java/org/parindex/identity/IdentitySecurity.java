package org.parindex.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.parindex.platform.StartupLoading;
import org.parindex.platform.web.LocalPaths;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The identity module's part of the security chain that the platform builds
 * ({@code SecurityConfiguration}): Spring Security applies every
 * {@code Customizer<HttpSecurity>} bean to it. Adds the per-request check of the
 * signed-in account ({@link AccountSessionFilter}) and says how a refused sign-in is
 * answered: {@code /login?throttled} when the client address used up its allowance,
 * {@code /login?error} otherwise (an unknown name, a deactivated or locked account and a
 * wrong password get the same answer), or {@code /login?loading} while the start-up data
 * (the demo) is still loading and the account may not exist yet, keeping the page to
 * return to after signing in ({@code return}, when it is a path of this site) and the
 * name typed ({@link TypedUsername}). Sign-in itself is
 * {@link AccountAuthenticationProvider}.
 */
@Configuration(proxyBeanMethods = false)
class IdentitySecurity {

	@Bean
	Customizer<HttpSecurity> identitySignIn(AccountRepository accounts, StartupLoading startup) {
		return (http) -> {
			http.addFilterBefore(new AccountSessionFilter(accounts), AnonymousAuthenticationFilter.class);
			try {
				http.formLogin((login) -> login.failureHandler((request, response, exception) -> {
					// the name typed is shown again, the password never (walk #16)
					TypedUsername.remember(request);
					response.sendRedirect(request.getContextPath() + failure(exception, startup.loading())
							+ LocalPaths.returnable(request.getParameter("return"))
								.map((path) -> "&return=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
								.orElse(""));
				}));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot configure the sign-in form", ex);
			}
		};
	}

	/**
	 * The sign-in page to show after a refused sign-in: throttled, still loading the
	 * start-up data (the account may not exist yet, so the password is not called wrong)
	 * or wrong.
	 */
	static String failure(Exception exception, boolean loading) {
		if (exception instanceof SignInThrottledException) {
			return "/login?throttled";
		}
		return loading ? "/login?loading" : "/login?error";
	}

}
