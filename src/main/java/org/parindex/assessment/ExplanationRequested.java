package org.parindex.assessment;

import java.time.Instant;
import java.util.List;

/**
 * Appraisers asked a unit to explain criteria in round 1 (new or changed questions of one
 * save); the unit answers until {@code explanationUntil}. Published in the transaction of
 * the save, after the dossier is saved.
 *
 * @param leafCodes the criteria asked about in this save, in tree order
 * @param at when the questions were saved
 */
public record ExplanationRequested(long cycleId, int year, long unitId, List<String> leafCodes,
		Instant explanationUntil, Instant at) {

	public ExplanationRequested {
		leafCodes = List.copyOf(leafCodes);
	}

}
