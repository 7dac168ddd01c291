package org.parindex.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Commits per second of the smallest write (one row inserted, committed) over plain JDBC,
 * one connection, for one database URL: what a durable commit costs the database itself,
 * without the application around it (docs/benchmarks.md).
 * <p>
 * Command line:
 * {@code CommitBenchmark <jdbc-url|h2-options> [seconds] [user] [password]}; a URL
 * starting with {@code ;} is taken as options of a new H2 file database in a temporary
 * directory, e.g.
 * {@code ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"}.
 * Prints commits per second and the median and 99th percentile commit time.
 */
public final class CommitBenchmark {

	private CommitBenchmark() {
	}

	/**
	 * @param args see the class description
	 */
	public static void main(String[] args) throws Exception {
		String url = args[0];
		long seconds = (args.length > 1) ? Long.parseLong(args[1]) : 10;
		String user = (args.length > 2) ? args[2] : "sa";
		String password = (args.length > 3) ? args[3] : "";
		Path directory = null;
		if (url.startsWith(";")) {
			directory = Files.createTempDirectory("parindex-commit-bench-");
			url = "jdbc:h2:file:" + directory.resolve("bench") + url;
		}
		try (Connection connection = (args.length > 2) ? DriverManager.getConnection(url, user, password)
				: DriverManager.getConnection(url + (url.startsWith("jdbc:h2:") ? ";USER=sa" : ""))) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table if exists commit_bench");
				statement.execute("create table commit_bench (id bigint primary key, note varchar(100) not null)");
			}
			connection.setAutoCommit(false);
			long[] nanos = new long[1_000_000];
			int count = 0;
			long end = System.nanoTime() + seconds * 1_000_000_000L;
			try (PreparedStatement insert = connection
				.prepareStatement("insert into commit_bench (id, note) values (?, ?)")) {
				while (System.nanoTime() < end && count < nanos.length) {
					long started = System.nanoTime();
					insert.setLong(1, count);
					insert.setString(2, "crash r1 s0 n" + count);
					insert.executeUpdate();
					connection.commit();
					nanos[count++] = System.nanoTime() - started;
				}
			}
			long[] sorted = Arrays.copyOf(nanos, count);
			Arrays.sort(sorted);
			System.out.printf("%s: %.0f commits/s, median %.3f ms, p99 %.3f ms (%d commits in %d s)%n",
					url.replaceAll("password=[^&;]*", "password=…"), count / (double) seconds, sorted[count / 2] / 1e6,
					sorted[(int) (count * 0.99)] / 1e6, count, seconds);
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table commit_bench");
				connection.commit();
			}
		}
		catch (SQLException ex) {
			System.err.println(ex.getMessage());
			System.exit(1);
		}
		finally {
			if (directory != null) {
				Directories.delete(directory);
			}
		}
	}

}
