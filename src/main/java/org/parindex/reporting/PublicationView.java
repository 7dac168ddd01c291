package org.parindex.reporting;

import java.time.Instant;

/**
 * A publication of a year's results: revision 1 is the publication itself, each later
 * revision a correction with its reason.
 */
public record PublicationView(long id, long indexSetId, int revision, Instant publishedAt, String publishedBy,
		String reason) {

}
