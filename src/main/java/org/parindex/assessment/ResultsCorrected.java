package org.parindex.assessment;

/**
 * A leaf's final score of a published year was corrected, with a reason. Published inside
 * the correcting transaction; the publication publishes the next revision of the year's
 * results on hearing it.
 *
 * @param reason why, as the PAR office gave it
 * @param by who corrected it
 */
public record ResultsCorrected(long indexSetId, long unitId, String leafCode, String reason, String by) {

}
