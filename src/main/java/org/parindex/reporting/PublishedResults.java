package org.parindex.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parindex.engine.Adjustment;
import org.parindex.engine.Branch;
import org.parindex.engine.Comparability;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.engine.LeafStatus;
import org.parindex.engine.Node;
import org.parindex.engine.NodeResult;
import org.parindex.engine.RankedUnit;
import org.parindex.engine.UnitResult;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitLineage;
import org.parindex.organization.UnitView;
import org.parindex.scoring.IndexResults;
import org.parindex.scoring.UnitStanding;
import org.parindex.scoring.YearOverYear;

/**
 * The results of a year as its latest revision published them, never scored again from
 * the entries: totals, ranks, classification and each unit's tree are read back from the
 * publication, units are named as they were at the end of that year, and the change from
 * the year before is taken from that year's publication (an unpublished year is never
 * compared with).
 */
@org.springframework.stereotype.Component
class PublishedResults {

	private final PublicationRepository publications;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	PublishedResults(PublicationRepository publications, MethodologyService methodology,
			OrganizationService organization) {
		this.publications = publications;
		this.methodology = methodology;
		this.organization = organization;
	}

	/** The set's latest revision, without its results; empty while not published. */
	Optional<PublicationView> latestPublication(IndexSetView set) {
		return this.publications.latest(set.id());
	}

	/**
	 * The latest published results of the set, without the trees (for rankings), and the
	 * revision they come from; empty while the set is not published.
	 */
	Optional<Snapshot> latest(IndexSetView set) {
		return this.publications.latest(set.id()).map((publication) -> of(set, publication));
	}

	/**
	 * The results of the set as one revision published them, without the trees; empty for
	 * a revision that does not exist.
	 */
	Optional<Snapshot> revision(IndexSetView set, int revision) {
		return this.publications.publication(set.id(), revision).map((publication) -> of(set, publication));
	}

	private Snapshot of(IndexSetView set, PublicationView publication) {
		Map<Long, UnitView> units = new HashMap<>();
		this.organization.unitsAsOf(set.unitGroupId(), LocalDate.of(set.year(), 12, 31))
			.forEach((unit) -> units.put(unit.id(), unit));
		List<PublishedUnit> published = this.publications.units(publication.id());
		UnitLineage lineage = this.organization.lineage(set.unitGroupId());
		Optional<Previous> earlier = previous(set);
		Optional<Previous> previous = earlier.filter((before) -> before.comparableWith(lineage, published));
		Map<Long, YearOverYear.Earlier> results = earlier.map(Previous::results).orElse(Map.of());
		Map<Long, UnitView> earlierNames = new HashMap<>();
		if (earlier.isPresent()) {
			this.organization.unitsAsOf(set.unitGroupId(), LocalDate.of(set.year() - 1, 12, 31))
				.forEach((unit) -> earlierNames.put(unit.id(), unit));
		}
		List<UnitStanding> standings = new ArrayList<>();
		for (PublishedUnit unit : published) {
			UnitView view = units.get(unit.result().unitId());
			if (view == null) {
				continue;
			}
			YearOverYear.Comparison comparison = YearOverYear.compare(lineage, set.year(), view.id(),
					unit.result().total(), unit.result().rank(), previous.isPresent() && unit.result().submitted(),
					results, earlierNames);
			standings.add(new UnitStanding(view, result(set, view, unit, List.of()), rank(view, unit),
					comparison.previous(), unit.result().submitted(), comparison.predecessors()));
		}
		return new Snapshot(publication,
				new IndexResults(set, standings, previous.map((before) -> before.set().year())));
	}

	/**
	 * A unit's approved bonus and deduction items as the revision published them (frozen
	 * with it, never the ledger as it is now; issue 9, rev9).
	 */
	List<PublishedAdjustment> adjustments(PublicationView publication, long unitId) {
		return this.publications.adjustments(publication.id(), unitId);
	}

	/** A unit's standing with its whole tree as the revision published it. */
	UnitStanding withTree(IndexSetView set, PublicationView publication, UnitStanding standing) {
		List<PublishedUnit.Node> nodes = this.publications.nodes(publication.id(), standing.unit().id());
		PublishedUnit unit = this.publications.units(publication.id())
			.stream()
			.filter((u) -> u.result().unitId() == standing.unit().id())
			.findFirst()
			.orElseThrow();
		return new UnitStanding(standing.unit(), result(set, standing.unit(), unit, nodes), standing.rank(),
				standing.previous(), standing.submitted(), standing.predecessors());
	}

