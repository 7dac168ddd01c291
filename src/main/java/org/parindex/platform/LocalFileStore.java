package org.parindex.platform;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

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
