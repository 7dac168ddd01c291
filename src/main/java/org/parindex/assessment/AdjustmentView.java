package org.parindex.assessment;

import java.math.BigDecimal;

/** A bonus or deduction entry of a unit, with its reason. */
public record AdjustmentView(long id, long unitId, AdjustmentKind kind, BigDecimal points, String reason) {

}
