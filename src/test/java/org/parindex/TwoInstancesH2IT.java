package org.parindex;

import java.util.Map;

/**
 * {@link TwoInstancesScenario} on one H2 file database opened with
 * {@code AUTO_SERVER=TRUE}: the first connection serves it, the other instance's
 * connections go through that server, as two processes on one machine would.
 */
class TwoInstancesH2IT extends TwoInstancesScenario {

	@Override
	Map<String, Object> database() {
		String url = "jdbc:h2:file:" + this.files.resolve("db/parindex").toAbsolutePath()
				+ ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		return Map.of("spring.datasource.url", url, "spring.datasource.username", "sa", "spring.datasource.password",
				"");
	}

}
