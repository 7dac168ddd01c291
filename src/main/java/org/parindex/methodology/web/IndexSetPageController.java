package org.parindex.methodology.web;

import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.platform.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The criteria tree of an index set, for anyone who wants to know how points are given.
 */
@Controller
class IndexSetPageController {

	private final MethodologyService methodology;

	private final OrganizationService organization;

	IndexSetPageController(MethodologyService methodology, OrganizationService organization) {
		this.methodology = methodology;
		this.organization = organization;
	}

	@GetMapping("/methodology/index-sets/{year}/{group}")
	String indexSet(@PathVariable int year, @PathVariable String group, Model model) {
		UnitGroupView unitGroup = this.organization.findGroup(group)
			.orElseThrow(() -> new NotFoundException("error.not-found.group", group));
		IndexSetView set = this.methodology.find(year, unitGroup.id())
			.orElseThrow(() -> new NotFoundException("error.not-found.year", year, unitGroup.name()));
		model.addAttribute("set", set);
		model.addAttribute("group", unitGroup);
		return "methodology/index-set";
	}

}
