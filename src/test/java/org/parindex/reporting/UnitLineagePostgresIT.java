package org.parindex.reporting;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.parindex.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Units' history in the year-over-year comparison on PostgreSQL, when
 * {@code PARINDEX_TEST_POSTGRES_URL} names one.
 */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class UnitLineagePostgresIT extends UnitLineageScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
