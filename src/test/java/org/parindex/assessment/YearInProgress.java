package org.parindex.assessment;

import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;

/**
 * The demo's year in progress as the workflow scenarios use it: the 2022 index set of the
 * Gia Lai districts, its cycle, and Đak Pơ, the unit whose demo accounts sign in (one
 * set-up shared by the scenarios, review D3).
 *
 * @param set the 2022 district index set
 * @param cycle its cycle
 * @param dakPo the unit Đak Pơ
 */
record YearInProgress(IndexSetView set, CycleView cycle, UnitView dakPo) {

	/** The demo group's code. */
	static final String GROUP = "gia-lai-district";

	/**
	 * Finds the year in the loaded demo.
	 * @throws java.util.NoSuchElementException when the demo is not loaded
	 */
	static YearInProgress find(OrganizationService organization, MethodologyService methodology, CycleService cycles) {
		long group = organization.findGroup(GROUP).orElseThrow().id();
		IndexSetView set = methodology.find(2022, group).orElseThrow();
		return new YearInProgress(set, cycles.findForSet(set.id()).orElseThrow(),
				organization.findUnit("dak-po").orElseThrow());
	}

	/** The unit's own dossier page ({@code /assessment/cycles/{id}/unit}). */
	String unitPage() {
		return "/assessment/cycles/" + this.cycle.id() + "/unit";
	}

}
