package org.parindex.reporting.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.parindex.organization.UnitView;

/**
 * A unit's improvement plan for a published year (kế hoạch khắc phục, issue 12, item 7):
 * one remedy per criterion that lost points.
 *
 * @param year the published year the plan answers
 * @param groupCode the unit group's code
 * @param unit the unit
 * @param places the index set's published precision (decimal places of points)
 * @param remedies one per lost criterion the unit controls, in the tree's order, then the
 * survey part's one remedy and any stored for a single survey criterion
 * ({@link ImprovementRules#remedyCodes})
 * @param surveyLosses the survey criteria that lost points, in the tree's order
 * @param closedBy the later year whose publication made the plan the record, read-only;
 * empty while it may be edited ({@link ImprovementRules#closedBy})
 * @param today the day overdue remedies are counted on (Asia/Ho_Chi_Minh)
 */
public record ImprovementPlan(int year, String groupCode, UnitView unit, int places, List<Remedy> remedies,
		List<SurveyLoss> surveyLosses, Optional<Integer> closedBy, LocalDate today) {

	public ImprovementPlan {
		remedies = List.copyOf(remedies);
		surveyLosses = List.copyOf(surveyLosses);
	}

	/**
	 * A survey criterion that lost points, as the plan lists it.
	 *
	 * @param points the points the survey's answers gave (unrounded)
	 * @param applicableMax the maximum that applies to the unit
	 * @param lostPoints the points lost as shown: {@code applicableMax - points}, each at
	 * the published precision first, so that the shown figures of a row, and the rows and
	 * their total, add up (docs/scoring.md, "Shown parts add up")
	 */
	public record SurveyLoss(String code, String name, BigDecimal points, BigDecimal applicableMax,
			BigDecimal lostPoints) {

	}

	/** Whether the plan is the record now: a later year is published, nobody edits it. */
	public boolean closed() {
		return this.closedBy.isPresent();
	}

	/** The remedies of the criteria the unit controls (appraised criteria). */
	public List<Remedy> criteria() {
		return this.remedies.stream().filter((r) -> !r.survey()).toList();
	}

	/** The remedies that answer survey points: the survey part's, then any older ones. */
	public List<Remedy> surveyRemedies() {
		return this.remedies.stream().filter(Remedy::survey).toList();
	}

	/** The points the survey criteria lost in all. */
	public BigDecimal surveyLostPoints() {
		return this.surveyLosses.stream().map(SurveyLoss::lostPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The remedies whose deadline passed and that are not done. */
	public List<Remedy> overdue() {
		return this.remedies.stream().filter((r) -> r.overdue(this.today)).toList();
	}

	/** How many remedies are done. */
	public long done() {
		return this.remedies.stream().filter((r) -> r.status() == RemedyStatus.DONE).count();
	}

	/** The plan's page. */
	public String link() {
		return link(this.year, this.groupCode, this.unit.code());
	}

	/** The page of a unit's plan. */
	public static String link(int year, String groupCode, String unitCode) {
		return "/reporting/plans/" + year + "/" + groupCode + "/" + unitCode;
	}

}
