package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parindex.engine.Branch;
import org.parindex.engine.ClassBand;
import org.parindex.engine.Component;
import org.parindex.engine.IndexSet;
import org.parindex.engine.Leaf;
import org.parindex.engine.Node;
import org.parindex.engine.TieRule;

/** Builds the engine's {@link IndexSet} from stored or drafted nodes in tree order. */
final class TreeBuilder {

	private TreeBuilder() {
	}

	/**
	 * The engine's index set. Nodes with children become branches, nodes with a component
	 * and rule become leaves, and a node with neither becomes an empty branch for the
	 * validator to report. Rules must parse ({@link RuleNotation#parse}).
	 */
	static IndexSet build(List<NodeView> nodes, Map<Component, BigDecimal> componentMaxima, BigDecimal bonusCap,
			BigDecimal deductionCap, List<ClassBandView> classes, int tiePlaces) {
		Map<String, List<NodeView>> children = new LinkedHashMap<>();
		List<NodeView> roots = new ArrayList<>();
		for (NodeView node : nodes) {
			if (node.parentCode().isPresent()) {
				children.computeIfAbsent(node.parentCode().get(), (code) -> new ArrayList<>()).add(node);
			}
			else {
				roots.add(node);
			}
		}
		List<Node> areas = new ArrayList<>(roots.size());
		for (NodeView root : roots) {
			areas.add(node(root, children));
		}
		List<ClassBand> bands = classes.stream().map((band) -> new ClassBand(band.minPercent(), band.code())).toList();
		return new IndexSet(componentMaxima, bonusCap, deductionCap, areas, bands, new TieRule(tiePlaces));
	}

	private static Node node(NodeView view, Map<String, List<NodeView>> children) {
		List<NodeView> own = children.getOrDefault(view.code(), List.of());
		if (own.isEmpty() && view.isLeaf()) {
			return new Leaf(view.code(), view.level(), view.maxPoints(), view.component().orElseThrow(),
					RuleNotation.parse(view.rule().orElseThrow()));
		}
		List<Node> kids = new ArrayList<>(own.size());
		for (NodeView child : own) {
			kids.add(node(child, children));
		}
		return new Branch(view.code(), view.level(), view.maxPoints(), kids);
	}

}
