package org.parindex.survey;

import java.util.Locale;

/**
 * Where a paper questionnaire stands in data entry. Message keys
 * {@code survey.paper.status.*}.
 */
public enum PaperSheetStatus {

	/** Keyed in once under double entry, waiting for a second, different person. */
	PENDING,

	/**
	 * Keyed in twice with different answers: nothing counts until someone resolves the
	 * differences question by question.
	 */
	DIFFERENT,

	/**
	 * Its response is stored (anonymously); the sheet keeps only its number, so that it
	 * cannot be counted again.
	 */
	COUNTED;

	public String messageKey() {
		return "survey.paper.status." + name().toLowerCase(Locale.ROOT);
	}

}
