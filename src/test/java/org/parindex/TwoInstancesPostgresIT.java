package org.parindex;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@link TwoInstancesScenario} on one fresh schema of the PostgreSQL named by
 * {@value TestDatabases#POSTGRES_URL_VARIABLE}.
 */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class TwoInstancesPostgresIT extends TwoInstancesScenario {

	@Override
	Map<String, Object> database() {
		Map<String, Object> properties = new LinkedHashMap<>();
		TestDatabases.postgres((name, value) -> properties.put(name, value.get()));
		return properties;
	}

}
