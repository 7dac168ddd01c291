package org.parindex.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A unit answered (or added files to) the appraisers' questions on some criteria in one
 * save; the appraisers of those criteria's areas give the round-2 score after it.
 * Published in the transaction of the save, after the dossier is saved.
 *
 * @param leafCodes the criteria answered in this save, in the form's order
 * @param at when the answers were saved
 */
public record ExplanationAnswered(long cycleId, int year, long indexSetId, long unitId, List<String> leafCodes,
		Instant at) {

	public ExplanationAnswered {
		leafCodes = List.copyOf(leafCodes);
	}

}
