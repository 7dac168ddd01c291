package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A public reason for the PAR office's review before publication: one unit's leaf that
 * lost points, the reason the appraisers (or the council) wrote (the unit reads it) and
 * the text reviewed for publication, if any. Only a leaf that lost points has a public
 * reason ({@link #printed}): a score the appraisers raised, or a reason written on a leaf
 * at its maximum, is read by the unit in its dossier but is neither reviewed nor
 * published (issue 9: "the public reason for a lost criterion").
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

	/**
	 * Whether a leaf's public reason is reviewed and published: only where the leaf lost
	 * points, that is, its score in force is below its maximum or it has none (a leaf
	 * neither entered nor appraised loses its whole maximum).
	 * @param points the score in force, in points, empty when none
	 * @param maxPoints the leaf's maximum, in points
	 */
	public static boolean printed(Optional<BigDecimal> points, BigDecimal maxPoints) {
		return points.map((p) -> p.compareTo(maxPoints) < 0).orElse(true);
	}

	/** The PAR office has reviewed the reason as it now stands. */
	public boolean reviewed() {
		return this.reviewedText.isPresent();
	}

}
