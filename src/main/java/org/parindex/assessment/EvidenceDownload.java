package org.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stored evidence file ready to send: always as an attachment, never shown inline.
 *
 * @param mediaType the type found from the content when it was uploaded
 */
public record EvidenceDownload(String fileName, String mediaType, long size, Content content) {

	/** Opens the stored bytes. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

}
