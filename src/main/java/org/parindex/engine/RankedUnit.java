package org.parindex.engine;

import java.math.BigDecimal;

/**
 * A unit's place in a ranking: {@code rank} of {@code unitCount}. Units whose totals are
 * equal under the tie rule share a rank; the next rank skips.
 */
public record RankedUnit(String unitKey, BigDecimal total, int rank, int unitCount) {

}
