package org.parindex.survey;

/**
 * Responses about a unit were stored under a form of an index set. Published inside the
 * storing transaction.
 */
public record SurveyResponsesRecorded(long indexSetId, long formId, long unitId) {

}
