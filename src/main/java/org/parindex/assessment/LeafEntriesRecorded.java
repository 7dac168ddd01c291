package org.parindex.assessment;

/**
 * A unit's appraisal entries under an index set changed. Published inside the recording
 * transaction.
 */
public record LeafEntriesRecorded(long indexSetId, long unitId) {

}
