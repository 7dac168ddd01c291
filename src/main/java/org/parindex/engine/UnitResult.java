package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unit's result under one index set, unrounded: the tree with points per node, the
 * component totals, the bonus and deduction ledgers, the total
 * ({@code appraisal + survey + min(bonus, cap) − min(deduction, cap)}), the index % and
 * the classification.
 *
 * @param areas the results of the tree's areas, in order
 * @param components the points of each component of the index set
 * @param classification the code of the classification band, empty below the lowest band
 */
public record UnitResult(String unitKey, List<NodeResult> areas, Map<Component, BigDecimal> components,
		Adjustment bonus, Adjustment deduction, BigDecimal total, BigDecimal totalMax,
		Optional<String> classification) {

	public UnitResult {
		areas = List.copyOf(areas);
		components = Map.copyOf(components);
	}

	/** The component's points (zero for a component the set does not have). */
	public BigDecimal component(Component component) {
		return this.components.getOrDefault(component, BigDecimal.ZERO);
	}

	/**
	 * The component's points before conversion: the sum of its leaves' points. Equals
	 * {@link #component} unless nodes of the component do not apply to the unit.
	 */
	public BigDecimal achieved(Component component) {
		BigDecimal sum = BigDecimal.ZERO;
		for (NodeResult leaf : leaves()) {
			if (((Leaf) leaf.node()).component() == component) {
				sum = sum.add(leaf.points());
			}
		}
		return sum;
	}

	/** The sum of the maxima of the component's leaves that apply to the unit. */
	public BigDecimal applicableMax(Component component) {
		BigDecimal sum = BigDecimal.ZERO;
		for (NodeResult leaf : leaves()) {
			if (((Leaf) leaf.node()).component() == component) {
				sum = sum.add(leaf.applicableMax());
			}
		}
		return sum;
	}

	/**
	 * Whether the component's points were converted to the set's scale because some of
	 * its leaves do not apply to the unit.
	 */
	public boolean converted(Component component) {
		for (NodeResult leaf : leaves()) {
			if (leaf.notApplicable() && ((Leaf) leaf.node()).component() == component) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The highest nodes that do not apply to the unit, in tree order (an area rather than
	 * each of its criteria).
	 */
	public List<NodeResult> notApplicable() {
		List<NodeResult> found = new ArrayList<>();
		collectNotApplicable(this.areas, found);
		return found;
	}

	private static void collectNotApplicable(List<NodeResult> nodes, List<NodeResult> found) {
		for (NodeResult node : nodes) {
			if (node.notApplicable()) {
				found.add(node);
			}
			else {
				collectNotApplicable(node.children(), found);
			}
		}
	}

	/** Total over total maximum, × 100. */
	public BigDecimal indexPercent() {
		return Points.percent(this.total, this.totalMax);
	}

	/** The leaf results in tree order. */
	public List<NodeResult> leaves() {
		List<NodeResult> leaves = new ArrayList<>();
		collect(this.areas, leaves);
		return leaves;
	}

	/** Leaves at maximum and leaves that lost points, by level, for one component. */
	public LeafStatistics statistics(Component component) {
		Tally criteria = new Tally();
		Tally subCriteria = new Tally();
		tally(this.areas, component, criteria, subCriteria);
		return new LeafStatistics(component, criteria.count(), subCriteria.count());
	}

	private static void tally(List<NodeResult> nodes, Component component, Tally criteria, Tally subCriteria) {
		for (NodeResult node : nodes) {
			if (node.notApplicable()) {
				continue;
			}
			if (node.node() instanceof Leaf leaf) {
				if (leaf.component() == component) {
					((leaf.level() == Level.SUB_CRITERION) ? subCriteria : criteria).add(node);
				}
			}
			else {
				tally(node.children(), component, criteria, subCriteria);
			}
		}
	}

	/** Counts and sums the leaves of one level. */
	private static final class Tally {

		private int atMaximum;

		private int losingPoints;

		private BigDecimal achieved = BigDecimal.ZERO;

		private BigDecimal lost = BigDecimal.ZERO;

		void add(NodeResult leaf) {
			if (leaf.atMaximum()) {
				this.atMaximum++;
			}
			else {
				this.losingPoints++;
				this.lost = this.lost.add(leaf.lostPoints());
			}
			this.achieved = this.achieved.add(leaf.points());
		}

		LeafStatistics.LevelCount count() {
			return new LeafStatistics.LevelCount(this.atMaximum, this.losingPoints, this.achieved, this.lost);
		}

	}

	private static void collect(List<NodeResult> nodes, List<NodeResult> leaves) {
		for (NodeResult node : nodes) {
			if (node.isLeaf()) {
				leaves.add(node);
			}
			else {
				collect(node.children(), leaves);
			}
		}
	}

}
