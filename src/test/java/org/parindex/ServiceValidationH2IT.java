package org.parindex;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ServiceValidationH2IT extends ServiceValidationScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
