package org.parindex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the survey benchmarks share: options, statistics, scratch directories. */
final class Bench {

	private Bench() {
	}

	/**
	 * Options given as {@code --name value} pairs.
	 * @param args the command line
	 * @return value by name (without the dashes), in order
	 */
	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

	/**
	 * The value below which a share of the values lie (nearest rank).
	 * @param values durations or any other measure, in any order
	 * @param percent 1 to 100; 50 is the median
	 * @return the percentile; {@code NaN} without values
	 */
	static double percentile(List<Long> values, int percent) {
		long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)];
	}

	/**
	 * Deletes a directory and everything in it; nothing when it does not exist.
	 * @param directory the directory
	 * @throws UncheckedIOException when a file cannot be deleted
	 */
	static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
