package org.parindex.engine;

import java.math.BigDecimal;

/**
 * The leaves of one component of a unit's result, split into criterion-level leaves
 * (criteria without sub-criteria) and sub-criteria: how many reached their maximum, how
 * many lost points, and the points achieved and lost. For the appraisal part these are
 * the figures of the district report: "20 tiêu chí, 27 tiêu chí thành phần đạt điểm tối
 * đa … 01 tiêu chí, 17 tiêu chí thành phần mất điểm".
 */
public record LeafStatistics(Component component, LevelCount criteria, LevelCount subCriteria) {

	/** Points achieved over all leaves of the component. */
	public BigDecimal achieved() {
		return this.criteria.achieved().add(this.subCriteria.achieved());
	}

	/** Points lost over all leaves of the component. */
	public BigDecimal lost() {
		return this.criteria.lost().add(this.subCriteria.lost());
	}

	/** The component's maximum: achieved plus lost. */
	public BigDecimal max() {
		return achieved().add(lost());
	}

	public int leavesAtMaximum() {
		return this.criteria.atMaximum() + this.subCriteria.atMaximum();
	}

	public int leavesLosingPoints() {
		return this.criteria.losingPoints() + this.subCriteria.losingPoints();
	}

	/** Counts and points for the leaves of one level. */
	public record LevelCount(int atMaximum, int losingPoints, BigDecimal achieved, BigDecimal lost) {

		public static final LevelCount NONE = new LevelCount(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

	}

}
