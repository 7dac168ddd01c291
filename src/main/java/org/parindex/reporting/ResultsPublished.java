package org.parindex.reporting;

import java.time.Instant;
import java.util.List;

import org.parindex.engine.RankLabel;

/**
 * A year's results were published (revision 1) and kept: announced in the publishing
 * transaction after the results are stored, so that listeners read the published figures
 * (the notification module mails each participating unit its total and rank, issue 9,
 * #15). Unlike {@link org.parindex.methodology.YearPublished}, which is announced before
 * the results are kept (it freezes the index set first), this one carries them.
 *
 * @param indexSetId the year's index set
 * @param unitGroupId the set's unit group (for the scorecards' paths)
 * @param year the year measured
 * @param at when the results were published (a year taken over from the province's
 * decisions is published as of that past day)
 * @param places the set's published precision (decimals of totals)
 * @param rankLabel how the set writes ranks ({@code 06/17})
 * @param results every participating unit's published result
 */
public record ResultsPublished(long indexSetId, long unitGroupId, int year, Instant at, int places, RankLabel rankLabel,
		List<PublishedResultView> results) {

	public ResultsPublished {
		results = List.copyOf(results);
	}

}
