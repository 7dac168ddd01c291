package org.parindex.methodology.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The criteria tree of an index set, for anyone who wants to know how points are given.
 */
@Controller
class IndexSetPageController {

	private final IndexSetLookup lookup;

	IndexSetPageController(IndexSetLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping("/methodology/index-sets/{year}/{group}")
	String indexSet(@PathVariable int year, @PathVariable String group, Model model) {
		IndexSetLookup.Found found = this.lookup.find(year, group);
		model.addAttribute("set", found.set());
		model.addAttribute("group", found.group());
		return "methodology/index-set";
	}

}
