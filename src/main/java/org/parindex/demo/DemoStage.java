package org.parindex.demo;

import java.util.Locale;

/**
 * The stages the demo's year in progress can be moved to, in the order of a year
 * ({@code docs/workflow.md}); message keys {@code demo.stage.*}. Moving to a stage also
 * does, as the users would have, what the stages before it leave done.
 */
public enum DemoStage {

	/** Tự đánh giá: units enter and submit; deadlines three weeks ahead. */
	SELF_ASSESSMENT,

	/**
	 * Thẩm định vòng 1: the self-assessment deadline has passed (unsubmitted dossiers
	 * lock); appraisers score round 1.
	 */
	APPRAISAL,

	/**
	 * Giải trình: the appraiser has scored round 1 of every handed-in dossier; units
	 * answer the questions.
	 */
	EXPLANATION,

	/**
	 * Thẩm định vòng 2: the units have answered and the explanation deadline has passed;
	 * appraisers give the final scores.
	 */
	ROUND_2,

	/**
	 * Hội đồng: the appraiser has finalised every criterion asked about and the survey
	 * points computed from the responses are recorded; the council decides and approves.
	 */
	COUNCIL,

	/** Công bố: the council has approved and the PAR office has published the year. */
	PUBLICATION;

	public String messageKey() {
		return "demo.stage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
