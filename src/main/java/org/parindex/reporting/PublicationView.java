package org.parindex.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A publication of a year's results: revision 1 is the publication itself, each later
 * revision a correction with its reason.
 *
 * @param publishedBy the login of who published or corrected (pages show the display
 * name)
 * @param correction what the correction changed; empty for revision 1 and for corrections
 * made before this was kept
 */
public record PublicationView(long id, long indexSetId, int revision, Instant publishedAt, String publishedBy,
		String reason, Optional<Correction> correction) {

	/** A publication without correction details. */
	public PublicationView(long id, long indexSetId, int revision, Instant publishedAt, String publishedBy,
			String reason) {
		this(id, indexSetId, revision, publishedAt, publishedBy, reason, Optional.empty());
	}

	/**
	 * What one correction changed: one criterion of one unit.
	 *
	 * @param unitName the unit's name when corrected
	 * @param leafCode the corrected criterion's code ("3.3.4")
	 * @param oldPoints the criterion's points as the previous revision published them
	 * @param newPoints the criterion's points as this revision publishes them (0 to the
	 * criterion's maximum)
	 */
	public record Correction(long unitId, String unitName, String leafCode, BigDecimal oldPoints,
			BigDecimal newPoints) {

	}

}
