package org.parindex.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parindex.assessment.AssessmentService;
import org.parindex.assessment.LeafEntryView;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.engine.LeafStatistics;
import org.parindex.engine.NodeResult;
import org.parindex.methodology.IndexSetSummary;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.platform.NotFoundException;
import org.parindex.scoring.IndexResults;
import org.parindex.scoring.ScoringService;
import org.parindex.scoring.UnitStanding;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings, scorecards and narratives of published years, by year, unit group and unit
 * code.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

	private final OrganizationService organization;

	private final MethodologyService methodology;

	private final ScoringService scoring;

	private final AssessmentService assessment;

	private final NarrativeWriter narratives;

	ReportingService(OrganizationService organization, MethodologyService methodology, ScoringService scoring,
			AssessmentService assessment, NarrativeWriter narratives) {
		this.organization = organization;
		this.methodology = methodology;
		this.scoring = scoring;
		this.assessment = assessment;
		this.narratives = narratives;
	}

	/** The years and unit groups whose results are published, newest first. */
	public List<IndexListing> indexes() {
		List<IndexListing> listings = new ArrayList<>();
		for (IndexSetSummary set : this.methodology.list()) {
			if (!set.published()) {
				continue;
			}
			this.organization.findGroup(set.unitGroupId())
				.ifPresent((group) -> listings.add(new IndexListing(set, group)));
		}
		return listings;
	}

	/**
	 * The published ranking of a year and unit group. Until the PAR office publishes a
	 * year, its results are nobody's to read here: a unit never sees another unit's
	 * unpublished data.
	 * @throws NotFoundException for an unknown unit group, a year without an index set,
	 * or a year not yet published
	 */
	public RankingReport ranking(int year, String groupCode) {
		UnitGroupView group = group(groupCode);
		this.methodology.summary(year, group.id()).filter((set) -> !set.published()).ifPresent((set) -> {
			throw new NotFoundException("error.not-found.unpublished", year, group.name());
		});
		IndexResults results = this.scoring.results(year, group.id())
			.orElseThrow(() -> new NotFoundException("error.not-found.year", year, group.name()));
		return new RankingReport(group, results);
	}

	/**
	 * A unit's scorecard and narrative, in the given language.
	 * @throws NotFoundException for an unknown unit group, year or unit, or a unit that
	 * did not take part that year
	 */
	public ScorecardReport scorecard(int year, String groupCode, String unitCode, Locale locale) {
		RankingReport ranking = ranking(year, groupCode);
		UnitStanding standing = ranking.results()
			.standing(unitCode)
			.orElseThrow(() -> new NotFoundException("error.not-found.unit", unitCode, year));
		IndexSetView set = ranking.results().set();
		Map<String, LeafEntryView> entries = new HashMap<>();
		for (LeafEntryView entry : this.assessment.entries(set.id(), standing.unit().id())) {
			entries.put(entry.leafCode(), entry);
		}
		List<ScorecardRow> rows = new ArrayList<>();
		for (NodeResult area : standing.result().areas()) {
			addRows(area, 0, set, entries, rows);
		}
		LeafStatistics appraisal = standing.result().statistics(Component.APPRAISAL);
		List<String> reasons = rows.stream()
			.filter((row) -> row.leaf() && row.lostAny() && row.component().orElse(null) == Component.APPRAISAL)
			.map(ScorecardRow::comment)
			.toList();
		Narrative narrative = this.narratives.write(ranking.group(), set, standing, appraisal, reasons, locale);
		return new ScorecardReport(ranking.group(), ranking.results(), standing, rows, appraisal, narrative);
	}

	private UnitGroupView group(String code) {
		return this.organization.findGroup(code)
			.orElseThrow(() -> new NotFoundException("error.not-found.group", code));
	}

	private static void addRows(NodeResult node, int depth, IndexSetView set, Map<String, LeafEntryView> entries,
			List<ScorecardRow> rows) {
		NodeView view = set.node(node.code()).orElseThrow();
		Optional<LeafEntryView> entry = Optional.ofNullable(entries.get(node.code()));
		Optional<Component> component = (node.node() instanceof Leaf leaf) ? Optional.of(leaf.component())
				: Optional.empty();
		rows.add(new ScorecardRow(node.code(), node.node().level(), depth, view.name(), view.nameEn(), node.maxPoints(),
				node.points(), node.isLeaf(), component, node.status(),
				entry.map(LeafEntryView::inputs).orElse(Map.of()), entry.flatMap(LeafEntryView::override),
				entry.map(LeafEntryView::appraisalComment).orElse("")));
		for (NodeResult child : node.children()) {
			addRows(child, depth + 1, set, entries, rows);
		}
	}

}
