package org.parindex.platform;

/**
 * A file kept by the {@link FileStore}: its SHA-256 in lower-case hex, which is also its
 * name in the store, and its size in bytes.
 *
 * @param sha256 the content's SHA-256, 64 lower-case hex characters
 * @param size the content's length in bytes
 */
public record StoredFile(String sha256, long size) {

}
