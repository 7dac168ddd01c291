package org.parindex.survey;

/**
 * A unit's survey results under an index set changed. Published inside the recording
 * transaction.
 */
public record SurveyResultsRecorded(long indexSetId, long unitId) {

}
