package org.parindex.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.parindex.platform.UploadLimits;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Answers a form post that is over a size limit of the servlet container ourselves,
 * instead of Tomcat's English "HTTP Status 413" page: the multipart limits
 * ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}), a part's
 * headers over {@code server.tomcat.max-part-header-size}, more parts than
 * {@code server.tomcat.max-part-count}, and form fields over
 * {@code server.tomcat.max-http-form-post-size}.
 * <p>
 * Such a post cannot be read, so neither its CSRF token nor what was typed in it can be
 * known: nothing is done with it, and the person is sent back (303) to the page the form
 * was on (the {@code Referer}, when it is a page of this site; else their home page,
 * {@code /account}) with a message in their language, which the page's alerts show. What
 * they typed is kept by the browser's script ({@code /assets/js/uploads.js}) that checks
 * sizes before sending; this filter is the fallback for browsers without it.
 * <p>
 * It runs inside the security filter chain, after the headers writer (so the answer
 * carries the Content Security Policy, {@code X-Frame-Options} and {@code nosniff}) and
 * before the CSRF filter, which would otherwise be the first to read the body and fail.
 * It reads the body the way the container would anyway (the parts are kept for the
 * application); it must stay before any filter that reads parameters.
 */
final class FormSizeLimitFilter extends OncePerRequestFilter {

	/** Where people go back to when the page of the form is not known. */
	static final String HOME = "/account";

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	private final FlashMapManager flashMaps = new SessionFlashMapManager();

	private final LocaleResolver locales;

	private final MessageSource messages;

	private final UploadLimits limits;

	FormSizeLimitFilter(LocaleResolver locales, MessageSource messages, UploadLimits limits) {
		this.locales = locales;
		this.messages = messages;
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (overLimit(request)) {
			sendBack(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Reads the form once, as the CSRF filter would, and says whether a limit stopped it.
	 */
	private boolean overLimit(HttpServletRequest request) {
		if (this.multipart.isMultipart(request)) {
			try {
				this.multipart.resolveMultipart(request);
			}
			catch (MaxUploadSizeExceededException ex) {
				return true;
			}
			catch (MultipartException ex) {
				// Not a size limit (a malformed body): the error pages answer it.
			}
			return false;
		}
		if (MediaType.APPLICATION_FORM_URLENCODED.includes(contentType(request))) {
			try {
				request.getParameterMap();
			}
			catch (InvalidParameterException ex) {
				return ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
			}
		}
		return false;
	}

	private void sendBack(HttpServletRequest request, HttpServletResponse response) {
		Locale locale = this.locales.resolveLocale(request);
		String message = this.messages.getMessage("upload.too-large",
				new Object[] { this.limits.request().shown(), this.limits.file().shown() }, locale);
		String context = request.getContextPath();
		URI target = formPage(request).orElse(URI.create(context + HOME));
		FlashMap flash = new FlashMap();
		flash.put("errors", List.of(message));
		flash.setTargetRequestPath(target.getRawPath());
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, target.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	/**
	 * The page the form was on: the path and query of the {@code Referer} when it names
	 * this host and a path of this application; never another site.
	 */
	private static Optional<URI> formPage(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(referer);
			String path = uri.getRawPath();
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName()) || path == null
					|| !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
				return Optional.empty();
			}
			return Optional.of(new URI((uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType())
					: MediaType.APPLICATION_OCTET_STREAM;
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
