package org.parindex.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parindex.WebClient;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as every demo role (and as the public), follows every same-site link of every
 * page it reaches (GET only; downloads, the API, sign-out and language switches skipped;
 * bounded per page shape and per role) and lists every raw technical value in the pages'
 * visible text ({@link RawValues}) and every page that failed (5xx). Run against H2 and
 * PostgreSQL with the demo data.
 * <p>
 * The findings are split by who owns the pages: the public rule sentences of the criteria
 * pages and the index-set checks, and the publication and ranking pages, are reported by
 * their own tests so each can be seen to pass or fail on its own; together the tests
 * cover every finding.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageCrawlScenario {

	static final String PASSWORD = "parindex-demo";

	/**
	 * The public (no account, crawled first) and every demo account, one per role
	 * (README).
	 */
	static final List<String> ACCOUNTS = List.of("", "admin", "sonoivu", "thamdinh", "hoidong", "dakpo.canbo",
			"dakpo.lanhdao", "dieutra", "cuocthi", "bientap");

	/**
	 * At most this many pages of one shape (path with numbers and slugs as placeholders).
	 */
	static final int PAGES_PER_SHAPE = 20;

	/** At most this many pages per account. */
	static final int PAGES_PER_ACCOUNT = 400;

	/**
	 * Links not followed: downloads, files, the API and its docs, static assets,
	 * sign-out.
	 */
	private static final Pattern SKIPPED = Pattern.compile(
			"^/(api|webjars|assets|logout|actuator|h2-console)(/.*)?$|.*\\.(csv|xlsx|pdf|json|zip|png|svg|jpg|ico)$|.*/(files|export|download|template)(/.*|\\..*)?$");

	private static final Pattern NUMBER_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.parindex.identity.IdentityService identity;

	private List<PageFinding> findings;

	private final Map<String, Integer> visited = new LinkedHashMap<>();

	/** A finding on a page seen by an account. */
	record PageFinding(String account, String path, String finding) {

		@Override
		public String toString() {
			return "[" + (this.account.isEmpty() ? "public" : this.account) + "] " + this.path + ": " + this.finding;
		}

	}

	@Test
	@DisplayName("every page every role reaches shows no raw values (except the rules' and the publication's pages)")
	void everyPageSpeaksPlainly() {
		assertThat(findings(Predicate.not(PageCrawlScenario::rules).and(Predicate.not(PageCrawlScenario::publication))))
			.as("raw values on pages (helper plainvalues)")
			.isEmpty();
	}

	@Test
	@DisplayName("[helper rules] the criteria pages' rule sentences and the index-set checks show no raw values")
	void ruleSentencesAndIndexSetChecksSpeakPlainly() {
		assertThat(findings(PageCrawlScenario::rules)).as("raw values in rules and index-set checks (helper rules)")
			.isEmpty();
	}

	@Test
	@DisplayName("[helper publication] the publication and ranking pages show no raw values")
	void publicationPagesSpeakPlainly() {
		assertThat(findings(PageCrawlScenario::publication))
			.as("raw values on publication and ranking pages (helper publication)")
			.isEmpty();
	}

	@Test
	void theCrawlReachesEveryRolesPages() {
		findings(finding -> true);
		assertThat(this.visited).as("pages visited per account")
			.allSatisfy((account, pages) -> assertThat(pages).isGreaterThan(2));
		assertThat(this.visited.get("public")).isGreaterThan(20);
		assertThat(this.visited.get("sonoivu")).isGreaterThan(20);
	}

	/**
	 * The audit trail, in Vietnamese and English, after a demo stage move and an
	 * account's contact change: no message keys, no stored constants ({@code ROUND_2},
	 * {@code demo}, {@code deadline}, {@code on}/{@code off}, {@code vi}) and units
	 * named, not numbered (issue 9, W6).
	 */
	@Test
	void theAuditTrailSpeaksPlainly() {
		// the crawl sees the demo as it starts; the rows below are made after it
		findings((finding) -> true);
		WebClient office = new WebClient(this.port);
		office.signIn("sonoivu", PASSWORD);
		assertThat(
				office.post("/admin/demo/stage", "/admin/demo/stage", Map.of("stage", "ROUND_2", "confirmed", "true"))
					.statusCode())
			.isEqualTo(302);
		long officer = this.identity.findByUsername("dakpo.canbo").orElseThrow().id();
		this.identity.changeContact(officer, "canbo@dakpo.example.vn", true, "en");
		WebClient admin = new WebClient(this.port);
		admin.signIn("admin", PASSWORD);
		for (String language : List.of("vi", "en")) {
			String page = admin.page("/admin/audit?lang=" + language).body();
			Element table = Jsoup.parse(page).getElementById("audit");
			assertThat(table).isNotNull();
			assertThat(table.text()).as(language)
				.contains("canbo@dakpo.example.vn")
				.doesNotContainPattern("audit\\.[a-z]")
				.doesNotContainPattern("\\b(ROUND_2|SELF_ASSESSMENT|APPRAISAL|EXPLANATION|COUNCIL)\\b")
				.doesNotContain("Đơn vị số", "đơn vị số", "bộ chỉ số số", "unit no.", "Unit no.");
			for (Element cell : table.select("td")) {
				assertThat(cell.text()).as(language + " audit cell")
					.doesNotMatch("^(demo|deadline|deadline .*|on|off|vi|en)$")
					.doesNotContainPattern(": (on|off|vi|en)(;|$)");
			}
			assertThat(RawValues.inPage(page)).as(language + " raw values on the audit page").isEmpty();
		}
	}

	@Test
	void theApiIntroducesItselfAndLeadsBack() {
		JsonNode api = new WebClient(this.port).json("/api/docs");
		assertThat(api.at("/info/title").asString()).isEqualTo("ParIndex API");
		assertThat(api.at("/info/version").asString()).isNotEqualTo("v0").isNotBlank();
		assertThat(api.at("/info/description").asString()).contains("Quay lại ParIndex](/)")
			.contains("Back to ParIndex](/)");
		assertThat(api.at("/servers/0/url").asString()).isEqualTo("/");
		assertThat(api.at("/servers/0/description").asString()).isNotEqualTo("Generated server url");
	}

	/**
	 * The public criteria pages' "Cách chấm" column (rule notation) and the index-set
	 * checks on the index-set pages: helper "rules" of issue 9.
	 */
	static boolean rules(PageFinding finding) {
		return finding.path().startsWith("/methodology/index-sets")
				|| finding.path().startsWith("/admin/methodology/index-sets");
	}

	/**
	 * Publication, ranking, scorecard and summary pages: helper "publication" of issue 9.
	 */
	static boolean publication(PageFinding finding) {
		return finding.path().startsWith("/reporting/") || finding.path().startsWith("/admin/reporting/");
	}

	private List<String> findings(Predicate<PageFinding> owned) {
		if (this.findings == null) {
			this.findings = new ArrayList<>();
			Set<String> publicPages = new HashSet<>();
			for (String account : ACCOUNTS) {
				crawl(account, publicPages);
			}
			System.out.println("Pages crawled per account: " + this.visited);
		}
		return this.findings.stream().filter(owned).map(PageFinding::toString).distinct().toList();
	}

	/**
	 * Crawls as one account, the public first (the last of {@link #ACCOUNTS}): pages the
	 * public reached are the same for everyone and are not read again by the accounts.
	 */
	private void crawl(String account, Set<String> publicPages) {
		WebClient web = new WebClient(this.port);
		String start = "/";
		if (!account.isEmpty()) {
			HttpResponse<String> signIn = web.signIn(account, PASSWORD);
			start = signIn.headers().firstValue("Location").map(PageCrawlScenario::path).orElse("/");
		}
		Deque<String> queue = new ArrayDeque<>(List.of(start, "/"));
		Set<String> seen = new HashSet<>(queue);
		if (!account.isEmpty()) {
			seen.addAll(publicPages);
			seen.removeAll(List.of(start, "/"));
		}
		Map<String, Integer> shapes = new HashMap<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < PAGES_PER_ACCOUNT) {
			String path = queue.poll();
			HttpResponse<String> response = web.page(path);
			int redirects = 0;
			while (response.statusCode() / 100 == 3 && redirects++ < 5) {
				Optional<String> location = response.headers().firstValue("Location").map(PageCrawlScenario::path);
				if (location.isEmpty() || location.get().startsWith("http") || skipped(location.get())) {
					break;
				}
				path = location.get();
				response = web.page(path);
			}
			pages++;
			if (account.isEmpty() && response.statusCode() == 200) {
				publicPages.add(path);
			}
			if (response.statusCode() >= 500) {
				this.findings.add(new PageFinding(account, path, "page failed with " + response.statusCode()));
				continue;
			}
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (response.statusCode() != 200 || !type.startsWith("text/html")) {
				continue;
			}
			for (RawValues.Finding finding : RawValues.inPage(response.body())) {
				this.findings.add(new PageFinding(account, path, finding.toString()));
			}
			for (Element link : Jsoup.parse(response.body(), "http://localhost:" + this.port + path)
				.select("a[href]")) {
				String href = link.attr("abs:href");
				if (!href.startsWith("http://localhost:" + this.port + "/") || link.hasAttr("download")) {
					continue;
				}
				String next = path(href);
				if (skipped(next) || !seen.add(next)) {
					continue;
				}
				String shape = shape(next);
				if (shapes.merge(shape, 1, Integer::sum) <= PAGES_PER_SHAPE) {
					queue.add(next);
				}
			}
		}
		this.visited.put(account.isEmpty() ? "public" : account, pages);
	}

	private static boolean skipped(String path) {
		String plain = path.replaceFirst("\\?.*", "");
		return SKIPPED.matcher(plain).matches() || path.contains("lang=");
	}

	/** A page's path and query, without host and fragment. */
	private static String path(String url) {
		URI uri = URI.create(url.replace(" ", "%20"));
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

	/**
	 * A path with its numbers as placeholders and its query reduced to parameter names.
	 */
	private static String shape(String path) {
		String[] parts = path.split("\\?", 2);
		String shape = NUMBER_SEGMENT.matcher(parts[0]).replaceAll("/#");
		if (parts.length > 1) {
			shape += "?" + List.of(parts[1].split("&"))
				.stream()
				.map((pair) -> pair.replaceFirst("=.*", ""))
				.sorted()
				.collect(Collectors.joining("&"));
		}
		return shape;
	}

}
