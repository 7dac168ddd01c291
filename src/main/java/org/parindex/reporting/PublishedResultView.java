package org.parindex.reporting;

import java.math.BigDecimal;

/** One unit's result as a revision published it (unrounded, as scored then). */
public record PublishedResultView(long unitId, String unitName, BigDecimal appraisal, BigDecimal survey,
		BigDecimal bonus, BigDecimal deduction, BigDecimal total, int rank, int unitCount) {

}
