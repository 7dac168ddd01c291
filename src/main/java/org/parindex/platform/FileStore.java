package org.parindex.platform;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Content-addressed storage of evidence files: a file is named by the SHA-256 of its
 * content, so the same content uploaded twice is kept once, and only a hash ever becomes
 * part of a path. The caller keeps the hash, the original name and the {@link FileType}
 * in its own tables.
 */
public interface FileStore {

	/**
	 * Stores the content, read to its end (the caller closes the stream). Content already
	 * in the store is not written again.
	 * @param content the bytes to keep
	 * @return the content's hash and size
	 * @throws IOException when the content cannot be read or written
	 */
	StoredFile store(InputStream content) throws IOException;

	/**
	 * Opens stored content for reading; the caller closes the stream.
	 * @param sha256 64 lower-case hex characters
	 * @return the content
	 * @throws FileNotFoundException when no content has that hash
	 * @throws IllegalArgumentException when the argument is not 64 lower-case hex
	 * characters
	 * @throws IOException when the content cannot be opened
	 */
	InputStream open(String sha256) throws IOException;

	/**
	 * Whether content with that hash is stored.
	 * @param sha256 64 lower-case hex characters
	 * @return {@code true} when it is
	 * @throws IllegalArgumentException when the argument is not 64 lower-case hex
	 * characters
	 */
	boolean exists(String sha256);

}
