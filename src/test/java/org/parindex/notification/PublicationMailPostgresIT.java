package org.parindex.notification;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.parindex.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class PublicationMailPostgresIT extends PublicationMailScenario {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
		NotificationScenario.mail(registry);
	}

}
