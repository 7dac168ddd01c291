package org.parindex.crash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser session of a unit officer, over real HTTP with the login form and CSRF
 * tokens (JDK only, so that the crash check runs outside Maven too): it reads the
 * self-assessment page of an area and posts the self-assessment form for one criterion,
 * as the page's form does.
 */
final class OfficerSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final HttpClient http;

	private final String base;

	private String csrf = "";

	OfficerSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * Signs in through the login form.
	 * @return whether the application answered with the redirect of a successful sign-in
	 * (to the account page, not back to the login form)
	 */
	boolean signIn(String username, String password) throws IOException, InterruptedException {
		String token = token(get("/login").body());
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token))));
		return response.statusCode() == 302
				&& !response.headers().firstValue("Location").orElse("/login").contains("/login");
	}

	/**
	 * Reads a page and keeps its CSRF token for the next post.
	 * @param path the page, e.g. {@code /assessment/cycles/3/unit?area=1}
	 * @return its HTML
	 */
	String page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new IOException("GET " + path + " answered " + response.statusCode());
		}
		String body = response.body();
		Matcher matcher = CSRF.matcher(body);
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
		return body;
	}

	/**
	 * Downloads a file.
	 * @return its bytes, or empty when the answer is not 200
	 */
	Optional<byte[]> download(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		return (response.statusCode() == 200) ? Optional.of(response.body()) : Optional.empty();
	}

	/**
	 * Posts the self-assessment form of one criterion, as {@code multipart/form-data}
	 * with the CSRF token of the last page read.
	 * @param path the form's action, e.g. {@code /assessment/cycles/3/unit}
	 * @param fields the form's fields in order
	 * @param file an evidence file: field name, file name and content
	 * @return the application's answer
	 */
	HttpResponse<String> postForm(String path, Map<String, String> fields, Optional<FilePart> file)
			throws IOException, InterruptedException {
		String boundary = "----crash" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", this.csrf);
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		if (file.isPresent()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.get().field()
					+ "\"; filename=\"" + file.get().filename() + "\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.get().content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String token(String page) throws IOException {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IOException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A file field of a form. */
	record FilePart(String field, String filename, byte[] content) {

	}

	/** The parts of a self-assessment page that a save needs, per criterion. */
	record Criterion(String code, int version, Map<String, String> inputs, String explanation,
			Map<String, Long> evidence) {

		private static final Pattern CARD = Pattern.compile("data-leaf-card=\"([^\"]+)\"");

		private static final Pattern EVIDENCE = Pattern.compile("href=\"/assessment/evidence/(\\d+)\">([^<]+)</a>");

		/**
		 * Reads every criterion of a self-assessment page: its version, the inputs shown
		 * (selected option or value), its explanation and its evidence files (name to
		 * id).
		 */
		static Map<String, Criterion> read(String page) {
			Map<String, Criterion> criteria = new LinkedHashMap<>();
			Matcher card = CARD.matcher(page);
			List<int[]> spans = new ArrayList<>();
			List<String> codes = new ArrayList<>();
			while (card.find()) {
				codes.add(card.group(1));
				spans.add(new int[] { card.start(), page.length() });
			}
			for (int i = 0; i < spans.size(); i++) {
				int end = (i + 1 < spans.size()) ? spans.get(i + 1)[0] : page.length();
				String block = page.substring(spans.get(i)[0], end);
				String code = codes.get(i);
				String quoted = Pattern.quote(code);
				Matcher version = Pattern.compile("name=\"version\\." + quoted + "\" value=\"(\\d+)\"").matcher(block);
				if (!version.find()) {
					continue;
				}
				Map<String, String> inputs = new LinkedHashMap<>();
				Matcher text = Pattern.compile("name=\"input\\." + quoted + "\\.(\\w+)\"\\s+value=\"([^\"]*)\"")
					.matcher(block);
				while (text.find()) {
					inputs.put(text.group(1), text.group(2));
				}
				Matcher select = Pattern
					.compile("<select[^>]*\\sname=\"input\\." + quoted + "\\.(\\w+)\"[^>]*>(.*?)</select>",
							Pattern.DOTALL)
					.matcher(block);
				while (select.find()) {
					Matcher selected = Pattern.compile("value=\"([^\"]*)\" selected").matcher(select.group(2));
					inputs.put(select.group(1), selected.find() ? selected.group(1) : "");
				}
				Matcher explanation = Pattern
					.compile("name=\"explanation\\." + quoted + "\">(.*?)</textarea>", Pattern.DOTALL)
					.matcher(block);
				Map<String, Long> evidence = new LinkedHashMap<>();
				Matcher file = EVIDENCE.matcher(block);
				while (file.find()) {
					evidence.put(file.group(2), Long.parseLong(file.group(1)));
				}
				criteria.put(code, new Criterion(code, Integer.parseInt(version.group(1)), inputs,
						explanation.find() ? explanation.group(1) : "", evidence));
			}
			return criteria;
		}

	}

}
