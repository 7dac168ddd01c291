package org.parindex.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what. Published results, the index sets' criteria, the API's read
 * endpoints, the assets and the survey's public form (answered with an invitation code,
 * {@code /khao-sat}) and the knowledge contests' pages ({@code /cuoc-thi}) are public;
 * everything else needs a signed-in account, and each controller states the roles it
 * serves ({@code @PreAuthorize}), so authorization is enforced on the server for every
 * page and call. Forms carry CSRF tokens, kept in the session, or for a visitor of the
 * contest's public pages without one in a cookie ({@link ContestCsrfTokenRepository}, so
 * that such a visitor costs no session); responses carry a Content Security Policy the
 * pages satisfy (no inline scripts or styles), and deny framing ({@link SecurityHeaders},
 * also set on every error answered outside this chain). The API answers 401 instead of
 * redirecting to the login page. A form sent after its session ended is told so
 * ({@link SessionEndedHandler}); a sign-in returns to the page it was asked from
 * ({@link ReturnAfterSignIn}), else to {@code /account}. Sessions are tracked by cookie
 * only ({@code server.servlet.session.tracking-modes=cookie}), so no link ever carries
 * {@code ;jsessionid=}.
 * <p>
 * The identity module adds its part through a {@code Customizer<HttpSecurity>} bean (its
 * {@code IdentitySecurity}): the check of the signed-in account on each request and the
 * answers to a refused sign-in; its {@code AuthenticationProvider} signs in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/login", "/error", "/assets/**", "/webjars/**", "/reporting/**",
					"/methodology/index-sets/**", "/actuator/health", "/khao-sat", "/khao-sat/**", "/cuoc-thi",
					"/cuoc-thi/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/reporting/**", "/api/v1/methodology/**", "/api/docs/**",
					"/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.anyRequest()
			.authenticated())
			.csrf((csrf) -> csrf.csrfTokenRepository(new ContestCsrfTokenRepository()))
			.addFilterAfter(new ContestCsrfTokenRepository.EagerCookie(), CsrfFilter.class)
			.formLogin((login) -> login.loginPage("/login").successHandler(new ReturnAfterSignIn()).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new SessionEndedHandler())
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(SecurityHeaders.REFERRER_POLICY)));
		return http.build();
	}

	/**
	 * Adaptive hashing (bcrypt today), with the algorithm recorded in each hash so it can
	 * change.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
