package org.parindex.survey;

/**
 * A question of a form copied from another year that no longer scores a leaf: its leaf is
 * not a survey leaf of the new index set, so it was copied unlinked (as a demographic
 * question) and waits for the survey staff to link it again or leave it. Cleared when the
 * form is saved again.
 *
 * @param formId the copied form
 * @param questionCode the question's code within the form
 * @param formerLeafCode the leaf it scored in the set it was copied from
 */
public record SurveyFormReview(long formId, String questionCode, String formerLeafCode) {

}
