package org.parindex.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parindex.engine.Component;
import org.parindex.engine.Effort;
import org.parindex.engine.Leaf;
import org.parindex.engine.LeafStatistics;
import org.parindex.engine.NodeResult;
import org.parindex.engine.Points;
import org.parindex.engine.RankClimb;
import org.parindex.engine.RankedUnit;
import org.parindex.engine.TieRule;
import org.parindex.engine.UnitResult;
import org.parindex.methodology.ClassBandView;
import org.parindex.methodology.Crosswalk;
import org.parindex.methodology.CrosswalkService;
import org.parindex.methodology.IndexSetSummary;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitEventType;
import org.parindex.organization.UnitEventView;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitLineage;
import org.parindex.organization.UnitView;
import org.parindex.platform.NotFoundException;
import org.parindex.scoring.IndexResults;
import org.parindex.scoring.PreviousStanding;
import org.parindex.scoring.ScoringService;
import org.parindex.scoring.UnitStanding;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings, scorecards and narratives of published years, by year, unit group and unit
 * code, read from what the latest revision published ({@link PublishedResults}), never
 * scored again from the entries: a published year changes only through an audited
 * correction, which publishes a new revision.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

	private final OrganizationService organization;

	private final MethodologyService methodology;

	private final PublishedResults published;

	private final NarrativeWriter narratives;

	private final ScoringService scoring;

	private final CrosswalkService crosswalks;

	private final org.parindex.assessment.AssessmentService assessment;

	ReportingService(OrganizationService organization, MethodologyService methodology, PublishedResults published,
			NarrativeWriter narratives, ScoringService scoring, CrosswalkService crosswalks,
			org.parindex.assessment.AssessmentService assessment) {
		this.assessment = assessment;
		this.organization = organization;
		this.methodology = methodology;
		this.published = published;
		this.narratives = narratives;
		this.scoring = scoring;
		this.crosswalks = crosswalks;
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
		return new RankingReport(group, snapshot(year, group).results());
	}

	/**
	 * The revision a year's published results are read from now: the publication, or the
	 * latest correction. Files built from the results are keyed by it
	 * ({@link ResultFiles}).
	 * @throws NotFoundException as {@link #ranking}
	 */
	public PublicationView publication(int year, String groupCode) {
		UnitGroupView group = group(groupCode);
		IndexSetView set = this.methodology.find(year, group.id())
			.orElseThrow(() -> new NotFoundException("error.not-found.year", year, group.name()));
		if (!set.published()) {
			throw new NotFoundException("error.not-found.unpublished", year, group.name());
		}
		return this.published.latestPublication(set)
			.orElseThrow(() -> new NotFoundException("error.not-found.unpublished", year, group.name()));
	}

	private PublishedResults.Snapshot snapshot(int year, UnitGroupView group) {
		IndexSetView set = this.methodology.find(year, group.id())
			.orElseThrow(() -> new NotFoundException("error.not-found.year", year, group.name()));
		if (!set.published()) {
			throw new NotFoundException("error.not-found.unpublished", year, group.name());
		}
		return this.published.latest(set)
			.orElseThrow(() -> new NotFoundException("error.not-found.unpublished", year, group.name()));
	}

	/**
	 * A unit's published result compared criterion by criterion with the year before,
	 * through the crosswalk of the year's index set ({@link YearComparison}). Only
	 * published years are read.
	 * @throws NotFoundException as {@link #scorecard}
	 */
	public YearComparison comparison(int year, String groupCode, String unitCode, Locale locale) {
		ScorecardReport now = scorecard(year, groupCode, unitCode, locale);
		IndexSetView set = now.results().set();
		Crosswalk crosswalk = this.crosswalks.crosswalk(set.id());
		// the unit the year before: itself, or the unit it re-founds under a new code
		// (docs/scoring.md, "Units' history")
		String previousCode = now.standing()
			.previous()
			.flatMap(PreviousStanding::predecessor)
			.map(UnitView::code)
			.orElse(unitCode);
		Optional<ScorecardReport> before = crosswalk.previous().filter(IndexSetView::published).flatMap((previous) -> {
			try {
				return Optional.of(scorecard(previous.year(), groupCode, previousCode, locale));
			}
			catch (NotFoundException ex) {
				// the unit did not take part that year
				return Optional.empty();
			}
		});
		Map<String, ScorecardRow> beforeRows = new HashMap<>();
		before.ifPresent((report) -> report.rows().forEach((row) -> beforeRows.put(row.code(), row)));
		Map<String, ScorecardRow> nowRows = new HashMap<>();
		now.rows().forEach((row) -> nowRows.put(row.code(), row));
		List<YearComparison.Row> rows = new ArrayList<>();
		for (Crosswalk.Entry entry : crosswalk.entries()) {
			ScorecardRow row = nowRows.get(entry.leaf().code());
			if (row == null) {
				continue;
			}
			rows.add(YearComparison.Row.of(row, entry.previous().stream().map(NodeView::code).toList(),
					crosswalk.splitFrom(entry), entry.basis(), beforeRows));
		}
		List<YearComparison.Dropped> dropped = crosswalk.dropped()
			.stream()
			.map((node) -> new YearComparison.Dropped(node.code(), node.name(), node.maxPoints(),
					Optional.ofNullable(beforeRows.get(node.code()))))
			.toList();
		return new YearComparison(now, crosswalk.previous().filter(IndexSetView::published).map(IndexSetView::year),
				before.map((report) -> report.standing().result().total()), rows, dropped);
	}

	/**
	 * A unit's scorecard and narrative, in the given language.
	 * @throws NotFoundException for an unknown unit group, year or unit, or a unit that
	 * did not take part that year
	 */
	public ScorecardReport scorecard(int year, String groupCode, String unitCode, Locale locale) {
		UnitGroupView group = group(groupCode);
		return scorecard(year, unitCode, locale, group, snapshot(year, group));
	}

	/**
	 * A unit's scorecard and narrative as one revision published them (a superseded
	 * revision stays readable as it was: its results, trees and bonus and deduction items
	 * are all frozen with it).
	 * @throws NotFoundException as {@link #scorecard(int, String, String, Locale)}, or
	 * for a revision that does not exist
	 */
	public ScorecardReport scorecard(int year, String groupCode, String unitCode, int revision, Locale locale) {
		UnitGroupView group = group(groupCode);
		IndexSetView published = snapshot(year, group).results().set();
		PublishedResults.Snapshot snapshot = this.published.revision(published, revision)
			.orElseThrow(() -> new NotFoundException("publication.revision.unknown", revision));
		return scorecard(year, unitCode, locale, group, snapshot);
	}

	private ScorecardReport scorecard(int year, String unitCode, Locale locale, UnitGroupView group,
			PublishedResults.Snapshot snapshot) {
		RankingReport ranking = new RankingReport(group, snapshot.results());
		IndexSetView set = ranking.results().set();
		UnitStanding standing = this.published.withTree(set, snapshot.publication(),
				ranking.results()
					.standing(unitCode)
					.orElseThrow(() -> new NotFoundException("error.not-found.unit", unitCode, year)));
		Map<String, PublishedUnit.Node> nodes = this.published.nodes(snapshot.publication(), standing.unit().id());
		List<ScorecardRow> rows = rows(standing.result(), set, nodes);
		LeafStatistics appraisal = standing.result().statistics(Component.APPRAISAL);
		List<String> reasons = rows.stream()
			.filter((row) -> row.leaf() && row.lostAny() && row.component().orElse(null) == Component.APPRAISAL)
			.map(ScorecardRow::comment)
			.toList();
		// the narrative says what the approved bonus and deduction were for (issue 9,
		// council leftovers), as the revision published them (rev9: never the ledger as
		// it is now)
		List<PublishedAdjustment> items = this.published.adjustments(snapshot.publication(), standing.unit().id());
		List<NarrativeWriter.Decision> decisions = items.stream()
			.map((entry) -> new NarrativeWriter.Decision(entry.kind() == org.parindex.assessment.AdjustmentKind.BONUS,
					entry.points(), entry.reason()))
			.toList();
		Narrative narrative = this.narratives.write(ranking.group(), set, standing, appraisal, reasons, decisions,
				locale);
		return new ScorecardReport(ranking.group(), ranking.results(), standing, rows, appraisal, narrative,
				snapshot.publication(), items);
	}

	/**
	 * What it takes the unit to move up in a published year: the gap to each higher rank
	 * and the least-effort set of its lost criteria that closes it, with the other units
	 * fixed ({@link RankClimb}, ranks compared at the set's published precision); and,
	 * when {@code scores} is not empty, its total and rank with those criterion scores.
	 * @param efforts the unit's effort tags by leaf code; untagged criteria count as
	 * medium
	 * @param scores what-if points by leaf code, each within 0 and the leaf's applicable
	 * maximum
	 * @throws NotFoundException as {@link #scorecard}
	 * @throws IllegalArgumentException for a what-if score of a code that is not an
	 * applicable leaf of the unit or out of its range (callers check first)
	 */
	public ClimbReport climb(int year, String groupCode, String unitCode, Locale locale, Map<String, Effort> efforts,
			Map<String, BigDecimal> scores) {
		ScorecardReport scorecard = scorecard(year, groupCode, unitCode, locale);
		IndexSetView set = scorecard.results().set();
		TieRule tieRule = new TieRule(set.publishedPlaces());
		List<RankedUnit> ranking = scorecard.results().standings().stream().map(UnitStanding::rank).toList();
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		for (Component component : Component.values()) {
			maxima.put(component, set.componentMax(component));
		}
		UnitResult result = scorecard.standing().result();
		List<RankClimb.Lost> lost = RankClimb.lost(result, maxima, efforts);
		List<RankClimb.Target> targets = RankClimb.targets(result, ranking, tieRule, maxima, efforts);
		Optional<RankClimb.Outcome> outcome = scores.isEmpty() ? Optional.empty()
				: Optional.of(RankClimb.whatIf(result, ranking, tieRule, maxima, scores));
		return new ClimbReport(scorecard, lost, targets, efforts, scores, outcome);
	}

	/**
	 * Where the units of a published year lost points ({@link LossAnalysis}): a row per
	 * node of the set in tree order, from what the latest revision published.
	 * @throws NotFoundException as {@link #ranking}
	 */
	public LossReport losses(int year, String groupCode) {
		UnitGroupView group = group(groupCode);
		PublishedResults.Snapshot snapshot = snapshot(year, group);
		IndexSetView set = snapshot.results().set();
		List<UnitStanding> ordered = snapshot.results()
			.standings()
			.stream()
			.sorted(Comparator.comparingInt((UnitStanding s) -> s.rank().rank()))
			.toList();
		List<LossAnalysis.UnitEntry> entries = new ArrayList<>();
		for (Map.Entry<UnitStanding, Map<String, PublishedUnit.Node>> tree : this.published.withTrees(set,
				snapshot.publication(), ordered)) {
			Map<String, String> reasons = new HashMap<>();
			tree.getValue().forEach((code, node) -> reasons.put(code, node.comment()));
			entries.add(new LossAnalysis.UnitEntry(tree.getKey().unit().name(), tree.getKey().result(), reasons));
		}
		Map<String, String[]> names = new HashMap<>();
		for (NodeView node : set.nodes()) {
			names.put(node.code(), new String[] { node.name(), node.nameEn() });
		}
		return new LossReport(new RankingReport(group, snapshot.results()), LossAnalysis.of(entries, names));
	}

	/**
	 * The units × sub-criteria matrix of a published year ({@link MatrixReport}), with
	 * the statistics of each node across the units, from what the latest revision
	 * published.
	 * @throws NotFoundException as {@link #ranking}
	 */
	public MatrixReport matrix(int year, String groupCode) {
		LossReport losses = losses(year, groupCode);
		UnitGroupView group = group(groupCode);
		PublishedResults.Snapshot snapshot = snapshot(year, group);
		IndexSetView set = snapshot.results().set();
		List<UnitStanding> ordered = snapshot.results()
			.standings()
			.stream()
			.sorted(Comparator.comparingInt((UnitStanding s) -> s.rank().rank()))
			.toList();
		Set<String> parents = new HashSet<>();
		set.nodes().forEach((node) -> node.parentCode().ifPresent(parents::add));
		List<NodeView> leaves = set.nodes().stream().filter((node) -> !parents.contains(node.code())).toList();
		List<MatrixReport.UnitRow> units = new ArrayList<>();
		for (Map.Entry<UnitStanding, Map<String, PublishedUnit.Node>> tree : this.published.withTrees(set,
				snapshot.publication(), ordered)) {
			UnitStanding standing = tree.getKey();
			Map<String, Optional<BigDecimal>> points = new HashMap<>();
			for (NodeResult leaf : standing.result().leaves()) {
				points.put(leaf.code(), leaf.notApplicable() ? Optional.empty() : Optional.of(leaf.points()));
			}
			units.add(new MatrixReport.UnitRow(standing.unit().code(), standing.unit().name(), standing.rank().rank(),
					standing.result().total(), points, standing.result().bonus().applied(),
					standing.result().deduction().applied()));
		}
		return new MatrixReport(losses.ranking(), leaves, units, losses);
	}

	/**
	 * The province dashboard of a published year ({@link DashboardReport}): units × areas
	 * as % of what applies, the distribution of totals in {@code binCount} equal bins,
	 * classification counts, and each unit's totals over the group's published years.
	 * @throws NotFoundException as {@link #ranking}
	 */
	public DashboardReport dashboard(int year, String groupCode) {
		UnitGroupView group = group(groupCode);
		PublishedResults.Snapshot snapshot = snapshot(year, group);
		List<UnitStanding> ordered = snapshot.results()
			.standings()
			.stream()
			.sorted(Comparator.comparingInt((UnitStanding s) -> s.rank().rank()))
			.toList();
		List<UnitStanding> withAreas = this.published
			.withTrees(snapshot.results().set(), snapshot.publication(), ordered)
			.stream()
			.map(Map.Entry::getKey)
			.toList();
		return dashboard(group, snapshot.results(), withAreas, Optional.empty());
	}

	/**
	 * The code of a unit group, for addresses.
	 * @throws NotFoundException for an unknown group
	 */
	public String groupCode(long unitGroupId) {
		return this.organization.findGroup(unitGroupId)
			.orElseThrow(() -> new NotFoundException("error.not-found.group", unitGroupId))
			.code();
	}

	/**
	 * The province dashboard of a year before its publication, for the PAR office and the
	 * council (issue 12, item 2): the same charts from the results as scored now (the
	 * preview's code path), the year's totals joining the trend of the published years
	 * before it. Nobody else reads it: the controller allows the PAR office and council
	 * members only.
	 * @throws NotFoundException for an unknown set or unit group
	 */
	public DashboardReport dashboardBeforePublication(IndexSetView set) {
		UnitGroupView group = this.organization.findGroup(set.unitGroupId())
			.orElseThrow(() -> new NotFoundException("error.not-found.group", set.unitGroupId()));
		IndexResults results = this.scoring.results(set.year(), set.unitGroupId())
			.orElseThrow(() -> new NotFoundException("error.not-found.year", set.year(), group.name()));
		List<UnitStanding> ordered = results.standings()
			.stream()
			.sorted(Comparator.comparingInt((UnitStanding s) -> s.rank().rank()))
			.toList();
		return dashboard(group, results, ordered, Optional.of(results));
	}

	/**
	 * @param standings the units in rank order, each with its areas
	 * @param current the year's own results when it is not published (its totals end the
	 * trend)
	 */
	private DashboardReport dashboard(UnitGroupView group, IndexResults results, List<UnitStanding> standings,
			Optional<IndexResults> current) {
		IndexSetView set = results.set();
		int year = set.year();
		List<UnitStanding> ordered = standings;
		List<DashboardReport.Area> areas = set.nodes()
			.stream()
			.filter((node) -> node.parentCode().isEmpty())
			.map((node) -> new DashboardReport.Area(node.code(), node.name(), node.nameEn()))
			.toList();
		List<DashboardReport.UnitRow> units = new ArrayList<>();
		List<BigDecimal> sums = new ArrayList<>(Collections.nCopies(areas.size(), BigDecimal.ZERO));
		int[] counts = new int[areas.size()];
		for (UnitStanding standing : ordered) {
			Map<String, NodeResult> byCode = new HashMap<>();
			standing.result().areas().forEach((area) -> byCode.put(area.code(), area));
			List<Optional<BigDecimal>> percents = new ArrayList<>();
			for (int i = 0; i < areas.size(); i++) {
				NodeResult area = byCode.get(areas.get(i).code());
				if (area == null || area.applicableMax().signum() <= 0) {
					percents.add(Optional.empty());
					continue;
				}
				BigDecimal percent = Points.percent(area.points(), area.applicableMax());
				percents.add(Optional.of(percent));
				sums.set(i, sums.get(i).add(percent));
				counts[i]++;
			}
			units.add(new DashboardReport.UnitRow(standing.unit().code(), standing.unit().name(),
					standing.rank().rank(), standing.result().total(), percents));
		}
		List<BigDecimal> mean = new ArrayList<>();
		for (int i = 0; i < areas.size(); i++) {
			mean.add((counts[i] == 0) ? BigDecimal.ZERO : Points.divide(sums.get(i), BigDecimal.valueOf(counts[i])));
		}
		List<Integer> years = new ArrayList<>();
		Map<String, List<Optional<BigDecimal>>> trend = new HashMap<>();
		units.forEach((unit) -> trend.put(unit.code(), new ArrayList<>()));
		List<IndexListing> listings = indexes().stream()
			.filter((listing) -> listing.group().id() == group.id() && listing.set().year() <= year)
			.sorted(Comparator.comparingInt((IndexListing listing) -> listing.set().year()))
			.toList();
		// a unit re-founded under a new code continues its predecessor's line
		// (docs/scoring.md, "Year over year")
		UnitLineage lineage = this.organization.lineage(group.id());
		Map<String, List<String>> lines = new HashMap<>();
		for (UnitStanding standing : ordered) {
			List<String> codes = new ArrayList<>(
					lineage.line(standing.unit().id()).stream().map(UnitView::code).toList());
			Collections.reverse(codes);
			lines.put(standing.unit().code(), codes.isEmpty() ? List.of(standing.unit().code()) : codes);
		}
		List<IndexResults> shown = new ArrayList<>();
		listings.forEach((listing) -> shown.add(ranking(listing.set().year(), group.code()).results()));
		current.filter((draft) -> listings.stream().noneMatch((l) -> l.set().year() == year)).ifPresent(shown::add);
		for (IndexResults past : shown) {
			Map<String, BigDecimal> totals = new HashMap<>();
			past.standings().forEach((standing) -> totals.put(standing.unit().code(), standing.result().total()));
			years.add(past.set().year());
			trend.forEach((code,
					values) -> values.add(lines.getOrDefault(code, List.of(code))
						.stream()
						.map(totals::get)
						.filter((total) -> total != null)
						.findFirst()));
		}
		return new DashboardReport(new RankingReport(group, results), areas, units, mean, bins(units, 8),
				classes(set, ordered), years, trend);
	}

	private static List<DashboardReport.Bin> bins(List<DashboardReport.UnitRow> units, int binCount) {
		if (units.isEmpty()) {
			return List.of();
		}
		BigDecimal low = units.stream().map(DashboardReport.UnitRow::total).min(BigDecimal::compareTo).orElseThrow();
		BigDecimal high = units.stream().map(DashboardReport.UnitRow::total).max(BigDecimal::compareTo).orElseThrow();
		BigDecimal from = low.setScale(0, RoundingMode.FLOOR);
		BigDecimal to = high.setScale(0, RoundingMode.CEILING);
		if (to.compareTo(from) <= 0) {
			to = from.add(BigDecimal.ONE);
		}
		BigDecimal width = Points.divide(to.subtract(from), BigDecimal.valueOf(binCount));
		List<DashboardReport.Bin> bins = new ArrayList<>();
		for (int i = 0; i < binCount; i++) {
			BigDecimal start = from.add(width.multiply(BigDecimal.valueOf(i)));
			BigDecimal end = (i == binCount - 1) ? to : from.add(width.multiply(BigDecimal.valueOf(i + 1)));
			boolean last = i == binCount - 1;
			int count = (int) units.stream()
				.filter((unit) -> unit.total().compareTo(start) >= 0
						&& (last ? unit.total().compareTo(end) <= 0 : unit.total().compareTo(end) < 0))
				.count();
			bins.add(new DashboardReport.Bin(start, end, count));
		}
		return bins;
	}

	private static List<DashboardReport.ClassCount> classes(IndexSetView set, List<UnitStanding> standings) {
		List<DashboardReport.ClassCount> counts = new ArrayList<>();
		List<ClassBandView> bands = set.classes()
			.stream()
			.sorted(Comparator.comparing(ClassBandView::minPercent).reversed())
			.toList();
		for (ClassBandView band : bands) {
			int units = (int) standings.stream()
				.filter((standing) -> standing.result().classification().filter(band.code()::equals).isPresent())
				.count();
			counts.add(new DashboardReport.ClassCount(band.code(), band.name(), band.nameEn(), units));
		}
		int below = (int) standings.stream().filter((standing) -> standing.result().classification().isEmpty()).count();
		counts.add(new DashboardReport.ClassCount("", "", "", below));
		return counts;
	}

	/**
	 * A unit's history for its page: renames, where it came from (a merger, a split, a
	 * re-founding under a new code) and, for an ended unit, where it went, oldest first;
	 * each related unit with the latest published year that has its scorecard. Only
	 * published years are looked at (history itself is public).
	 * @throws NotFoundException for an unknown unit group
	 */
	public List<UnitHistoryEntry> history(String groupCode, UnitView unit) {
		UnitGroupView group = group(groupCode);
		List<UnitEventView> events = this.organization.history(unit.id());
		if (events.isEmpty()) {
			return List.of();
		}
		Map<Integer, Set<String>> published = new HashMap<>();
		for (IndexListing listing : indexes()) {
			if (listing.group().id() != group.id()) {
				continue;
			}
			int year = listing.set().year();
			Set<String> codes = new HashSet<>();
			ranking(year, groupCode).results().standings().forEach((standing) -> codes.add(standing.unit().code()));
			published.put(year, codes);
		}
		UnitLineage lineage = this.organization.lineage(group.id());
		List<UnitHistoryEntry> entries = new ArrayList<>();
		Map<String, UnitHistoryEntry> grouped = new HashMap<>();
		for (UnitEventView event : events) {
			Optional<UnitView> related = event.relatedUnitCode().flatMap(this.organization::findUnit);
			UnitHistoryEntry.Kind kind = switch (event.type()) {
				case RENAMED -> UnitHistoryEntry.Kind.RENAMED;
				case DEACTIVATED -> UnitHistoryEntry.Kind.DEACTIVATED;
				case MERGED_INTO -> UnitHistoryEntry.Kind.MERGED_INTO;
				case SPLIT_INTO -> lineage.refoundedAs(unit.id()).isPresent() ? UnitHistoryEntry.Kind.REFOUNDED_AS
						: UnitHistoryEntry.Kind.SPLIT_INTO;
				case SUCCEEDS -> succeeds(event, related, unit, events, lineage);
				case CREATED -> null;
			};
			if (kind == null) {
				continue;
			}
			Optional<UnitHistoryEntry.Related> link = related.map((other) -> new UnitHistoryEntry.Related(other,
					published.entrySet()
						.stream()
						.filter((year) -> year.getValue().contains(other.code()))
						.map(Map.Entry::getKey)
						.max(Integer::compare)));
			String key = kind + "/" + event.effectiveOn();
			UnitHistoryEntry same = grouped.get(key);
			if (same != null && link.isPresent()) {
				// one merger or split is one line, naming all the units
				List<UnitHistoryEntry.Related> units = new ArrayList<>(same.units());
				units.add(link.get());
				UnitHistoryEntry merged = new UnitHistoryEntry(kind, event.effectiveOn(), same.before(), same.after(),
						units);
				entries.set(entries.indexOf(same), merged);
				grouped.put(key, merged);
				continue;
			}
			Optional<UnitView> before = (kind == UnitHistoryEntry.Kind.RENAMED)
					? Optional
						.of(new UnitView(unit.id(), unit.code(), unit.groupId(), event.oldKind().orElse(unit.kind()),
								event.oldName().orElse(unit.name()), unit.position(), unit.active()))
					: Optional.empty();
			Optional<UnitView> after = (kind == UnitHistoryEntry.Kind.RENAMED)
					? Optional
						.of(new UnitView(unit.id(), unit.code(), unit.groupId(), event.newKind().orElse(unit.kind()),
								event.newName().orElse(unit.name()), unit.position(), unit.active()))
					: Optional.empty();
			UnitHistoryEntry entry = new UnitHistoryEntry(kind, event.effectiveOn(), before, after,
					link.map(List::of).orElse(List.of()));
			entries.add(entry);
			grouped.put(key, entry);
		}
		return entries;
	}

	private UnitHistoryEntry.Kind succeeds(UnitEventView event, Optional<UnitView> related, UnitView unit,
			List<UnitEventView> events, UnitLineage lineage) {
		if (related.map((earlier) -> mergedInto(earlier, unit)).orElse(false)) {
			boolean created = events.stream()
				.anyMatch((other) -> other.type() == UnitEventType.CREATED
						&& other.effectiveOn().equals(event.effectiveOn()));
			return created ? UnitHistoryEntry.Kind.MERGED_FROM : UnitHistoryEntry.Kind.ABSORBED;
		}
		return lineage.refoundedFrom(unit.id()).isPresent() ? UnitHistoryEntry.Kind.REFOUNDED_FROM
				: UnitHistoryEntry.Kind.SPLIT_FROM;
	}

	/** Whether the earlier unit merged into the later one (rather than split into it). */
	private boolean mergedInto(UnitView earlier, UnitView later) {
		return this.organization.history(earlier.id())
			.stream()
			.anyMatch((event) -> event.type() == UnitEventType.MERGED_INTO
					&& event.relatedUnitCode().filter(later.code()::equals).isPresent());
	}

	private UnitGroupView group(String code) {
		return this.organization.findGroup(code)
			.orElseThrow(() -> new NotFoundException("error.not-found.group", code));
	}

	/**
	 * The points a leaf's rule gives for what the unit entered, when the appraisers set
	 * its score: what the scorecard shows beside the adjusted score (issue 9, appr9 F16).
	 */
	private static Optional<BigDecimal> selfPoints(NodeResult node, Optional<PublishedUnit.Node> entry) {
		if (!(node.node() instanceof Leaf leaf) || entry.flatMap(PublishedUnit.Node::override).isEmpty()
				|| entry.get().inputs().isEmpty()) {
			return Optional.empty();
		}
		org.parindex.engine.Evaluation self = leaf.rule().evaluate(leaf.code(), leaf.maxPoints(), entry.get().inputs());
		return self.valid() ? Optional.of(self.points()) : Optional.empty();
	}

	/** A unit's scorecard rows in tree order: areas, criteria, sub-criteria. */
	static List<ScorecardRow> rows(UnitResult result, IndexSetView set, Map<String, PublishedUnit.Node> nodes) {
		List<ScorecardRow> rows = new ArrayList<>();
		for (NodeResult area : result.areas()) {
			addRows(area, 0, set, nodes, rows);
		}
		return rows;
	}

	private static void addRows(NodeResult node, int depth, IndexSetView set, Map<String, PublishedUnit.Node> nodes,
			List<ScorecardRow> rows) {
		NodeView view = set.node(node.code()).orElseThrow();
		Optional<PublishedUnit.Node> entry = Optional.ofNullable(nodes.get(node.code()));
		Optional<Component> component = (node.node() instanceof Leaf leaf) ? Optional.of(leaf.component())
				: Optional.empty();
		rows.add(new ScorecardRow(node.code(), node.node().level(), depth, view.name(), view.nameEn(), node.maxPoints(),
				node.applicableMax(), node.points(), node.isLeaf(), component, node.status(),
				entry.map(PublishedUnit.Node::shownInputs).orElse(Map.of()),
				entry.flatMap(PublishedUnit.Node::override), entry.map(PublishedUnit.Node::comment).orElse(""),
				entry.map(PublishedUnit.Node::surveyContractors).orElse(""), selfPoints(node, entry)));
		for (NodeResult child : node.children()) {
			addRows(child, depth + 1, set, nodes, rows);
		}
	}

}
