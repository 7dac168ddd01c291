package org.parindex.reporting.improvement;

import org.parindex.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The improvement plan, on the embedded H2 database. */
class ImprovementPlanH2IT extends ImprovementPlanScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
