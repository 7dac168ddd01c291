package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A public reason for the PAR office's review before publication: one unit's leaf that
 * lost points or whose score the appraisers changed, the reason the appraisers wrote (the
 * unit reads it) and the text reviewed for publication, if any.
 *
 * @param selfPoints the unit's self-score, empty when not entered
 * @param points the score in force, empty when neither entered nor appraised
 * @param maxPoints the leaf's maximum
 * @param reason the appraisers' public reason, never empty
 * @param reviewedText the text the publication prints, once reviewed
 */
public record PublicReasonView(long unitId, String leafCode, Optional<BigDecimal> selfPoints,
		Optional<BigDecimal> points, BigDecimal maxPoints, String reason, Optional<String> reviewedText,
		Optional<String> reviewedBy, Optional<Instant> reviewedAt) {

	/** The PAR office has reviewed the reason as it now stands. */
	public boolean reviewed() {
		return this.reviewedText.isPresent();
	}

}
