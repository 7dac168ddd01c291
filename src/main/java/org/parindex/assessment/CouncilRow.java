package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One unit in the council's table: appraisal points as the unit scored itself, after
 * round 1 and as finally appraised, and where the rounds stand.
 *
 * @param differing leaves whose appraised score differs from the self-score; for a unit
 * that never submitted, also each drafted leaf that counts 0 because nobody appraised it
 * @param flagged leaves the appraisers asked the unit to explain
 * @param answered flagged leaves the unit has answered
 * @param finalized leaves scored in round 2 (or by the council)
 * @param pendingFlags flagged leaves not yet finalized: the council must resolve them
 */
public record CouncilRow(long unitId, DossierStatus status, BigDecimal self, BigDecimal round1, BigDecimal appraised,
		int differing, int flagged, int answered, int finalized, int pendingFlags) {

	/**
	 * The appraisers changed the score of at least one criterion (a self-score accepted
	 * at the points column's precision is no change, though the sums may then differ in
	 * the fifth decimal).
	 */
	public boolean changed() {
		return this.differing > 0;
	}

	/**
	 * What is overdue for the unit at a stage of an unpublished year, as message keys
	 * ({@code dashboard.overdue.*}), in workflow order: the self-assessment once its
	 * deadline passed without a submission (locked, or still editable past the
	 * self-assessment stage); the explanation once the explanation stage ended with
	 * questions unanswered; the council's decision once the council stage ended with
	 * flagged leaves not finalised. Nothing once the year is published. The cycle's
	 * progress page and its workbook list the same.
	 */
	public List<String> overdue(Stage stage, boolean published) {
		List<String> overdue = new ArrayList<>();
		if (published) {
			return overdue;
		}
		if (this.status == DossierStatus.LOCKED
				|| (this.status.editable() && stage.ordinal() > Stage.SELF_ASSESSMENT.ordinal())) {
			overdue.add("dashboard.overdue.self");
		}
		if (this.flagged > this.answered && stage.ordinal() > Stage.EXPLANATION.ordinal()) {
			overdue.add("dashboard.overdue.explanation");
		}
		if (this.pendingFlags > 0 && stage.ordinal() > Stage.COUNCIL.ordinal()) {
			overdue.add("dashboard.overdue.council");
		}
		return overdue;
	}

	/** Appraised minus self. */
	public BigDecimal difference() {
		return this.appraised.subtract(this.self);
	}

}
