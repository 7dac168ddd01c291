package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.LeafStatus;
import org.parindex.engine.ScoreOverride;

/**
 * One unit's results as a revision published them: the totals and rank, the bonus and
 * deduction claimed, the classification, and every node's points (unrounded).
 *
 * @param bonusClaimed the bonus points of its approved entries before the cap
 * @param nodes the tree's nodes, empty when only the totals were read
 */
record PublishedUnit(PublishedResultView result, BigDecimal bonusClaimed, BigDecimal deductionClaimed,
		Optional<String> classification, List<Node> nodes) {

	PublishedUnit {
		nodes = List.copyOf(nodes);
	}

	/**
	 * A node's points for the unit; for a leaf also the score in force when it differs
	 * from the rule's, the appraisal comment and the inputs; for a survey leaf whose
	 * answers came partly from survey contractors' tables, the contractors' names as
	 * published ({@code surveyContractors}, "; " between names; empty otherwise, and in
	 * revisions published before names were kept). For a leaf scored from figures that
	 * the PAR office corrected after publication, {@code correctedInputs} are the figures
	 * its corrected points follow from by the rule ({@code inputs} stay the unit's own);
	 * empty otherwise (issue 9).
	 */
	record Node(String code, BigDecimal points, LeafStatus status, Optional<ScoreOverride> override, String comment,
			Map<String, BigDecimal> inputs, String surveyContractors, Map<String, BigDecimal> correctedInputs) {

		/**
		 * Prefix of a corrected figure's name where a revision stores it beside the
		 * unit's own ({@code corrected.actual}).
		 */
		static final String CORRECTED = "corrected.";

		Node {
			inputs = Map.copyOf(inputs);
			correctedInputs = Map.copyOf(correctedInputs);
		}

		/** A node whose figures were not corrected. */
		Node(String code, BigDecimal points, LeafStatus status, Optional<ScoreOverride> override, String comment,
				Map<String, BigDecimal> inputs, String surveyContractors) {
			this(code, points, status, override, comment, inputs, surveyContractors, Map.of());
		}

		/** A node without survey contractors. */
		Node(String code, BigDecimal points, LeafStatus status, Optional<ScoreOverride> override, String comment,
				Map<String, BigDecimal> inputs) {
			this(code, points, status, override, comment, inputs, "");
		}

		/**
		 * The figures shown beside the node's points: the corrected ones where the PAR
		 * office corrected them, else the unit's own.
		 */
		Map<String, BigDecimal> shownInputs() {
			return this.correctedInputs.isEmpty() ? this.inputs : this.correctedInputs;
		}

	}

}
