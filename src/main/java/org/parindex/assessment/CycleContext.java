package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Component;
import org.parindex.engine.Evaluation;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.NodeView;

/**
 * A cycle with its index set, read once per request: the appraisal leaves in tree order,
 * each leaf's area, and the council's approval.
 */
record CycleContext(CycleView cycle, IndexSetView set, Map<String, Leaf> leaves, Map<String, String> areas,
		Optional<WorkflowRepository.Approval> approval) {

	static CycleContext of(CycleView cycle, IndexSetView set, Optional<WorkflowRepository.Approval> approval) {
		Map<String, Leaf> leaves = new LinkedHashMap<>();
		for (Leaf leaf : set.definition().leaves()) {
			if (leaf.component() == Component.APPRAISAL) {
				leaves.put(leaf.code(), leaf);
			}
		}
		Map<String, NodeView> nodes = new LinkedHashMap<>();
		set.nodes().forEach((node) -> nodes.put(node.code(), node));
		Map<String, String> areas = new LinkedHashMap<>();
		for (String code : leaves.keySet()) {
			NodeView node = nodes.get(code);
			while (node != null && node.parentCode().isPresent()) {
				node = nodes.get(node.parentCode().get());
			}
			areas.put(code, (node != null) ? node.code() : code);
		}
		return new CycleContext(cycle, set, leaves, areas, approval);
	}

	Leaf leaf(String code) {
		Leaf leaf = this.leaves.get(code);
		if (leaf == null) {
			throw new WorkflowException("assessment.leaf.unknown", code);
		}
		return leaf;
	}

	/** The rule's score for the unit's inputs, empty when they cannot be scored. */
	Optional<BigDecimal> selfPoints(String code, Map<String, BigDecimal> inputs) {
		if (inputs.isEmpty()) {
			return Optional.empty();
		}
		Leaf leaf = this.leaves.get(code);
		if (leaf == null) {
			return Optional.empty();
		}
		Evaluation evaluation = leaf.rule().evaluate(code, leaf.maxPoints(), inputs);
		return evaluation.valid() ? Optional.of(evaluation.points()) : Optional.empty();
	}

	/** The required evidence the index set names for a leaf (blank: none named). */
	String requiredEvidence(String code) {
		return this.set.node(code).map(NodeView::evidence).orElse("");
	}

	boolean approved() {
		return this.approval.isPresent();
	}

	/** The areas in tree order. */
	List<NodeView> areaNodes() {
		return this.set.nodes().stream().filter((node) -> node.parentCode().isEmpty()).toList();
	}

}
