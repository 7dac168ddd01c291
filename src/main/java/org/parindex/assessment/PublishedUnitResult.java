package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A unit's result as the PAR office published it, for the unit's own dossier page (issue
 * 9, F18/F19). Points are unrounded; pages write them at {@code places}.
 *
 * @param revision the published revision shown (1 for the publication, more after
 * corrections)
 * @param publishedAt when that revision was published
 * @param scorecardLink the unit's public scorecard of the year
 * @param submitted false for a unit that never submitted its self-assessment (scored on
 * what was appraised, zero elsewhere; docs/scoring.md)
 * @param rankLabel the rank written in the index set's rank label style ({@code 06/17})
 * @param places the index set's published precision (0 to 6)
 * @param parts the total's parts, in the order the scorecard shows them
 * @param lost the appraisal criteria that lost points, in the tree's order, each with the
 * public reason as published
 */
public record PublishedUnitResult(int revision, Instant publishedAt, String scorecardLink, boolean submitted,
		BigDecimal total, BigDecimal totalMax, String rankLabel, int places, List<Part> parts,
		List<LostCriterion> lost) {

	public PublishedUnitResult {
		parts = List.copyOf(parts);
		lost = List.copyOf(lost);
	}

	/** The criteria among {@link #lost()} that scored zero. */
	public long zeroScored() {
		return this.lost.stream().filter(LostCriterion::zero).count();
	}

	/**
	 * A part of the total: appraisal, survey, bonus or deduction.
	 *
	 * @param messageKey the part's name ({@code dossier.published.part.*})
	 * @param points the points counted (bonus and deduction after their caps)
	 * @param max the part's maximum or cap (points)
	 */
	public record Part(String messageKey, BigDecimal points, BigDecimal max) {

	}

	/**
	 * An appraisal criterion (a leaf) that lost points in the published result.
	 *
	 * @param code the leaf's code ({@code 3.3.4})
	 * @param name its name in the page's language
	 * @param points the points published
	 * @param max the maximum applicable to the unit (points)
	 * @param reason the public reason for the lost points as published (reviewed by the
	 * PAR office; never the appraiser's working comment); empty when none was published
	 * @param statusKey why a criterion scored without being appraised (the message key of
	 * "not entered" or "not counted: the unit did not submit"); empty when it was scored
	 */
	public record LostCriterion(String code, String name, BigDecimal points, BigDecimal max, String reason,
			String statusKey) {

		/** Scored zero. */
		public boolean zero() {
			return this.points.signum() == 0;
		}

	}

}
