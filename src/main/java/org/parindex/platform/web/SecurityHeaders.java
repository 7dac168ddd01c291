package org.parindex.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser protections every response carries, pages and errors alike: a Content
 * Security Policy the pages satisfy (no inline scripts or styles), no framing, no content
 * sniffing, and a strict referrer policy. Spring Security's header writer sets them on
 * what passes its chain ({@link SecurityConfiguration}); {@link #addMissing} sets the
 * same values on what does not: requests refused by the firewall, errors dispatched by
 * the server, and requests Tomcat refuses before any application code runs.
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

	private SecurityHeaders() {
	}

	/** Sets each protection the response does not carry yet. */
	static void addMissing(HttpServletResponse response) {
		setIfMissing(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfMissing(response, "X-Frame-Options", "DENY");
		setIfMissing(response, "X-Content-Type-Options", "nosniff");
		setIfMissing(response, "Referrer-Policy", REFERRER_POLICY.getPolicy());
	}

	private static void setIfMissing(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
