package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node's points for one unit, mirroring the tree: a leaf's points come from its rule
 * (or override), a branch's are the sum of its children's. Nothing is rounded.
 *
 * @param status how a leaf's points came about; {@code null}-free: branches report
 * {@link LeafStatus#COMPUTED}
 * @param problems why a leaf is {@link LeafStatus#INVALID}
 */
public record NodeResult(Node node, BigDecimal points, LeafStatus status, List<Problem> problems,
		List<NodeResult> children) {

	public NodeResult {
		problems = List.copyOf(problems);
		children = List.copyOf(children);
	}

	public String code() {
		return this.node.code();
	}

	public BigDecimal maxPoints() {
		return this.node.maxPoints();
	}

	/**
	 * Points lost: applicable maximum minus points achieved (none where not applicable).
	 */
	public BigDecimal lostPoints() {
		return applicableMax().subtract(this.points);
	}

	/**
	 * The maximum of what applies to the unit: the node's maximum, zero for a node not
	 * applicable, a branch's the sum of its children's.
	 */
	public BigDecimal applicableMax() {
		if (this.status == LeafStatus.NOT_APPLICABLE) {
			return BigDecimal.ZERO;
		}
		if (this.children.isEmpty()) {
			return this.node.maxPoints();
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (NodeResult child : this.children) {
			sum = sum.add(child.applicableMax());
		}
		return sum;
	}

	/** The node does not apply to the unit. */
	public boolean notApplicable() {
		return this.status == LeafStatus.NOT_APPLICABLE;
	}

	public boolean isLeaf() {
		return this.node instanceof Leaf;
	}

	public boolean atMaximum() {
		return this.status != LeafStatus.NOT_APPLICABLE && this.points.compareTo(this.node.maxPoints()) >= 0;
	}

}
