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

	/** Points lost: maximum minus points achieved. */
	public BigDecimal lostPoints() {
		return this.node.maxPoints().subtract(this.points);
	}

	public boolean isLeaf() {
		return this.node instanceof Leaf;
	}

	public boolean atMaximum() {
		return this.points.compareTo(this.node.maxPoints()) >= 0;
	}

}
