package org.parindex.engine;

import java.math.BigDecimal;

/**
 * A bonus or deduction ledger for one unit: the points of its entries, the cap, and the
 * points that count ({@code min(claimed, cap)}).
 */
public record Adjustment(BigDecimal claimed, BigDecimal cap) {

	/** The points that count towards the total. */
	public BigDecimal applied() {
		return this.claimed.min(this.cap);
	}

}
