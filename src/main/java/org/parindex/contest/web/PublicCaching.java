package org.parindex.contest.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;

/**
 * Lets a reverse proxy's cache and the browser keep the contest's public pages (the list
 * of contests, a contest's page, the published results) for a few seconds, so that in a
 * contest's last hours the page every participant opens and reopens is served from a
 * cache in front of the application (issue 11 item 7: "the public page cacheable").
 * <p>
 * Only a page that is the same for everyone is marked {@code public}: not for a signed-in
 * visitor (the layout shows their menu), not for a request that changes the language
 * ({@code ?lang=}: the answer sets the language cookie), and with {@code Vary: Cookie}
 * (the language cookie and the session choose the page). It is kept at most
 * {@link #MAX_AGE} and never past the next moment the page changes (an opening or a
 * close), so a cached page never shows a contest open after it closed; the countdown it
 * carries may then lag the server's clock by up to {@link #MAX_AGE}, and the server's
 * clock alone decides what is accepted. Every other answer keeps Spring Security's
 * {@code no-store}.
 */
final class PublicCaching {

	/** How long a shared cache may keep a public contest page at most: 5 s. */
	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private PublicCaching() {
	}

	/**
	 * Marks the answer as cacheable for the shorter of {@link #MAX_AGE} and
	 * {@code untilChange} (whole seconds, rounded down), when the page is the same for
	 * every visitor; does nothing when less than a second is left.
	 * @param request the request (its principal and its {@code lang} parameter are read)
	 * @param response the answer, not yet committed
	 * @param untilChange the time until the page changes what it says, at least zero
	 */
	static void allow(HttpServletRequest request, HttpServletResponse response, Duration untilChange) {
		if (request.getUserPrincipal() != null || request.getParameter("lang") != null) {
			return;
		}
		long seconds = Math.min(MAX_AGE.toSeconds(), untilChange.toSeconds());
		if (seconds < 1) {
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(Duration.ofSeconds(seconds)).cachePublic().getHeaderValue());
		response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
	}

	/**
	 * {@link #allow(HttpServletRequest, HttpServletResponse, Duration)} until
	 * {@code nextChange}, or for {@link #MAX_AGE} when nothing is to change.
	 * @param now the moment the page shows
	 * @param nextChange the next moment the page changes what it says, after {@code now}
	 */
	static void allowUntil(HttpServletRequest request, HttpServletResponse response, Instant now,
			Optional<Instant> nextChange) {
		allow(request, response, nextChange.map((change) -> Duration.between(now, change)).orElse(MAX_AGE));
	}

}
