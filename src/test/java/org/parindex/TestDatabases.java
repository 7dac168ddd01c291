package org.parindex;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where an integration test keeps its data: a private in-memory H2 database in PostgreSQL
 * mode, or a fresh schema in the PostgreSQL named by {@value #POSTGRES_URL_VARIABLE}
 * ({@code jdbc:postgresql://host:port/db?user=…&password=…}), which {@code .ci/run} sets.
 * Each test context gets its own database or schema, so contexts never see each other's
 * data.
 */
public final class TestDatabases {

	public static final String POSTGRES_URL_VARIABLE = "PARINDEX_TEST_POSTGRES_URL";

	private TestDatabases() {
	}

	public static void h2(DynamicPropertyRegistry registry) {
		String name = "parindex-" + UUID.randomUUID();
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

	public static void postgres(DynamicPropertyRegistry registry) {
		String url = System.getenv(POSTGRES_URL_VARIABLE);
		if (url == null || url.isBlank()) {
			throw new IllegalStateException(POSTGRES_URL_VARIABLE + " is not set");
		}
		String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		Map<String, String> parameters = parameters((query < 0) ? "" : url.substring(query + 1));
		String user = parameters.remove("user");
		String password = parameters.remove("password");
		StringBuilder jdbcUrl = new StringBuilder(base).append("?currentSchema=").append(schema);
		parameters.forEach((key, value) -> jdbcUrl.append('&').append(key).append('=').append(value));
		registry.add("spring.datasource.url", jdbcUrl::toString);
		registry.add("spring.datasource.username", () -> (user != null) ? user : "");
		registry.add("spring.datasource.password", () -> (password != null) ? password : "");
		registry.add("spring.flyway.schemas", () -> schema);
		registry.add("spring.flyway.default-schema", () -> schema);
	}

	private static Map<String, String> parameters(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				parameters.put(pair.substring(0, equals), decode(pair.substring(equals + 1)));
			}
		}
		return parameters;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
