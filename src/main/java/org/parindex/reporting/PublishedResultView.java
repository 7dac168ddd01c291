package org.parindex.reporting;

import java.math.BigDecimal;

/**
 * One unit's result as a revision published them (unrounded, as scored then).
 *
 * @param rank 1 to {@code unitCount}; units equal at the published precision share it
 * @param submitted false for a unit that never submitted its self-assessment (scored on
 * what was appraised, zero elsewhere; docs/scoring.md)
 */
public record PublishedResultView(long unitId, String unitName, BigDecimal appraisal, BigDecimal survey,
		BigDecimal bonus, BigDecimal deduction, BigDecimal total, int rank, int unitCount, boolean submitted) {

	/** The result of a unit that submitted. */
	public PublishedResultView(long unitId, String unitName, BigDecimal appraisal, BigDecimal survey, BigDecimal bonus,
			BigDecimal deduction, BigDecimal total, int rank, int unitCount) {
		this(unitId, unitName, appraisal, survey, bonus, deduction, total, rank, unitCount, true);
	}

}
