package org.parindex.reporting;

import org.parindex.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The golden figures on the embedded H2 database of the zero-setup run. */
class GoldenFiguresH2IT extends GoldenFiguresScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
