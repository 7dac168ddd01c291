package org.parindex.assessment.dossier;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.parindex.assessment.WorkflowException;
import org.parindex.engine.Evaluation;
import org.parindex.engine.Leaf;

/**
 * What a dossier needs of its year's index set: the appraisal leaves in tree order with
 * their rules, each leaf's area, and the evidence each leaf requires.
 *
 * @param leaves the appraisal leaves by code, in tree order
 * @param areas each appraisal leaf's area code
 * @param requiredEvidence what evidence the index set names for a leaf (blank: none)
 */
public record LeafRules(Map<String, Leaf> leaves, Map<String, String> areas, Map<String, String> requiredEvidence) {

	public LeafRules {
		leaves = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(leaves));
		areas = Map.copyOf(areas);
		requiredEvidence = Map.copyOf(requiredEvidence);
	}

	/**
	 * An appraisal leaf of the set.
	 * @throws WorkflowException {@code assessment.leaf.unknown} for any other code
	 */
	public Leaf leaf(String code) {
		Leaf leaf = this.leaves.get(code);
		if (leaf == null) {
			throw new WorkflowException("assessment.leaf.unknown", code);
		}
		return leaf;
	}

	/**
	 * The rule's score for the unit's inputs (points), empty when they cannot be scored.
	 */
	public Optional<BigDecimal> selfPoints(String code, Map<String, BigDecimal> inputs) {
		Leaf leaf = this.leaves.get(code);
		if (inputs.isEmpty() || leaf == null) {
			return Optional.empty();
		}
		Evaluation evaluation = leaf.rule().evaluate(code, leaf.maxPoints(), inputs);
		return evaluation.valid() ? Optional.of(evaluation.points()) : Optional.empty();
	}

	/** The evidence the index set requires for a leaf; blank when none. */
	public String requiredEvidence(String code) {
		return this.requiredEvidence.getOrDefault(code, "");
	}

}
