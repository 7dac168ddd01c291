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
 * @param appraisalComment the appraisers' comment (the reason points were lost)
 * @param version raised by every change, to detect concurrent edits
 */
public record LeafEntryView(long unitId, String leafCode, Map<String, BigDecimal> inputs,
		Optional<ScoreOverride> override, String appraisalComment, int version) {

	public LeafEntryView {
		inputs = Map.copyOf(inputs);
	}

	/** The entry as the engine scores it. */
	public LeafInputs toLeafInputs() {
		return new LeafInputs(this.inputs, this.override);
	}

}
