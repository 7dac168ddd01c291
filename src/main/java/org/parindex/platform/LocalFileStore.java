package org.parindex.platform;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps files in a local directory as {@code <directory>/<first two hex>/<sha256>}. New
 * content is first written to a temporary file in the directory, hashed on the way, and
 * then moved atomically into place, so a reader never sees a partial file.
 */
@Component
class LocalFileStore implements FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	LocalFileStore(@Value("${parindex.files.directory:./data/files}") Path directory) {
		this.root = directory.toAbsolutePath().normalize();
	}

	@Override
	public StoredFile store(InputStream content) throws IOException {
		Files.createDirectories(this.root);
		Path temporary = Files.createTempFile(this.root, "upload-", ".tmp");
		try {
			MessageDigest digest = sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				size = content.transferTo(out);
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			Path target = path(sha256);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				try {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (FileAlreadyExistsException ex) {
					// The same content was stored concurrently: keep that copy.
				}
			}
			// Touched, so that the sweeper leaves it alone while this upload's
			// transaction is under way, even when the content was stored long ago.
			Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
			return new StoredFile(sha256, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		Path path = path(sha256);
		if (!Files.isRegularFile(path)) {
			throw new FileNotFoundException("No stored file " + sha256);
		}
		return Files.newInputStream(path);
	}

	@Override
	public boolean exists(String sha256) {
		return Files.isRegularFile(path(sha256));
	}

	@Override
	public int sweep(Predicate<String> referenced, Duration grace, Instant now) throws IOException {
		if (!Files.isDirectory(this.root)) {
			return 0;
		}
		Instant before = now.minus(grace);
		int deleted = 0;
		List<Path> candidates;
		try (Stream<Path> files = Files.walk(this.root, 2)) {
			candidates = files.filter(Files::isRegularFile).toList();
		}
		for (Path file : candidates) {
			String name = file.getFileName().toString();
			boolean content = SHA256.matcher(name).matches() && file.getParent().getParent().equals(this.root);
			boolean leftover = name.startsWith("upload-") && name.endsWith(".tmp")
					&& file.getParent().equals(this.root);
			if ((!content && !leftover) || !Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
				continue;
			}
			if (content && referenced.test(name)) {
				continue;
			}
			if (Files.deleteIfExists(file)) {
				deleted++;
			}
		}
		return deleted;
	}

	/**
	 * The path of a hash. Two guards against path traversal: only 64 lower-case hex
	 * characters are accepted, and the result must still lie under the root.
	 */
	private Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a lower-case hex SHA-256");
		}
		Path path = this.root.resolve(sha256.substring(0, 2)).resolve(sha256).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("Path outside the file store");
		}
		return path;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
