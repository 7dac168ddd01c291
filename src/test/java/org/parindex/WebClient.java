package org.parindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for integration tests against the running application. It keeps
 * cookies, so it can sign in and post forms with their CSRF token like a browser.
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	public WebClient(int port) {
		this(port, new CookieManager());
	}

	/**
	 * A client of the application on {@code port} that shares its cookies with other
	 * clients given the same handler: a browser's one cookie jar for several instances on
	 * one host (cookies are not kept apart by port).
	 */
	public WebClient(int port, CookieHandler cookies) {
		this.port = port;
		this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
	}

	/** Signs in through the login form; the response is the redirect that follows. */
	public HttpResponse<String> signIn(String username, String password) {
		return post("/login", "/login", Map.of("username", username, "password", password));
	}

	/**
	 * A client signed in to the application on {@code port}.
	 * @throws AssertionError when the sign-in is refused
	 */
	public static WebClient signedIn(int port, String username, String password) {
		WebClient client = new WebClient(port);
		int status = client.signIn(username, password).statusCode();
		if (status != 302) {
			throw new AssertionError("Sign-in of " + username + " answered " + status);
		}
		return client;
	}

	/**
	 * Posts a form as a browser would after loading {@code formPage}: with that page's
	 * CSRF token.
	 */
	public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		csrf(formPage).ifPresent((token) -> all.put("_csrf", token));
		return postWithoutToken(path, all);
	}

	/**
	 * Uploads one file as {@code multipart/form-data}, with the CSRF token of
	 * {@code formPage}.
	 */
	public HttpResponse<String> postFile(String formPage, String path, String field, String filename, byte[] content) {
		String boundary = "----parindex" + System.nanoTime();
		String token = csrf(formPage).orElse("");
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return send(request);
	}

	/**
	 * Posts {@code multipart/form-data} as a browser would after loading
	 * {@code formPage}: fields in order (a name may repeat) and files, with the page's
	 * CSRF token.
	 */
	public HttpResponse<String> multipart(String formPage, String path, List<Map.Entry<String, String>> fields,
			List<FilePart> files) {
		return multipart(formPage, path, fields, files, Map.of());
	}

	/**
	 * Posts {@code multipart/form-data} like
	 * {@link #multipart(String, String, List, List)} with more request headers (e.g.
	 * {@code Referer}).
	 */
	public HttpResponse<String> multipart(String formPage, String path, List<Map.Entry<String, String>> fields,
			List<FilePart> files, Map<String, String> headers) {
		String boundary = "----parindex" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
		csrf(formPage).ifPresent((token) -> all.add(Map.entry("_csrf", token)));
		for (Map.Entry<String, String> field : all) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		for (FilePart file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
					+ "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** A file of a multipart form. */
	public record FilePart(String field, String filename, byte[] content) {

	}

	/** Downloads a file with its headers. */
	public HttpResponse<byte[]> download(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Downloads bytes. */
	public byte[] bytes(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a form as is, without adding a CSRF token. */
	public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
		return postWithoutToken(path, fields, Map.of());
	}

	/**
	 * Posts a form as is, without adding a CSRF token, with more request headers (e.g.
	 * {@code Referer}).
	 */
	public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields, Map<String, String> headers) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/**
	 * Posts a form's fields in order, a name possibly repeated, as a browser sends them
	 * ({@code application/x-www-form-urlencoded}); the fields include the CSRF token.
	 */
	public HttpResponse<String> postFields(String path, List<Map.Entry<String, String>> fields) {
		return postFields(path, fields, Map.of());
	}

	/**
	 * Posts a form's fields in order as {@link #postFields(String, List)} does, with more
	 * request headers (e.g. {@code Accept: application/json} for a script's call).
	 */
	public HttpResponse<String> postFields(String path, List<Map.Entry<String, String>> fields,
			Map<String, String> headers) {
		String body = fields.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::setHeader);
		return send(request.build());
	}

	/**
	 * A page's form as a browser sends it: where it posts (its action, with any query
	 * such as {@code ?area=3}) and its fields in page order, which a test may change
	 * before {@link #submit}.
	 *
	 * @param action the path the form posts to
	 * @param fields the fields as {@link #form} reads them (a mutable list)
	 */
	public record Form(String action, List<Map.Entry<String, String>> fields) {

	}

	/**
	 * The form of a page that posts to {@code path} (its action is the path, or the path
	 * and a query): inputs with a name (checkboxes only when checked; no submit or file
	 * inputs) and text areas, in page order, with the CSRF token.
	 * @throws AssertionError when the page has no such form
	 */
	public static Form form(String page, String path) {
		Matcher action = Pattern.compile("action=\"(" + Pattern.quote(path) + "(?:\\?[^\"]*)?)\"").matcher(page);
		if (!action.find()) {
			throw new AssertionError("No form posting to " + path);
		}
		int at = action.start();
		String form = page.substring(page.lastIndexOf("<form", at), page.indexOf("</form>", at));
		List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
		Matcher element = Pattern.compile("<input\\b([^>]*)>|<textarea\\b([^>]*)>([^<]*)</textarea>").matcher(form);
		while (element.find()) {
			String attributes = (element.group(1) != null) ? element.group(1) : element.group(2);
			Optional<String> name = attribute(attributes, "name");
			String type = attribute(attributes, "type").orElse("text");
			if (name.isEmpty() || type.equals("submit") || type.equals("file")
					|| (type.equals("checkbox") && !attributes.contains("checked"))) {
				continue;
			}
			String value = (element.group(1) != null) ? attribute(attributes, "value").orElse("") : element.group(3);
			fields.add(Map.entry(unescape(name.get()), unescape(value)));
		}
		return new Form(unescape(action.group(1)), fields);
	}

	/** Posts a form's fields to its action, as a browser does ({@link #postFields}). */
	public HttpResponse<String> submit(Form form) {
		return postFields(form.action(), form.fields());
	}

	private static Optional<String> attribute(String attributes, String name) {
		Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	/** The CSRF token of the form on a page, if the page has one. */
	public Optional<String> csrf(String page) {
		Matcher matcher = CSRF.matcher(page(page).body());
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	public HttpResponse<String> get(String path, String accept) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.GET()
			.build();
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> page(String path) {
		return get(path, "text/html");
	}

	public JsonNode json(String path) {
		return this.json.readTree(get(path, "application/json").body());
	}

	public JsonNode json(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
