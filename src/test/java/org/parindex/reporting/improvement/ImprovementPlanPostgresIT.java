package org.parindex.reporting.improvement;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.parindex.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The improvement plan on PostgreSQL, when {@code PARINDEX_TEST_POSTGRES_URL} names one.
 */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class ImprovementPlanPostgresIT extends ImprovementPlanScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
