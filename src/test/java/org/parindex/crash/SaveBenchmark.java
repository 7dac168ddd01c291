package org.parindex.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.parindex.PackagedApplication;
import org.parindex.PackagedDatabase;

/**
 * Throughput and latency of the self-assessment save, the write an officer waits for: the
 * crash check's load (signed-in sessions of Đak Pơ's officer, each saving its own
 * criterion in a loop, the first attaching a PDF each time) against the packaged jar with
 * the demo, without the kill. Used to state what durable commits cost
 * (docs/benchmarks.md).
 * <p>
 * Command line: {@code SaveBenchmark [--jar …] [--database h2|jdbc:postgresql://…]
 * [--sessions 6] [--warmup 10] [--seconds 20] [--app-arg --name=value]…}, where each
 * {@code --app-arg} is passed to the application (e.g. another datasource URL). Prints
 * acknowledged saves per second and latency percentiles, and for H2 the database file's
 * size.
 */
public final class SaveBenchmark {

	private SaveBenchmark() {
	}

	/**
	 * @param args see the class description
	 */
	public static void main(String[] args) throws IOException, InterruptedException {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> applicationArguments = new ArrayList<>(List.of("--spring.profiles.active=demo"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (args[i].equals("--app-arg")) {
				applicationArguments.add(args[i + 1]);
			}
			else {
				options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
			}
		}
		Path jar = options.containsKey("jar") ? Paths.get(options.get("jar")) : PackagedApplication.jar();
		String database = options.getOrDefault("database", "h2");
		int sessions = Integer.parseInt(options.getOrDefault("sessions", "6"));
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
		Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
		Path workDir = Files.createTempDirectory("parindex-save-bench-");
		try (PackagedDatabase data = database.equals("h2") ? PackagedDatabase.h2(workDir)
				: PackagedDatabase.postgres(database);
				PackagedApplication application = PackagedApplication.start(jar, workDir, data, applicationArguments)) {
			List<CriterionSaver> savers = CrashCheck.savers(application, sessions, 1, new Semaphore(0));
			ExecutorService executor = Executors.newFixedThreadPool(sessions);
			savers.forEach(executor::submit);
			Thread.sleep(warmup.toMillis());
			savers.forEach(CriterionSaver::reset);
			Thread.sleep(measured.toMillis());
			List<CriterionSaver.Save> saves = new ArrayList<>();
			int refused = 0;
			for (CriterionSaver saver : savers) {
				saves.addAll(saver.acknowledged());
				refused += saver.refused();
			}
			savers.forEach(CriterionSaver::stop);
			executor.shutdown();
			executor.awaitTermination(2, TimeUnit.MINUTES);
			long[] nanos = saves.stream().mapToLong(CriterionSaver.Save::nanos).sorted().toArray();
			System.out.printf(
					"%s %s: %d sessions, %d s: %.1f saves/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms"
							+ " (%d acknowledged, %d refused)%s%n",
					data.description(), applicationArguments, sessions, measured.toSeconds(),
					saves.size() / (double) measured.toSeconds(), percentile(nanos, 50), percentile(nanos, 90),
					percentile(nanos, 99), saves.size(), refused, fileSize(workDir));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		finally {
			Directories.delete(workDir);
		}
	}

	private static double percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	private static String fileSize(Path workDir) throws IOException {
		Path file = workDir.resolve("data/parindex.mv.db");
		return Files.exists(file) ? Optional.of(Files.size(file))
			.map((bytes) -> String.format("; %s: %.1f MB", file.getFileName(), bytes / 1e6))
			.orElseThrow() : "";
	}

}
