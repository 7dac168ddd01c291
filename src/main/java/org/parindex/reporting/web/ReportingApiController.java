package org.parindex.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.parindex.engine.Component;
import org.parindex.engine.LeafStatistics;
import org.parindex.engine.Points;
import org.parindex.methodology.IndexSetView;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitView;
import org.parindex.platform.Formats;
import org.parindex.reporting.RankingReport;
import org.parindex.reporting.ReportingService;
import org.parindex.reporting.ScorecardReport;
import org.parindex.reporting.ScorecardRow;
import org.parindex.scoring.PreviousStanding;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published results as JSON. Points are rounded to two places as published; each total
 * also comes unrounded ({@code totalExact}) for audit. Unknown years, groups and units
 * answer 404 with a {@code ProblemDetail}.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Results", description = "Rankings, scorecards and narrative summaries of the PAR Index")
class ReportingApiController {

	private final ReportingService reporting;

	private final Formats formats;

	ReportingApiController(ReportingService reporting, Formats formats) {
		this.reporting = reporting;
		this.formats = formats;
	}

	@GetMapping("/rankings/{year}/{group}")
	@Operation(summary = "The ranking of a year and unit group")
	RankingResponse ranking(@Parameter(example = "2021") @PathVariable int year,
			@Parameter(example = "gia-lai-district") @PathVariable String group) {
		RankingReport report = this.reporting.ranking(year, group);
		IndexSetView set = report.results().set();
		List<RankingEntry> entries = report.results()
			.standings()
			.stream()
			.map((standing) -> entry(RankingRow.of(standing, set)))
			.toList();
		return new RankingResponse(year, GroupJson.of(report.group()), IndexSetJson.of(set),
				report.results().unitCount(), report.results().previousYear(), entries);
	}

	@GetMapping("/scorecards/{year}/{group}/{unit}")
	@Operation(summary = "A unit's scorecard: tree, statistics and narrative summary",
			description = "The narrative is in the request's language (Vietnamese unless ?lang=en).")
	ScorecardResponse scorecard(@Parameter(example = "2021") @PathVariable int year,
			@Parameter(example = "gia-lai-district") @PathVariable String group,
			@Parameter(example = "dak-po") @PathVariable String unit, Locale locale) {
		ScorecardReport report = this.reporting.scorecard(year, group, unit, locale);
		IndexSetView set = report.results().set();
		RankingRow row = RankingRow.of(report.standing(), set);
		List<NodeJson> tree = new ArrayList<>();
		List<NodeJson> stack = new ArrayList<>();
		for (ScorecardRow node : report.rows()) {
			NodeJson json = NodeJson.of(node, set.publishedPlaces());
			while (stack.size() > node.depth()) {
				stack.remove(stack.size() - 1);
			}
			if (stack.isEmpty()) {
				tree.add(json);
			}
			else {
				stack.get(stack.size() - 1).children().add(json);
			}
			stack.add(json);
		}
		return new ScorecardResponse(year, GroupJson.of(report.group()), IndexSetJson.of(set), entry(row),
				StatisticsJson.of(report.appraisal(), set.publishedPlaces()),
				new NarrativeJson(report.narrative().title(), report.narrative().paragraphs()), tree);
	}

	private RankingEntry entry(RankingRow row) {
		int places = row.places();
		return new RankingEntry(row.rank(), this.formats.rank(row.rank(), row.unitCount(), row.rankLabel()),
				UnitJson.of(row.unit()), Points.atPlaces(row.appraisal(), places),
				Points.atPlaces(row.survey(), places), Points.atPlaces(row.bonus(), places),
				Points.atPlaces(row.deduction(), places), Points.atPlaces(row.total(), places),
				Points.normalize(row.total()).toPlainString(), Points.atPlaces(row.indexPercent(), places),
				row.classification().map((band) -> new ClassJson(band.code(), band.name(), band.nameEn())),
				row.previous().map((previous) -> change(previous, places)), row.submitted());
	}

	private static ChangeJson change(PreviousStanding previous, int places) {
		return new ChangeJson(previous.year(), previous.rank(), previous.change().rankDelta(),
				previous.change().direction().name(), Points.atPlaces(previous.change().scoreDelta(), places),
				previous.predecessor().map(UnitJson::of));
	}

	record RankingResponse(int year, GroupJson unitGroup, IndexSetJson indexSet, int unitCount,
			Optional<Integer> previousYear, List<RankingEntry> ranking) {

	}

	record ScorecardResponse(int year, GroupJson unitGroup, IndexSetJson indexSet, RankingEntry result,
			StatisticsJson appraisalStatistics, NarrativeJson narrative, List<NodeJson> tree) {

	}

	record GroupJson(String code, String name, String nameEn) {

