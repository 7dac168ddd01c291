package org.parindex.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parindex.assessment.cycle.Cycle;
import org.parindex.assessment.dossier.LeafRules;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.NodeView;

/**
 * A cycle aggregate with its index set, read once per request, and what the dossiers need
 * of the set: the appraisal leaves in tree order, each leaf's area and required evidence.
 */
record CycleContext(Cycle cycle, IndexSetView set, LeafRules rules) {

	static CycleContext of(Cycle cycle, IndexSetView set) {
		Map<String, Leaf> leaves = new LinkedHashMap<>();
		for (Leaf leaf : set.definition().leaves()) {
			if (leaf.component() == Component.APPRAISAL) {
				leaves.put(leaf.code(), leaf);
			}
		}
		Map<String, NodeView> nodes = new LinkedHashMap<>();
		set.nodes().forEach((node) -> nodes.put(node.code(), node));
		Map<String, String> areas = new LinkedHashMap<>();
		Map<String, String> evidence = new LinkedHashMap<>();
		for (String code : leaves.keySet()) {
			NodeView node = nodes.get(code);
			evidence.put(code, (node != null) ? node.evidence() : "");
			while (node != null && node.parentCode().isPresent()) {
				node = nodes.get(node.parentCode().get());
			}
			areas.put(code, (node != null) ? node.code() : code);
		}
		return new CycleContext(cycle, set, new LeafRules(leaves, areas, evidence));
	}

	CycleView view() {
		return this.cycle.view();
	}

	/** The areas in tree order. */
	List<NodeView> areaNodes() {
		return this.set.nodes().stream().filter((node) -> node.parentCode().isEmpty()).toList();
	}

}
