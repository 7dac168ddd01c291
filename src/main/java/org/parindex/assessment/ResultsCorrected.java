package org.parindex.assessment;

/**
 * A unit's published result was corrected, with a reason: a leaf's final score, its bonus
 * or its deduction. Published inside the correcting transaction; the publication
 * publishes the next revision of the year's results on hearing it.
 *
 * @param part what was corrected
 * @param leafCode the corrected criterion's code; blank for a bonus or deduction
 * @param reason why, as the PAR office gave it
 * @param by who corrected it
 */
public record ResultsCorrected(long indexSetId, long unitId, CorrectedPart part, String leafCode, String reason,
		String by) {

}