		static GroupJson of(UnitGroupView group) {
			return new GroupJson(group.code(), group.name(), group.nameEn());
		}

	}

	/**
	 * @param publishedPlaces the decimals of published figures
	 * @param rankLabel how ranks are written: UNIT_COUNT_WIDTH, TWO_DIGITS or NONE
	 */
	record IndexSetJson(long id, String name, boolean illustrative, BigDecimal appraisalMax, BigDecimal surveyMax,
			BigDecimal bonusCap, BigDecimal deductionCap, BigDecimal totalMax, int publishedPlaces, String rankLabel) {

		static IndexSetJson of(IndexSetView set) {
			return new IndexSetJson(set.id(), set.name(), set.illustrative(),
					Points.normalize(set.componentMax(Component.APPRAISAL)),
					Points.normalize(set.componentMax(Component.SURVEY)), Points.normalize(set.bonusCap()),
					Points.normalize(set.deductionCap()), Points.normalize(set.totalMax()), set.publishedPlaces(),
					set.rankLabel().name());
		}

	}

	record UnitJson(String code, String name, String kind) {

		static UnitJson of(UnitView unit) {
			return new UnitJson(unit.code(), unit.name(), unit.kind().name());
		}

	}

	/**
	 * A unit's result, figures at the set's published precision.
	 *
	 * @param submitted false for a unit that never submitted its self-assessment: scored
	 * on what was appraised, zero elsewhere
	 */
	record RankingEntry(int rank, String rankLabel, UnitJson unit, BigDecimal appraisal, BigDecimal survey,
			BigDecimal bonus, BigDecimal deduction, BigDecimal total, String totalExact, BigDecimal indexPercent,
			Optional<ClassJson> classification, Optional<ChangeJson> change, boolean submitted) {

	}

	record ClassJson(String code, String name, String nameEn) {

	}

	/**
	 * Change from the previous year: rankDelta is positive when the unit moved up;
	 * comparedWith names the predecessor whose result it is, for a unit re-founded under
	 * a new code (absent when it is the unit's own).
	 */
	record ChangeJson(int previousYear, int previousRank, int rankDelta, String direction, BigDecimal scoreDelta,
			Optional<UnitJson> comparedWith) {

	}

	record StatisticsJson(LevelJson criteria, LevelJson subCriteria, BigDecimal achieved, BigDecimal lost,
			BigDecimal max) {

		static StatisticsJson of(LeafStatistics statistics, int places) {
			return new StatisticsJson(LevelJson.of(statistics.criteria(), places),
					LevelJson.of(statistics.subCriteria(), places), Points.atPlaces(statistics.achieved(), places),
					Points.atPlaces(statistics.max(), places).subtract(Points.atPlaces(statistics.achieved(), places)),
					Points.normalize(statistics.max()));
		}

	}

	record LevelJson(int atMaximum, int losingPoints, BigDecimal achieved, BigDecimal lost) {

		static LevelJson of(LeafStatistics.LevelCount count, int places) {
			return new LevelJson(count.atMaximum(), count.losingPoints(), Points.atPlaces(count.achieved(), places),
					Points.atPlaces(count.lost(), places));
		}

	}

	record NarrativeJson(String title, List<String> paragraphs) {

	}

	/**
	 * @param max the node's maximum in the index set
	 * @param applicableMax the maximum of what applies to the unit (less the nodes marked
	 * not applicable; 0 for a node not applicable)
	 * @param lost shown applicable maximum − shown points
	 */
	record NodeJson(String code, String level, String name, String nameEn, BigDecimal max, BigDecimal applicableMax,
			BigDecimal points, BigDecimal lost, Optional<String> component, Optional<String> status,
			Map<String, BigDecimal> inputs, Optional<String> comment, List<NodeJson> children) {

		/**
		 * A node, its points at the published precision and lost = shown applicable max −
		 * shown points.
		 */
		static NodeJson of(ScorecardRow row, int places) {
			Map<String, BigDecimal> inputs = new java.util.LinkedHashMap<>();
			row.inputs().forEach((name, value) -> inputs.put(name, Points.normalize(value)));
			return new NodeJson(row.code(), row.level().name(), row.name(), row.nameEn(),
					Points.normalize(row.maxPoints()), Points.normalize(row.applicableMax()),
					Points.atPlaces(row.points(), places),
					Points.atPlaces(row.applicableMax(), places).subtract(Points.atPlaces(row.points(), places)),
					row.component().map(Enum::name), row.leaf() ? Optional.of(row.status().name()) : Optional.empty(),
					inputs, row.comment().isEmpty() ? Optional.empty() : Optional.of(row.comment()), new ArrayList<>());
		}

	}

}
