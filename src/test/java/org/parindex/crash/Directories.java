package org.parindex.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the temporary directories of the crash check and the benchmarks. */
final class Directories {

	private Directories() {
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
