package org.parindex.assessment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.DossierService;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.platform.Actor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way into the year's work: each cycle the person takes part in, with where to go for
 * their role (the unit's self-assessment, the appraisal, the council's table).
 */
@Controller
@PreAuthorize("hasAnyRole('UNIT_OFFICER', 'UNIT_LEADER', 'APPRAISER', 'COUNCIL_MEMBER', 'PAR_OFFICE')")
class WorkflowController {

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final AppraisalService appraisal;

	private final Clock clock;

	WorkflowController(CycleService cycles, MethodologyService methodology, OrganizationService organization,
			AppraisalService appraisal, Clock clock) {
		this.cycles = cycles;
		this.methodology = methodology;
		this.organization = organization;
		this.appraisal = appraisal;
		this.clock = clock;
	}

	@GetMapping("/assessment")
	String cycles(Model model) {
		Actor actor = WorkflowForms.actor();
		List<CycleView> mine = new ArrayList<>();
		Map<Long, IndexSetView> sets = new HashMap<>();
		Map<Long, UnitGroupView> groups = new HashMap<>();
		for (CycleView cycle : this.cycles.cycles()) {
			IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
			boolean takesPart = actor.hasRole("PAR_OFFICE") || actor.hasRole("COUNCIL_MEMBER")
					|| (actor.hasRole("APPRAISER") && !this.appraisal.areas(cycle.id(), actor).isEmpty())
					|| actor.unitId().filter(cycle.unitIds()::contains).isPresent();
			if (takesPart) {
				mine.add(cycle);
				sets.put(cycle.id(), set);
				this.organization.findGroup(set.unitGroupId()).ifPresent((group) -> groups.put(cycle.id(), group));
			}
		}
		model.addAttribute("cycles", mine);
		model.addAttribute("stages", this.cycles.stages(Instant.now(this.clock)));
		model.addAttribute("sets", sets);
		model.addAttribute("groups", groups);
		model.addAttribute("now", Instant.now(this.clock));
		return "assessment/cycles-mine";
	}

}
