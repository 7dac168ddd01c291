package org.parindex.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parindex.platform.Actors;
import org.parindex.platform.OfficialDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every page's layout needs, as request attributes set before any handler runs: the
 * current path ({@code currentPath}, for the language links; on an error page the path
 * that failed; on an answer to a form the page the form was on, see {@link #currentPath})
 * and who is signed in ({@code actor}, absent for the public); for printed pages, the
 * agency ({@code agency}, blank when not set) and today's date ({@code today}, dd/MM/yyyy
 * in Vietnam's time); for the heading of a printed official text (Decree 30/2020), the
 * agency's parent ({@code agencyParent}, blank when not set) and today with the agency's
 * place ({@code officialDate}, an {@link OfficialDate}). Request attributes rather than
 * model attributes, so that pages rendered by exception handlers and by the error
 * controller show the same header as any other page.
 */
@Component
class LayoutAttributes implements HandlerInterceptor, WebMvcConfigurer {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Clock clock;

	private final String agency;

	private final String parent;

	private final String place;

	/**
	 * Today's date as the pages print it, worked out once a day rather than per request.
	 */
	private volatile Today today = new Today(LocalDate.MIN, "", OfficialDate.of("", LocalDate.EPOCH));

	/**
	 * @param agency the agency printed at the top of rankings and scorecards
	 * ({@code parindex.agency.name}); blank for the unit group's name
	 * @param parent the agency's parent, above it in an official text's heading
	 * ({@code parindex.agency.parent}, e.g. "UBND tỉnh Gia Lai"); blank for none
	 * @param place the agency's place, before the date of an official text
	 * ({@code parindex.agency.place}, e.g. "Gia Lai"); blank for none
	 * @param clock the application's clock; web slice tests have none and take the
	 * system's
	 */
	LayoutAttributes(ObjectProvider<Clock> clock, @Value("${parindex.agency.name:}") String agency,
			@Value("${parindex.agency.parent:}") String parent, @Value("${parindex.agency.place:}") String place) {
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
		this.agency = agency.strip();
		this.parent = parent.strip();
		this.place = place.strip();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute("currentPath", currentPath(request));
		request.setAttribute("formPage", formPage(request).orElse(null));
		request.setAttribute("actor", Actors.current().orElse(null));
		Today today = today();
		request.setAttribute("agency", this.agency);
		request.setAttribute("agencyParent", this.parent);
		request.setAttribute("today", today.printed());
		request.setAttribute("officialDate", today.official());
		return true;
	}

	private Today today() {
		LocalDate date = LocalDate.now(this.clock.withZone(VIETNAM));
		Today kept = this.today;
		if (!kept.date().equals(date)) {
			kept = new Today(date, DATE.format(date), OfficialDate.of(this.place, date));
			this.today = kept;
		}
		return kept;
	}

	private record Today(LocalDate date, String printed, OfficialDate official) {

	}

	/**
	 * The page the language links switch: the page itself for a GET, with its query but
	 * for {@code lang}; for an answer to a form (any other method) and for a 405 (an
	 * address that only takes a form), the page the request came from (its
	 * {@code Referer}, when of this site) or else the home page, never the address the
	 * form was sent to, which a GET cannot open.
	 */
	static String currentPath(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		boolean methodRefused = request.getDispatcherType() == DispatcherType.ERROR
				&& Integer.valueOf(HttpServletResponse.SC_METHOD_NOT_ALLOWED).equals(status);
		if (methodRefused || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return LocalPaths.referer(request).orElse("/");
		}
		return requestPath(request);
	}

	/**
	 * For a page shown in answer to a form (a POST or any method but GET and HEAD, not an
	 * error dispatch), the page the form was on (its {@code Referer}, when of this site),
	 * which the layout puts in the address bar ({@code page-address.js}) so that
	 * reloading opens that page instead of sending the form again (issue 9, walk #6);
	 * empty for a GET, or without a usable {@code Referer}.
	 */
	static Optional<String> formPage(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.REQUEST || "GET".equals(request.getMethod())
				|| "HEAD".equals(request.getMethod())) {
			return Optional.empty();
		}
		return LocalPaths.referer(request);
	}

	/**
	 * The page's path with its query but for {@code lang}: the language links keep the
	 * set, unit or search the page shows (walk of issue 10, fourth round: "English" on
	 * the new form's page lost its set and led to an error page).
	 */
	private static String requestPath(HttpServletRequest request) {
		boolean error = request.getDispatcherType() == DispatcherType.ERROR;
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (error && failed instanceof String path) ? path : request.getRequestURI();
		String context = request.getContextPath();
		String local = uri.startsWith(context) ? uri.substring(context.length()) : uri;
		Object failedQuery = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		String query = LocalPaths
			.withoutLanguage(error ? ((failedQuery instanceof String q) ? q : null) : request.getQueryString());
		return query.isEmpty() ? local : local + "?" + query;
	}

}
