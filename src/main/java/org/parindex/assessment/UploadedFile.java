package org.parindex.assessment;

import java.nio.file.Path;

/**
 * A file a user uploaded, held in a temporary file until it is checked and stored.
 *
 * @param originalName the name the user's computer gave it; shown, never trusted
 */
public record UploadedFile(String originalName, Path content, long size) {

}
