package org.parindex.survey;

/**
 * What keying in a paper sheet did.
 *
 * @param differences how many questions differ from the first entry (only for
 * {@link Kind#DIFFERENT})
 */
public record PaperEntryOutcome(Kind kind, PaperSheetView sheet, int differences) {

	/** What happened to the sheet. Message keys {@code survey.paper.outcome.*}. */
	public enum Kind {

		/** Its response is stored: single entry, or a second entry equal to the first. */
		COUNTED,

		/** The first of two entries is stored and waits for a second person. */
		FIRST_ENTRY,

		/** Its first entry was keyed again by the same person and replaced. */
		CORRECTED,

		/** The second entry differs from the first: nothing counts until resolved. */
		DIFFERENT;

		public String messageKey() {
			return "survey.paper.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
