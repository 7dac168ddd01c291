package org.parindex.reporting;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.parindex.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A past year imported from a file (issue 12, item 8) on PostgreSQL, when
 * {@code PARINDEX_TEST_POSTGRES_URL} names one.
 */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class PastYearImportPostgresIT extends PastYearImportScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
