package org.parindex.assessment;

/**
 * A bonus or deduction entry was recorded. Published inside the recording transaction.
 */
public record AdjustmentRecorded(long indexSetId, long unitId, AdjustmentKind kind) {

}
