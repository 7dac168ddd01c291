package org.parindex.assessment;

/**
 * The criteria not applicable to a unit under an index set changed: its results are to be
 * computed again. Published inside the changing transaction.
 */
public record NotApplicableChanged(long indexSetId, long unitId) {

}
