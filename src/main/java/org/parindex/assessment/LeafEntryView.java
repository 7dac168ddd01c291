package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.LeafInputs;
import org.parindex.engine.ScoreOverride;

/**
 * What was entered and appraised for one unit and appraisal leaf.
 *
 * @param inputs the rule's inputs by name
 * @param override the appraiser's score in place of the rule's, with its reason
 * @param appraisalComment the appraisers' internal comment: never published
 * @param version raised by every change, to detect concurrent edits
 * @param publicReason the public reason for a changed or lost score as the PAR office
 * reviewed it (empty while not reviewed, or when there is none): the only reason a
 * publication may print
 */
public record LeafEntryView(long unitId, String leafCode, Map<String, BigDecimal> inputs,
		Optional<ScoreOverride> override, String appraisalComment, int version, String publicReason) {

	public LeafEntryView {
		inputs = Map.copyOf(inputs);
	}

	/**
	 * The override as a publication shows it: the score in force, with the reviewed
	 * public reason in place of the stored one.
	 */
	public Optional<ScoreOverride> publishedOverride() {
		return this.override.map((o) -> new ScoreOverride(o.points(), this.publicReason));
	}

	/** The entry as the engine scores it. */
	public LeafInputs toLeafInputs() {
		return new LeafInputs(this.inputs, this.override);
	}

}
