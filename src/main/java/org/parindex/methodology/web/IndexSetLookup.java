package org.parindex.methodology.web;

import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Finds the index set a URL names by year and unit group code, or says what is not there.
 */
@Component
class IndexSetLookup {

	private final MethodologyService methodology;

	private final OrganizationService organization;

	IndexSetLookup(MethodologyService methodology, OrganizationService organization) {
		this.methodology = methodology;
		this.organization = organization;
	}

	/**
	 * @throws NotFoundException for an unknown unit group or a year without a set
	 */
	Found find(int year, String groupCode) {
		UnitGroupView group = this.organization.findGroup(groupCode)
			.orElseThrow(() -> new NotFoundException("error.not-found.group", groupCode));
		IndexSetView set = this.methodology.find(year, group.id())
			.orElseThrow(() -> new NotFoundException("error.not-found.year", year, group.name()));
		return new Found(set, group);
	}

	record Found(IndexSetView set, UnitGroupView group) {

	}

}
