package org.parindex.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.Cookie;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's error report for what never reaches the application (a request line or header
 * Tomcat cannot read, an undecodable or escaping path), in ParIndex's words: a small page
 * (or an RFC 9457 problem for a client that asks for JSON) in the language of the
 * {@code parindex-lang} cookie, Vietnamese by default, with {@link SecurityHeaders}. It
 * names the status only in the user's words, never Tomcat, its version or the request.
 * Errors that do reach the application keep their own pages; this valve does not write
 * over a response that already has content.
 */
class LocalizedErrorReportValve extends ErrorReportValve {

	private final MessageSource messages;

	LocalizedErrorReportValve(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		Locale locale = locale(request);
		String title = message(titleKey(status), locale);
		String detail = message(detailKey(status), locale);
		boolean json = wantsJson(request);
		try {
			SecurityHeaders.addMissing(response);
			response.setHeader("Cache-Control", "no-store");
			response.setHeader("Content-Language", locale.getLanguage());
			response.setContentType(json ? "application/problem+json" : "text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json ? problem(status, title, detail) : page(locale, title, detail));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was closed meanwhile: nothing left to
			// say.
		}
	}

	private String page(Locale locale, String title, String detail) {
		return """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s · %s</title>
				  <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css">
				  <link rel="stylesheet" href="/assets/css/parindex.css">
				</head>
				<body>
				<main class="container py-4">
				  <h1 class="h3">%s</h1>
				  <p>%s</p>
				  <p><a class="btn btn-primary" href="/">%s</a></p>
				</main>
				</body>
				</html>
				""".formatted(locale.getLanguage(), html(title), html(message("app.name", locale)), html(title),
				html(detail), html(message("error.back-home", locale)));
	}

	private static String problem(int status, String title, String detail) {
		return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\""
				+ json(detail) + "\"}";
	}

	private static String titleKey(int status) {
		return switch (status) {
			case 400 -> "error.bad-request.title";
			case 404 -> "error.not-found.title";
			default -> "error.title";
		};
	}

	private static String detailKey(int status) {
		return switch (status) {
			case 400 -> "error.bad-request";
			case 404 -> "error.not-found.page";
			default -> "error.general";
		};
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * The language chosen with {@code ?lang=} and kept in the cookie; Vietnamese
	 * otherwise.
	 */
	private static Locale locale(Request request) {
		try {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if ("parindex-lang".equals(cookie.getName())) {
						return LocaleConfiguration.supported(Locale.forLanguageTag(cookie.getValue()));
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// Cookies that cannot be read leave the default language.
		}
		return LocaleConfiguration.VIETNAMESE;
	}

	private static boolean wantsJson(Request request) {
		String accept = request.getHeader("Accept");
		return accept != null && !accept.contains("text/html")
				&& (accept.contains("application/json") || accept.contains("application/problem+json"));
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String json(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> escaped.append("\\\"");
				case '\\' -> escaped.append("\\\\");
				default -> {
					if (c < 0x20) {
						escaped.append(String.format("\\u%04x", (int) c));
					}
					else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
