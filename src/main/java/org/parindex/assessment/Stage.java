package org.parindex.assessment;

import java.util.Locale;

/**
 * The stages of a year's cycle, in order (DESIGN.md §4); message keys {@code stage.*}.
 */
public enum Stage {

	/** Tự đánh giá: units enter their self-assessment until its deadline. */
	SELF_ASSESSMENT,

	/** Thẩm định: appraisers work until their deadline. */
	APPRAISAL,

	/** Giải trình: units answer the appraisers' questions. */
	EXPLANATION,

	/** Hội đồng: the council reviews and approves. */
	COUNCIL,

	/** Chờ công bố: approved, waiting for the publication date. */
	AWAITING_PUBLICATION,

	/** Công bố: the publication date has come. */
	PUBLICATION;

	public String messageKey() {
		return "stage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
