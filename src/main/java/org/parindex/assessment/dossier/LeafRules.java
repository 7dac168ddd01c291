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
	 * An appraisal leaf to correct by its code as the PAR office typed it.
	 * @throws WorkflowException {@code assessment.correction.parent} naming the
	 * sub-criteria for a criterion that has them ("3.3": 3.3.1, 3.3.2, …), else
	 * {@code assessment.leaf.unknown}
	 */
	public Leaf correctableLeaf(String code) {
		if (!this.leaves.containsKey(code)) {
			java.util.List<String> children = this.leaves.keySet()
				.stream()
				.filter((leaf) -> leaf.startsWith(code + "."))
				.toList();
			if (!children.isEmpty()) {
				throw new WorkflowException("assessment.correction.parent", code, String.join(", ", children));
			}
		}
		return leaf(code);
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
