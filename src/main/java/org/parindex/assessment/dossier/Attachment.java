package org.parindex.assessment.dossier;

/**
 * An uploaded file already checked and kept in the file store, to be attached to a leaf.
 *
 * @param size bytes
 * @param mediaType the type found from the content
 * @param name the cleaned name, as shown
 */
public record Attachment(String sha256, long size, String mediaType, String name) {

}
