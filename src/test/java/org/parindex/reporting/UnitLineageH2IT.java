package org.parindex.reporting;

import org.parindex.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Units' history in the year-over-year comparison, on the embedded H2 database. */
class UnitLineageH2IT extends UnitLineageScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
