package org.parindex.platform.web;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jdbc.DatabaseDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store picks its upsert from the pool's JDBC URL without opening a
 * connection: the URLs below point at no running database.
 */
class SessionStoreConfigurationTests {

	@Test
	void theDatabaseIsReadFromThePoolsUrlWithoutConnecting() {
		assertThat(SessionStoreConfiguration.driver(pool("jdbc:postgresql://127.0.0.1:1/nowhere")))
			.isEqualTo(DatabaseDriver.POSTGRESQL);
		assertThat(SessionStoreConfiguration.driver(pool("jdbc:h2:file:./no/such/dir/parindex;IFEXISTS=TRUE")))
			.isEqualTo(DatabaseDriver.H2);
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		return pool;
	}

}