	/**
	 * Every unit's standing with its whole tree, and its published nodes by code, in the
	 * given order; the revision's units are read once.
	 */
	List<Map.Entry<UnitStanding, Map<String, PublishedUnit.Node>>> withTrees(IndexSetView set,
			PublicationView publication, List<UnitStanding> standings) {
		Map<Long, PublishedUnit> units = new HashMap<>();
		this.publications.units(publication.id()).forEach((unit) -> units.put(unit.result().unitId(), unit));
		List<Map.Entry<UnitStanding, Map<String, PublishedUnit.Node>>> trees = new ArrayList<>();
		for (UnitStanding standing : standings) {
			List<PublishedUnit.Node> nodes = this.publications.nodes(publication.id(), standing.unit().id());
			Map<String, PublishedUnit.Node> byCode = new HashMap<>();
			nodes.forEach((node) -> byCode.put(node.code(), node));
			UnitStanding full = new UnitStanding(standing.unit(),
					result(set, standing.unit(), units.get(standing.unit().id()), nodes), standing.rank(),
					standing.previous(), standing.submitted(), standing.predecessors());
			trees.add(Map.entry(full, byCode));
		}
		return trees;
	}

	/** A unit's nodes as the revision published them, by code. */
	Map<String, PublishedUnit.Node> nodes(PublicationView publication, long unitId) {
		Map<String, PublishedUnit.Node> byCode = new HashMap<>();
		this.publications.nodes(publication.id(), unitId).forEach((node) -> byCode.put(node.code(), node));
		return byCode;
	}

	private Optional<Previous> previous(IndexSetView set) {
		return this.methodology.summary(set.year() - 1, set.unitGroupId())
			.filter((summary) -> summary.published())
			.flatMap((summary) -> this.methodology.find(summary.id()))
			.flatMap((earlier) -> this.publications.latest(earlier.id()).map((publication) -> {
				Map<Long, PublishedUnit> byUnit = new HashMap<>();
				this.publications.units(publication.id()).forEach((u) -> byUnit.put(u.result().unitId(), u));
				return new Previous(earlier, byUnit);
			}));
	}

	private static UnitResult result(IndexSetView set, UnitView unit, PublishedUnit published,
			List<PublishedUnit.Node> nodes) {
		Map<String, PublishedUnit.Node> byCode = new HashMap<>();
		nodes.forEach((node) -> byCode.put(node.code(), node));
		List<NodeResult> areas = new ArrayList<>();
		if (!nodes.isEmpty()) {
			for (Node area : set.definition().areas()) {
				areas.add(node(area, byCode));
			}
		}
		Map<Component, BigDecimal> components = new EnumMap<>(Component.class);
		for (Component component : set.componentMaxima().keySet()) {
			components.put(component,
					(component == Component.APPRAISAL) ? published.result().appraisal() : published.result().survey());
		}
		return new UnitResult(unit.code(), areas, components, new Adjustment(published.bonusClaimed(), set.bonusCap()),
				new Adjustment(published.deductionClaimed(), set.deductionCap()), published.result().total(),
				set.totalMax(), published.classification());
	}

	private static NodeResult node(Node node, Map<String, PublishedUnit.Node> published) {
		PublishedUnit.Node stored = published.get(node.code());
		BigDecimal points = (stored != null) ? stored.points() : BigDecimal.ZERO;
		LeafStatus status = (stored != null) ? stored.status()
				: (node instanceof Leaf) ? LeafStatus.NOT_ENTERED : LeafStatus.COMPUTED;
		List<NodeResult> children = new ArrayList<>();
		if (node instanceof Branch branch) {
			for (Node child : branch.children()) {
				children.add(node(child, published));
			}
		}
		return new NodeResult(node, points, status, List.of(), children);
	}

	private static RankedUnit rank(UnitView unit, PublishedUnit published) {
		return new RankedUnit(unit.code(), published.result().total(), published.result().rank(),
				published.result().unitCount());
	}

	/** The latest revision of a set's publication and its results. */
	record Snapshot(PublicationView publication, IndexResults results) {

	}

	/** The year before, as published. */
	private record Previous(IndexSetView set, Map<Long, PublishedUnit> units) {

		/**
		 * Whether this year's ranking may be compared with the units published now (the
		 * rule: {@link Comparability}, a re-founded unit counting as its predecessor).
		 */
		boolean comparableWith(UnitLineage lineage, List<PublishedUnit> now) {
			return Comparability.comparable(submitted(lineage, this.units.values()), submitted(lineage, now));
		}

		private static Set<String> submitted(UnitLineage lineage, Collection<PublishedUnit> units) {
			return YearOverYear.keys(lineage,
					units.stream()
						.filter((unit) -> unit.result().submitted())
						.map((unit) -> unit.result().unitId())
						.toList());
		}

		/** The submitting units' results, by unit id. */
		Map<Long, YearOverYear.Earlier> results() {
			Map<Long, YearOverYear.Earlier> results = new HashMap<>();
			this.units.forEach((id, unit) -> {
				if (unit.result().submitted()) {
					results.put(id, new YearOverYear.Earlier(unit.result().total(), unit.result().rank(),
							unit.result().unitCount()));
				}
			});
			return results;
		}

	}

}
