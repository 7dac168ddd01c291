package org.parindex.crash;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.parindex.TestDatabases;

/** The crash check on PostgreSQL, in a schema of its own dropped afterwards. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
class CrashRecoveryPostgresIT extends CrashRecoveryScenario {

	@Override
	String database() {
		return System.getenv(TestDatabases.POSTGRES_URL_VARIABLE);
	}

}
