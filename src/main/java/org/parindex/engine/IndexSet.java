package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine needs of an index set (bộ chỉ số) of one year and unit group: the
 * components and their maxima, the bonus and deduction caps, the criteria tree, the
 * classification bands and the tie rule. Check it with {@link IndexSetValidator}.
 *
 * @param componentMaxima declared maximum of each component used by the leaves (district
 * 2021: appraisal 64, survey 30)
 * @param bonusCap the most bonus points that count (6)
 * @param deductionCap the most deduction points that count (8)
 * @param areas the top of the tree, in order
 * @param classification bands in ascending order of their thresholds
 * @param tieRule how equal totals are recognised
 */
public record IndexSet(Map<Component, BigDecimal> componentMaxima, BigDecimal bonusCap, BigDecimal deductionCap,
		List<Node> areas, List<ClassBand> classification, TieRule tieRule) {

	public IndexSet {
		componentMaxima = Map.copyOf(componentMaxima);
		areas = List.copyOf(areas);
		classification = List.copyOf(classification);
	}

	/**
	 * The maximum total: the components' maxima plus the bonus cap (64 + 30 + 6 = 100).
	 * The index % is the total over this.
	 */
	public BigDecimal totalMax() {
		return this.componentMaxima.values().stream().reduce(this.bonusCap, BigDecimal::add);
	}

	/** The leaves in tree order. */
	public List<Leaf> leaves() {
		List<Leaf> leaves = new ArrayList<>();
		collectLeaves(this.areas, leaves);
		return leaves;
	}

	/** The sum of the leaves' maxima per component. */
	public Map<Component, BigDecimal> leafMaxima() {
		Map<Component, BigDecimal> sums = new EnumMap<>(Component.class);
		for (Leaf leaf : leaves()) {
			sums.merge(leaf.component(), leaf.maxPoints(), BigDecimal::add);
		}
		return sums;
	}

	private static void collectLeaves(List<Node> nodes, List<Leaf> leaves) {
		for (Node node : nodes) {
			if (node instanceof Leaf leaf) {
				leaves.add(leaf);
			}
			else if (node instanceof Branch branch) {
				collectLeaves(branch.children(), leaves);
			}
		}
	}

}
