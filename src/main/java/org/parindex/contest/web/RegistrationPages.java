package org.parindex.contest.web;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.parindex.contest.ContestView;
import org.parindex.contest.EntryUnit;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The registration form's page as the public first opens it (nothing typed, no problem),
 * rendered once and kept as HTML for each contest, language and state instead of by
 * Thymeleaf on every visit: in a contest's last hours it is the page every new
 * participant opens (issue 11 item 7; docs/benchmarks.md, "The contest under load").
 * <p>
 * Only the form's CSRF token differs from one visitor to the next: the page is kept with
 * a mark in its place, and each visitor's own token is put in on the way out. A page is
 * kept for the contest's definition and the unit list the catalog hands out (a new
 * definition or list, read at most every 10 s, renders the page again), whether the form
 * is open, not open now or over ({@link State}: a round opening or closing renders it
 * again at once), the language and the path the language links return to; and for at most
 * {@link #TIME_TO_LIVE}, so that a change to what the frame shows (the agency's footer)
 * is seen within it.
 */
@Component
class RegistrationPages {

	/** How long a rendered page is kept at most: 10 s, as long as the catalog's. */
	static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

	/** Where a visitor's CSRF token goes in a kept page; no token looks like it. */
	private static final String TOKEN_MARK = "\u0000csrf\u0000";

	private static final String TEMPLATE = "contest/public/register";

	private final Cache<Key, String> pages = Caffeine.newBuilder()
		.expireAfterWrite(TIME_TO_LIVE)
		.maximumSize(200)
		.build();

	private final ViewResolver views;

	/**
	 * @param thymeleafViewResolver the resolver of the application's templates
	 */
	RegistrationPages(@Qualifier("thymeleafViewResolver") ViewResolver thymeleafViewResolver) {
		this.views = thymeleafViewResolver;
	}

	/**
	 * Writes the blank registration page to the response: the kept HTML with the
	 * visitor's token, or, when none is kept for this key, the page rendered from the
	 * model (with the visitor's token) and then kept.
	 * @param contest the contest as the catalog hands it out (its identity is part of the
	 * key)
	 * @param units the unit list as the catalog hands it out (its identity too)
	 * @param state whether the form is shown (a round is open now), and if not, why
	 * @param currentPath the path the language links return to (the layout's
	 * {@code currentPath})
	 * @param model everything the template reads, as for a rendered page
	 * @throws Exception what rendering the template throws (an unknown message key, a
	 * template error), nothing kept then
	 */
	void write(ContestView contest, List<EntryUnit> units, State state, String currentPath, Locale locale,
			Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
		@Nullable String token = (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) ? csrf.getToken()
				: null;
		Key key = new Key(contest, units, state, currentPath, locale.toLanguageTag());
		String page = this.pages.getIfPresent(key);
		if (page == null) {
			String rendered = render(model, locale, request, response);
			page = (token != null) ? rendered.replace(token, TOKEN_MARK) : rendered;
			this.pages.put(key, page);
		}
		byte[] body = ((token != null) ? page.replace(TOKEN_MARK, token) : page).getBytes(StandardCharsets.UTF_8);
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private String render(Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		View view = this.views.resolveViewName(TEMPLATE, locale);
		if (view == null) {
			throw new IllegalStateException("no view for " + TEMPLATE);
		}
		Captured captured = new Captured(response);
		view.render(model, request, captured);
		captured.writer.flush();
		return captured.text.toString();
	}

	/**
	 * What the registration page says of the form: shown, not open now (before the
	 * opening or between rounds) or over (after the last round).
	 */
	enum State {

		OPEN, NOT_OPEN_NOW, OVER;

		static State of(boolean open, boolean over) {
			return open ? OPEN : (over ? OVER : NOT_OPEN_NOW);
		}

	}

	/**
	 * The response a page is rendered into: its headers go to the real response, its body
	 * into memory.
	 */
	private static final class Captured extends HttpServletResponseWrapper {

		private final CharArrayWriter text = new CharArrayWriter(16 * 1024);

		private final PrintWriter writer = new PrintWriter(this.text);

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

	}

	/**
	 * What a kept page depends on; the contest and the unit list by identity, as the
	 * catalog hands them out.
	 */
	private static final class Key {

		private final ContestView contest;

		private final List<EntryUnit> units;

		private final State state;

		private final String currentPath;

		private final String language;

		Key(ContestView contest, List<EntryUnit> units, State state, String currentPath, String language) {
			this.contest = contest;
			this.units = units;
			this.state = state;
			this.currentPath = currentPath;
			this.language = language;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.contest == this.contest && key.units == this.units
					&& key.state == this.state && key.currentPath.equals(this.currentPath)
					&& key.language.equals(this.language);
		}

		@Override
		public int hashCode() {
			return (31 * System.identityHashCode(this.contest) + System.identityHashCode(this.units)) * 31
					+ this.currentPath.hashCode() + this.state.ordinal() + 7 * this.language.hashCode();
		}

	}

}
