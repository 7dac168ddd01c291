package org.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.TestDatabases;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 responses of 30 questions export with a heap of 256 MB (issue 10, item 8): a
 * JVM started with {@code -Xmx256m} ({@link SurveyExportHeapRun}) runs the whole
 * application, fills the database with 100,000 responses and about 2.9 million answers,
 * and writes them as CSV and XLSX and the aggregates as CSV; it must exit normally (an
 * {@link OutOfMemoryError} ends it with a non-zero code) and the files must hold every
 * response. On H2 (a file database in the forked JVM's own heap) always, and on
 * PostgreSQL (where rows stream only within a transaction with a fetch size) when
 * {@value TestDatabases#POSTGRES_URL_VARIABLE} is set. Each takes about a minute or two;
 * the figures it prints are those of {@code docs/benchmarks.md}.
 */
class SurveyExportHeapIT {

	static final int RESPONSES = 100_000;

	@TempDir
	Path directory;

	@Test
	void exportsAHundredThousandResponsesWithA256MegabyteHeapOnH2() throws Exception {
		String url = "jdbc:h2:file:" + this.directory.resolve("survey").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		check(run(Map.of("spring.datasource.url", url, "spring.datasource.username", "sa", "spring.datasource.password",
				"")));
	}

	@Test
	@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = ".+")
	void exportsAHundredThousandResponsesWithA256MegabyteHeapOnPostgres() throws Exception {
		Map<String, String> properties = new LinkedHashMap<>();
		TestDatabases.postgres((name, value) -> properties.put(name, String.valueOf(value.get())));
		try {
			check(run(properties));
		}
		finally {
			// this schema holds three million rows: dropped, unlike the small ones
			String schema = properties.get("spring.flyway.schemas");
			String url = properties.get("spring.datasource.url");
			new JdbcTemplate(new DriverManagerDataSource(url.substring(0, url.indexOf('?')),
					properties.get("spring.datasource.username"), properties.get("spring.datasource.password")))
				.execute("drop schema if exists " + schema + " cascade");
		}
	}

	private void check(Map<String, Long> results) throws IOException {
		assertThat(results.get("csv-rows")).isEqualTo(RESPONSES);
		assertThat(results.get("xlsx-rows")).isEqualTo(RESPONSES);
		assertThat(results.get("max-heap-mb")).isLessThanOrEqualTo(256);
		try (Stream<String> lines = Files.lines(this.directory.resolve("responses.csv"), StandardCharsets.UTF_8)) {
			assertThat(lines.count()).isEqualTo(RESPONSES + 1);
		}
		assertThat(rowsOfFirstSheet(this.directory.resolve("responses.xlsx"))).isEqualTo(RESPONSES + 1);
		// one row per unit, leaf and form, and one per unit and leaf (more where the
		// demo's
		// own forms have answers)
		assertThat(results.get("aggregates-rows"))
			.isGreaterThanOrEqualTo(results.get("units") * results.get("leaves") * 2);
	}

	/**
	 * Runs {@link SurveyExportHeapRun} with a 256 MB heap and the test's class path.
	 * @return the figures it printed
	 */
	private Map<String, Long> run(Map<String, String> properties) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
						SurveyExportHeapRun.class.getName(), this.directory.toString(), Integer.toString(RESPONSES)));
		properties.forEach((name, value) -> command.add("--" + name + "=" + value));
		Path log = this.directory.resolve("run.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean ended = process.waitFor(15, TimeUnit.MINUTES);
		if (!ended) {
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(ended).as("the export ended; its output:%n%s", tail(output)).isTrue();
		assertThat(process.exitValue()).as("exit code; the output:%n%s", tail(output)).isZero();
		Map<String, Long> results = new LinkedHashMap<>();
		output.lines().filter((line) -> line.startsWith("RESULT ")).forEach((line) -> {
			String[] pair = line.substring(7).split("=", 2);
			results.put(pair[0], Long.parseLong(pair[1].trim()));
		});
		System.out.println("Survey export with -Xmx256m: " + results);
		return results;
	}

	/**
	 * The rows of an XLSX file's first sheet, counted in its XML as it streams by. Read
	 * through the ZIP's central directory, as spreadsheet programs do: POI's streamed
	 * workbook writes each entry's sizes after its data, which
	 * {@link java.util.zip.ZipInputStream} does not accept.
	 */
	private static long rowsOfFirstSheet(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
			if (entry == null) {
				throw new AssertionError("no first sheet in " + file);
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return count(in, "<row ".getBytes(StandardCharsets.US_ASCII));
			}
		}
	}

	private static long count(InputStream in, byte[] pattern) throws IOException {
		long found = 0;
		int matched = 0;
		byte[] buffer = new byte[64 * 1024];
		for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
			for (int i = 0; i < read; i++) {
				if (buffer[i] == pattern[matched]) {
					if (++matched == pattern.length) {
						found++;
						matched = 0;
					}
				}
				else {
					matched = (buffer[i] == pattern[0]) ? 1 : 0;
				}
			}
		}
		return found;
	}

	private static String tail(String output) {
		return output.length() > 6000 ? output.substring(output.length() - 6000) : output;
	}

}
