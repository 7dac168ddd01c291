package org.parindex.methodology.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.parindex.engine.Points;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Index sets and their criteria trees as JSON. */
@RestController
@RequestMapping("/api/v1/methodology/index-sets")
@Tag(name = "Index sets", description = "Index sets (bộ chỉ số) per year and unit group, with their trees")
class MethodologyApiController {

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final IndexSetLookup lookup;

	MethodologyApiController(MethodologyService methodology, OrganizationService organization, IndexSetLookup lookup) {
		this.methodology = methodology;
		this.organization = organization;
		this.lookup = lookup;
	}

	@GetMapping
	@Operation(summary = "All index sets, newest year first")
	List<IndexSetListItem> list() {
		Map<Long, String> groups = new HashMap<>();
		this.organization.groups().forEach((group) -> groups.put(group.id(), group.code()));
		return this.methodology.list()
			.stream()
			.map((set) -> new IndexSetListItem(set.id(), set.year(), groups.getOrDefault(set.unitGroupId(), ""),
					set.name(), set.illustrative()))
			.toList();
	}

	@GetMapping("/{year}/{group}")
	@Operation(summary = "The index set of a year and unit group, with its tree")
	IndexSetJson indexSet(@Parameter(example = "2021") @PathVariable int year,
			@Parameter(example = "gia-lai-district") @PathVariable String group) {
		IndexSetLookup.Found found = this.lookup.find(year, group);
		return IndexSetJson.of(found.set(), found.group());
	}

	record IndexSetListItem(long id, int year, String unitGroup, String name, boolean illustrative) {

	}

	record IndexSetJson(long id, int year, String unitGroup, String name, String legalBasis, boolean illustrative,
			Map<String, BigDecimal> componentMaxima, BigDecimal bonusCap, BigDecimal deductionCap, BigDecimal totalMax,
			int tiePlaces, List<ClassJson> classification, List<NodeJson> tree) {

		static IndexSetJson of(IndexSetView set, UnitGroupView group) {
			Map<String, BigDecimal> maxima = new java.util.LinkedHashMap<>();
			set.componentMaxima().forEach((component, max) -> maxima.put(component.name(), Points.normalize(max)));
			Map<String, NodeJson> byCode = new HashMap<>();
			List<NodeJson> tree = new ArrayList<>();
			for (NodeView node : set.nodes()) {
				NodeJson json = new NodeJson(node.code(), node.level().name(), node.name(), node.nameEn(),
						Points.normalize(node.maxPoints()), node.component().map(Enum::name), node.rule(),
						node.guidance().isEmpty() ? Optional.empty() : Optional.of(node.guidance()),
						node.evidence().isEmpty() ? Optional.empty() : Optional.of(node.evidence()), new ArrayList<>());
				byCode.put(node.code(), json);
				node.parentCode().map(byCode::get).map(NodeJson::children).orElse(tree).add(json);
			}
			return new IndexSetJson(set.id(), set.year(), group.code(), set.name(), set.legalBasis(),
					set.illustrative(), maxima, Points.normalize(set.bonusCap()), Points.normalize(set.deductionCap()),
					Points.normalize(set.totalMax()), set.tiePlaces(),
					set.classes()
						.stream()
						.map((band) -> new ClassJson(band.code(), band.name(), band.nameEn(),
								Points.normalize(band.minPercent())))
						.toList(),
					tree);
		}

	}

	record ClassJson(String code, String name, String nameEn, BigDecimal minPercent) {

	}

	record NodeJson(String code, String level, String name, String nameEn, BigDecimal max, Optional<String> component,
			Optional<String> rule, Optional<String> guidance, Optional<String> evidence, List<NodeJson> children) {

	}

}
