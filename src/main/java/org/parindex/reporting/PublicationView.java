package org.parindex.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.parindex.assessment.CorrectedPart;

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
	 * What one correction changed: one criterion of one unit, or its bonus or deduction.
	 *
	 * @param unitName the unit's name when corrected
	 * @param leafCode the corrected criterion's code ("3.3.4"); blank for a bonus or
	 * deduction
	 * @param oldPoints the criterion's (or the bonus's, the deduction's) points as the
	 * previous revision published them
	 * @param newPoints the points as this revision publishes them (0 to the criterion's
	 * maximum or the index set's cap)
	 * @param part what was corrected
	 * @param before the unit's total and rank as the previous revision published them
	 * (empty when they cannot be read: a revision stored without results)
	 * @param after the unit's total and rank as this revision publishes them (empty while
	 * the revision is being made)
	 */
	public record Correction(long unitId, String unitName, String leafCode, BigDecimal oldPoints, BigDecimal newPoints,
			CorrectedPart part, Optional<Standing> before, Optional<Standing> after) {

		/** A correction whose standings are not read yet. */
		public Correction(long unitId, String unitName, String leafCode, BigDecimal oldPoints, BigDecimal newPoints,
				CorrectedPart part) {
			this(unitId, unitName, leafCode, oldPoints, newPoints, part, Optional.empty(), Optional.empty());
		}

		/** A criterion's correction. */
		public Correction(long unitId, String unitName, String leafCode, BigDecimal oldPoints, BigDecimal newPoints) {
			this(unitId, unitName, leafCode, oldPoints, newPoints, CorrectedPart.CRITERION);
		}

		/** The same correction with the unit's standings before and after it. */
		Correction withStandings(Optional<Standing> was, Optional<Standing> is) {
			return new Correction(this.unitId, this.unitName, this.leafCode, this.oldPoints, this.newPoints, this.part,
					was, is);
		}

		/** Whether both standings are known, for the notices to name them. */
		public boolean standings() {
			return this.before.isPresent() && this.after.isPresent();
		}

		/**
		 * The message key of the public notice of the correction
		 * ({@code correction.notice}, {@code correction.notice.bonus}, …).
		 */
		public String noticeKey() {
			return criterion() ? "correction.notice" : "correction.notice." + partName();
		}

		/**
		 * The message key of the correction's line in the list of revisions
		 * ({@code publication.revision.correction}, {@code ….bonus}, …).
		 */
		public String revisionKey() {
			return criterion() ? "publication.revision.correction" : "publication.revision.correction." + partName();
		}

		private String partName() {
			return this.part.name().toLowerCase(java.util.Locale.ROOT);
		}

		/** Whether a criterion was corrected (else the bonus or the deduction). */
		public boolean criterion() {
			return this.part == CorrectedPart.CRITERION;
		}

	}

	/**
	 * A unit's published total and rank in one revision (issue 9, appr9 F20: a
	 * correction's notice names the old and the new).
	 *
	 * @param total the unit's total (points)
	 * @param rank its rank, 1 to {@code unitCount}
	 * @param unitCount the units ranked
	 */
	public record Standing(BigDecimal total, int rank, int unitCount) {

	}

}
