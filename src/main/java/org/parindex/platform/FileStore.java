package org.parindex.platform;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

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

	/**
	 * Deletes what nothing refers to any more: stored content whose hash no
	 * {@link FileReferences} names, and temporary files of interrupted uploads, once
	 * untouched for {@code grace} (content stored again is touched, so a file on its way
	 * into a transaction that has not committed yet is never taken).
	 * @param referenced whether a hash is still referred to
	 * @param grace how long a file must have been untouched before it may go
	 * @param now the current time
	 * @return how many files were deleted
	 * @throws IOException when the store cannot be read
	 */
	int sweep(Predicate<String> referenced, Duration grace, Instant now) throws IOException;

}
