package org.parindex.contest;

import java.util.List;
import java.util.Optional;

/**
 * What keying a paper sheet did ({@link ContestPaperService#key}).
 *
 * @param outcome stored (counts), held for a second keying, or keyed twice with
 * differences the committee must resolve
 * @param sheetNumber the sheet number keyed, empty for a sheet keyed without one
 * @param saved what was stored, present only when the outcome is {@link Outcome#STORED}
 * @param differences the fields (names of {@link PaperEntry}'s components) on which the
 * two keyings differ, in the form's order; empty unless {@link Outcome#DIFFERENT}
 */
public record PaperKeying(Outcome outcome, String sheetNumber, Optional<PaperEntrySaved> saved,
		List<String> differences) {

	/** What became of a keyed sheet. */
	public enum Outcome {

		/** Stored as a paper attempt: scored and ranked. */
		STORED,

		/**
		 * First keying of a contest with double entry: held until a second account keys
		 * it.
		 */
		HELD,

		/** Keyed twice with differences: held until the committee resolves them. */
		DIFFERENT

	}

}
