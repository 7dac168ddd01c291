package org.parindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for integration tests against the running application. */
public final class WebClient {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	public WebClient(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path, String accept) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.GET()
			.build();
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

}
