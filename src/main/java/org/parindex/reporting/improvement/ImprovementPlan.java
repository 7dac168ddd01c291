package org.parindex.reporting.improvement;

import java.time.LocalDate;
import java.util.List;

import org.parindex.organization.UnitView;

/**
 * A unit's improvement plan for a published year (kế hoạch khắc phục, issue 12, item 7):
 * one remedy per criterion that lost points.
 *
 * @param year the published year the plan answers
 * @param groupCode the unit group's code
 * @param unit the unit
 * @param places the index set's published precision (decimal places of points)
 * @param remedies one per lost criterion, in the tree's order
 * @param today the day overdue remedies are counted on (Asia/Ho_Chi_Minh)
 */
public record ImprovementPlan(int year, String groupCode, UnitView unit, int places, List<Remedy> remedies,
		LocalDate today) {

	public ImprovementPlan {
		remedies = List.copyOf(remedies);
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
