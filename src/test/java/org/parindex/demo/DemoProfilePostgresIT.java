package org.parindex.demo;

import java.nio.file.Path;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.parindex.PackagedDatabase;
import org.parindex.TestDatabases;

/** The demo profile on PostgreSQL, in a schema of its own dropped afterwards. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class DemoProfilePostgresIT extends DemoProfileScenario {

	@Override
	PackagedDatabase database(Path workDir) {
		return PackagedDatabase.postgres(System.getenv(TestDatabases.POSTGRES_URL_VARIABLE));
	}

}
