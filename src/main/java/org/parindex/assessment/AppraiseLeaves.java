package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.parindex.platform.Label;

/**
 * Appraisers' scores for some leaves of a unit: round 1 (with an optional question that
 * asks the unit to explain) or round 2 (the final score). A public reason is required
 * whenever the score differs from the self-score; the comment is internal. In round 2 a
 * leaf is finalized only when its score, comment or reason changed, or when it is
 * confirmed as it stands (docs/workflow.md, "Round 2").
 */
public record AppraiseLeaves(long cycleId, long unitId, Round round, List<@Valid LeafScore> leaves) {

	/** Characters of a public reason at most ({@code assessment_leaf_entry}). */
	public static final int REASON_MAX = 2000;

	/** Characters of an internal comment at most. */
	public static final int COMMENT_MAX = 4000;

	/** Characters of a round-1 question at most. */
	public static final int QUESTION_MAX = 2000;

	public AppraiseLeaves {
		leaves = List.copyOf(leaves);
	}

	/** Which round the scores belong to. */
	public enum Round {

		ROUND1, ROUND2

	}

	/**
	 * @param points the appraised score, 0 to the leaf's maximum with at most 4 decimals
	 * ({@code numeric(9, 4)}), checked against the leaf by the dossier so that a refusal
	 * names the leaf's maximum ({@code assessment.points.*}); empty leaves the leaf
	 * unscored in this round
	 * @param comment the appraisers' internal comment (appraisers, council and PAR office
	 * read it; never the unit nor the public), at most 4,000 characters
	 * @param reason the public reason for a changed or lost score: the unit reads it, and
	 * the publication prints it once the PAR office has reviewed it; at most 2,000
	 * characters
	 * @param question round 1 only: what the unit must explain; blank for none
	 * @param confirmed round 2 only: finalize the score in force (round 1's, else the
	 * self-score) even though nothing was changed
	 * @param version the leaf's version when the form was loaded
	 */
	public record LeafScore(@NotBlank @Size(max = 40) String leafCode,
			@Label("appraisal.points") Optional<BigDecimal> points,
			@Label("appraisal.internal") @NotNull @Size(max = 4000, message = "{bounds.text.max}") String comment,
			@Label("appraisal.reason") @NotNull @Size(max = 2000, message = "{bounds.text.max}") String reason,
			@Label("appraisal.question") @NotNull @Size(max = 2000, message = "{bounds.text.max}") String question,
			boolean confirmed, int version) {

	}

}
