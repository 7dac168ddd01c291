package org.parindex.reporting;

import org.parindex.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A past year imported from a file (issue 12, item 8), on the embedded H2 database. */
class PastYearImportH2IT extends PastYearImportScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
