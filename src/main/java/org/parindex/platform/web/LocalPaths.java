package org.parindex.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Addresses of this site that a page may send the user back to: the page a form was
 * posted from (its {@code Referer}, when it is of this site) and the page to return to
 * after signing in ({@code /login?return=…}). Only a path of this site is ever accepted,
 * never another site ({@code https://…}, {@code //host}, {@code /\host}), so none of
 * these links can be turned into an open redirect.
 */
public final class LocalPaths {

	/** Characters of a path kept at most; a longer one is not followed. */
	static final int MAX_LENGTH = 2000;

	private LocalPaths() {
	}

	/**
	 * The path and query of the page a request was sent from, without the context path
	 * and without any {@code lang} parameter, when its {@code Referer} is of this site
	 * (same scheme, host and port).
	 * @return empty when there is no {@code Referer}, or it is another site's or cannot
	 * be read
	 */
	public static Optional<String> referer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null || referer.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = new URI(referer);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		if (uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase(request.getScheme()) || uri.getHost() == null
				|| !uri.getHost().equalsIgnoreCase(request.getServerName()) || port(uri) != request.getServerPort()) {
			return Optional.empty();
		}
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		String context = request.getContextPath();
		if (!context.isEmpty()) {
			if (!path.startsWith(context + "/")) {
				return Optional.empty();
			}
			path = path.substring(context.length());
		}
		String query = withoutLanguage(uri.getRawQuery());
		return local(query.isEmpty() ? path : path + "?" + query);
	}

	/**
	 * A path of this site to return to after signing in: a local path that is not the
	 * sign-in, sign-out or error page.
	 * @param path as sent by the user (a request parameter); may be {@code null}
	 * @return empty when the path is absent, not local, or one of those pages
	 */
	public static Optional<String> returnable(@Nullable String path) {
		return local(path)
			.filter((local) -> !isPage(local, "/login") && !isPage(local, "/logout") && !isPage(local, "/error"));
	}

	/**
	 * A path that stays on this site: starts with one {@code /}, no backslash, no control
	 * character, no dot segment, empty segment, encoded dot, slash or backslash and no
	 * {@code ;}, at most {@value #MAX_LENGTH} characters, readable as a URI without
	 * scheme or host.
	 */
	static Optional<String> local(@Nullable String path) {
		if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/'
				|| path.startsWith("//") || path.indexOf('\\') >= 0
				|| path.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(path);
			if (uri.getScheme() != null || uri.getRawAuthority() != null) {
				return Optional.empty();
			}
			// no dot segments, written or encoded, and no encoded slash: the firewall
			// refuses such addresses, so a sign-in would end on an error
			String rawPath = uri.getRawPath();
			String lower = path.toLowerCase(java.util.Locale.ROOT);
			if (rawPath == null || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
					|| java.util.Arrays.stream(rawPath.split("/", -1))
						.anyMatch((segment) -> segment.equals(".") || segment.equals(".."))
					|| rawPath.contains("//") || path.indexOf(';') >= 0) {
				return Optional.empty();
			}
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		return Optional.of(path);
	}

	private static boolean isPage(String path, String page) {
		return path.equals(page) || path.startsWith(page + "?") || path.startsWith(page + "/")
				|| path.startsWith(page + ";");
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	/**
	 * A query string without its {@code lang} parameter, the others as sent (still
	 * encoded); empty for none.
	 */
	static String withoutLanguage(@Nullable String query) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		return Arrays.stream(query.split("&"))
			.filter((part) -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
			.collect(Collectors.joining("&"));
	}

}
