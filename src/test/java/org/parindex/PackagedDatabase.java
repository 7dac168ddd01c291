package org.parindex;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The database of an application started from the packaged jar
 * ({@link PackagedApplication}): either the <em>default</em> embedded H2 file database of
 * {@code application.properties} ({@code ./data/parindex} under the application's working
 * directory, so the default settings are the ones tested), or a fresh schema of a
 * PostgreSQL database given by a JDBC URL
 * ({@code jdbc:postgresql://host:port/db?user=…&password=…}), created by Flyway on the
 * application's first start and dropped by {@link #close()}.
 */
public final class PackagedDatabase implements AutoCloseable {

	private static final Pattern TABLE = Pattern.compile("[a-z_]{1,60}");

	private final String description;

	private final List<String> arguments;

	private final String jdbcUrl;

	private final String user;

	private final String password;

	private final Optional<String> schema;

	private PackagedDatabase(String description, List<String> arguments, String jdbcUrl, String user, String password,
			Optional<String> schema) {
		this.description = description;
		this.arguments = List.copyOf(arguments);
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
		this.schema = schema;
	}

	/**
	 * The default embedded database: no datasource setting is passed, so the application
	 * uses the URL of its {@code application.properties}, relative to its working
	 * directory.
	 * @param workDir the application's working directory
	 * @return the database
	 */
	public static PackagedDatabase h2(Path workDir) {
		String url = "jdbc:h2:file:" + workDir.resolve("data/parindex").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
		return new PackagedDatabase("H2 (default settings, file under " + workDir + "/data)", List.of(), url, "sa", "",
				Optional.empty());
	}

	/**
	 * A fresh schema {@code crash_…} of the PostgreSQL database named by {@code url}
	 * ({@code jdbc:postgresql://host:port/db?user=…&password=…}).
	 * @param url the database's JDBC URL, with user and password as parameters
	 * @return the database
	 */
	public static PackagedDatabase postgres(String url) {
		String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : ((query < 0) ? "" : url.substring(query + 1)).split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				parameters.put(pair.substring(0, equals),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		String user = Optional.ofNullable(parameters.remove("user")).orElse("");
		String password = Optional.ofNullable(parameters.remove("password")).orElse("");
		StringBuilder jdbcUrl = new StringBuilder(base).append("?currentSchema=").append(schema);
		parameters.forEach((key, value) -> jdbcUrl.append('&').append(key).append('=').append(value));
		List<String> arguments = new ArrayList<>();
		arguments.add("--spring.datasource.url=" + jdbcUrl);
		arguments.add("--spring.datasource.username=" + user);
		arguments.add("--spring.datasource.password=" + password);
		arguments.add("--spring.flyway.schemas=" + schema);
		arguments.add("--spring.flyway.default-schema=" + schema);
		return new PackagedDatabase("PostgreSQL (" + base + ", schema " + schema + ")", arguments, jdbcUrl.toString(),
				user, password, Optional.of(schema));
	}

	/**
	 * @return what this database is, for reports
	 */
	public String description() {
		return this.description;
	}

	/**
	 * @return the command-line arguments that point the application at it
	 */
	public List<String> arguments() {
		return this.arguments;
	}

	/**
	 * Counts the rows of a table, read directly over JDBC. For H2, only while the
	 * application is stopped (the application holds the file's lock while it runs).
	 * @param table a table name ({@code [a-z_]+})
	 * @return the number of rows; 0 when the database or the table does not exist yet
	 */
	public long count(String table) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.user, this.password);
				Statement statement = connection.createStatement();
				ResultSet tables = connection.getMetaData()
					.getTables(null, this.schema.orElse(null), table, new String[] { "TABLE" })) {
			if (!tables.next()) {
				return 0;
			}
			try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			if (this.schema.isEmpty() && ex.getErrorCode() == 90146) {
				// H2: "database not found" (IFEXISTS=TRUE), nothing was ever written
				return 0;
			}
			throw new IllegalStateException("Cannot count " + table + " in " + this.description, ex);
		}
	}

	/** Drops the PostgreSQL schema with everything in it; nothing to do for H2. */
	@Override
	public void close() {
		if (this.schema.isEmpty()) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + this.schema.get() + " cascade");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop " + this.description, ex);
		}
	}

}
