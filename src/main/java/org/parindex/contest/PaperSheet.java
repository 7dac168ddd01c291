package org.parindex.contest;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A paper sheet that does not count yet (double entry, issue 11 item 4): keyed once and
 * waiting for a second account, or keyed twice with differences for the committee.
 *
 * @param sheetNumber the number written on the sheet, unique in the contest
 * @param roundId the round the sheet was keyed for
 * @param roundName its name
 * @param firstBy the account that keyed it first
 * @param firstAt when
 * @param first what it keyed
 * @param secondBy the account that keyed it second, {@code null} while it waits for one
 * @param second what it keyed, {@code null} while it waits
 * @param differences the fields on which the two keyings differ (components of
 * {@link PaperEntry}, in the form's order); empty while it waits
 */
public record PaperSheet(String sheetNumber, long roundId, String roundName, String firstBy, Instant firstAt,
		PaperEntry first, @Nullable String secondBy, @Nullable PaperEntry second, List<String> differences) {

	/** Whether the sheet was keyed twice and waits for the committee. */
	public boolean different() {
		return this.second != null;
	}

}
