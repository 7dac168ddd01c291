package org.parindex.platform.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database (Spring Session JDBC, Flyway's V114) under concurrent requests
 * of one browser: two requests that both add the same attribute (the flash messages of
 * two forms sent at once, a double click) would both insert its row, and the second would
 * fail with a duplicate key and answer 500. Each attribute is written as an upsert
 * instead: PostgreSQL's {@code INSERT … ON CONFLICT DO UPDATE} (Spring Session's own
 * customizer) and H2's {@code MERGE … KEY}, so the last writer wins as it does for
 * sessions kept in memory.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** H2's upsert of one attribute: the same parameters as Spring Session's insert. */
	static final String H2_CREATE_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
		DatabaseDriver driver = driver(dataSource);
		if (driver == DatabaseDriver.POSTGRESQL) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (driver == DatabaseDriver.H2) {
			return (repository) -> repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
		}
		return (repository) -> {
		};
	}

	/**
	 * The database behind the pool, read from its JDBC URL (no connection is opened at
	 * start-up); only a data source that does not say its URL is asked through a
	 * connection.
	 */
	static DatabaseDriver driver(DataSource dataSource) {
		try {
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
				if (url != null) {
					return DatabaseDriver.fromJdbcUrl(url);
				}
			}
		}
		catch (SQLException ex) {
			// fall through to the connection's metadata
		}
		String product = product(dataSource);
		return product.contains("postgres") ? DatabaseDriver.POSTGRESQL
				: product.contains("h2") ? DatabaseDriver.H2 : DatabaseDriver.UNKNOWN;
	}

	private static String product(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The database does not say what it is", ex);
		}
	}

}
