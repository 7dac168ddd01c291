package org.parindex.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parindex.engine.Component;
import org.parindex.engine.Points;
import org.parindex.methodology.IndexSetView;
import org.parindex.platform.NotFoundException;
import org.parindex.reporting.PublicationService;
import org.parindex.reporting.PublicationView;
import org.parindex.reporting.PublishedResultView;
import org.parindex.reporting.RankCertaintyService;
import org.parindex.reporting.RankingReport;
import org.parindex.reporting.ReportingService;
import org.parindex.reporting.ScorecardReport;
import org.parindex.reporting.ScorecardRow;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pages of published results: home, ranking, scorecard and narrative summary. */
@Controller
class ReportingPageController {

	private final ReportingService reporting;

	private final MessageSource messages;

	private final JsonMapper json;

	private final PublicationService publications;

	private final RankCertaintyService certainty;

	ReportingPageController(ReportingService reporting, MessageSource messages, JsonMapper json,
			PublicationService publications, RankCertaintyService certainty) {
		this.publications = publications;
		this.reporting = reporting;
		this.messages = messages;
		this.json = json;
		this.certainty = certainty;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("indexes", this.reporting.indexes());
		return "reporting/home";
	}

	@GetMapping("/reporting/rankings/{year}/{group}")
	String ranking(@PathVariable int year, @PathVariable String group, Model model) {
		RankingReport report = this.reporting.ranking(year, group);
		IndexSetView set = report.results().set();
		model.addAttribute("report", report);
		model.addAttribute("set", set);
		model.addAttribute("rows", report.results().standings().stream().map((s) -> RankingRow.of(s, set)).toList());
		model.addAttribute("appraisalMax", set.componentMax(Component.APPRAISAL));
		model.addAttribute("surveyMax", set.componentMax(Component.SURVEY));
		model.addAttribute("revisions", this.publications.revisions(set.id()));
		model.addAttribute("certainty", this.certainty.of(report.results()).orElse(null));
		return "reporting/ranking";
	}

	/** The results as an earlier (or the latest) revision published them. */
	@GetMapping("/reporting/rankings/{year}/{group}/revisions/{revision}")
	String revision(@PathVariable int year, @PathVariable String group, @PathVariable int revision, Model model) {
		RankingReport report = this.reporting.ranking(year, group);
		IndexSetView set = report.results().set();
		List<PublicationView> revisions = this.publications.revisions(set.id());
		PublicationView shown = revisions.stream()
			.filter((r) -> r.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("publication.revision.unknown", revision));
		model.addAttribute("set", set);
		model.addAttribute("group", report.group());
		model.addAttribute("revision", shown);
		PublicationView current = revisions.get(revisions.size() - 1);
		List<PublishedResultView> results = this.publications.results(set.id(), revision);
		model.addAttribute("latest", revision == current.revision());
		model.addAttribute("current", current);
		model.addAttribute("results", results);
		// the columns' maxima as the ranking writes them, and each unit linked to its
		// scorecard by its code (issue 9, #12)
		model.addAttribute("appraisalMax", set.componentMax(Component.APPRAISAL));
		model.addAttribute("surveyMax", set.componentMax(Component.SURVEY));
		java.util.Map<Long, String> unitCodes = new java.util.HashMap<>();
		report.results().standings().forEach((s) -> unitCodes.put(s.unit().id(), s.unit().code()));
		model.addAttribute("unitCodes", unitCodes);
		// what a correction changed, criterion by criterion: old → new points at the
		// published precision, with the corrected figures (issue 9, rev9)
		model.addAttribute("criteria", this.publications.changedCriteria(set.id(), revision));
		// a superseded revision links to the current result and says what changed
		// since, unit by unit (walk #18)
		model.addAttribute("changes", (revision == current.revision()) ? List.of()
				: changes(results, this.publications.results(set.id(), current.revision())));
		return "reporting/revision";
	}

	/**
	 * The units whose total or rank differs between a revision's results and the current
	 * ones, in the revision's order (total compared unrounded).
	 */
	static List<RevisionChange> changes(List<PublishedResultView> shown, List<PublishedResultView> current) {
		java.util.Map<Long, PublishedResultView> now = new java.util.HashMap<>();
		current.forEach((row) -> now.put(row.unitId(), row));
		List<RevisionChange> changes = new java.util.ArrayList<>();
		for (PublishedResultView before : shown) {
			PublishedResultView after = now.get(before.unitId());
			if (after != null && (after.total().compareTo(before.total()) != 0 || after.rank() != before.rank())) {
				changes.add(new RevisionChange(before, after));
			}
		}
		return changes;
	}

	/**
	 * A unit's result in a superseded revision and now.
	 *
	 * @param before as the revision shown published it
	 * @param after as the current revision publishes it
	 */
	record RevisionChange(PublishedResultView before, PublishedResultView after) {

	}

	@GetMapping("/reporting/scorecards/{year}/{group}/{unit}")
	String scorecard(@PathVariable int year, @PathVariable String group, @PathVariable String unit, Locale locale,
			Model model) {
		return scorecard(this.reporting.scorecard(year, group, unit, locale), year, group, unit, model);
	}

	/**
	 * A unit's scorecard as an earlier (or the latest) revision published it: its
	 * results, tree, narrative and bonus and deduction items frozen with that revision
	 * (issue 9, rev9).
	 */
	@GetMapping("/reporting/scorecards/{year}/{group}/{unit}/revisions/{revision}")
	String scorecardRevision(@PathVariable int year, @PathVariable String group, @PathVariable String unit,
			@PathVariable int revision, Locale locale, Model model) {
		return scorecard(this.reporting.scorecard(year, group, unit, revision, locale), year, group, unit, model);
	}

	private String scorecard(ScorecardReport report, int year, String group, String unit, Model model) {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("report", report);
		model.addAttribute("set", report.results().set());
		model.addAttribute("row", RankingRow.of(report.standing(), report.results().set()));
		model.addAttribute("appraisalMax", report.results().set().componentMax(Component.APPRAISAL));
		model.addAttribute("surveyMax", report.results().set().componentMax(Component.SURVEY));
		model.addAttribute("chart", this.json.writeValueAsString(chart(report, locale)));
		// a corrected year says so on every scorecard (issue 9, W5)
		model.addAttribute("revisions", this.publications.revisions(report.results().set().id()));
		// the unit's rank band over the survey's resamples (issue 12, item 5)
		model.addAttribute("band",
				this.certainty.of(report.results()).flatMap((c) -> c.unit(report.standing().unit().id())).orElse(null));
		// renamed, merged, split, reestablished: shown with links to the other units
		// (docs/scoring.md, "Year over year")
		model.addAttribute("history", this.reporting.history(group, report.standing().unit()));
		// what an approved bonus or deduction was for: the proposal's reason and basis;
		// refused proposals are never shown on public pages (walk of 02/12, finding 10);
		// as the revision shown published them, never the ledger as it is now (rev9)
		long unitId = report.standing().unit().id();
		model.addAttribute("counted", report.adjustments());
		// a superseded revision says so and links to the current scorecard
		java.util.List<PublicationView> all = this.publications.revisions(report.results().set().id());
		model.addAttribute("shownRevision",
				(!all.isEmpty() && all.get(all.size() - 1).revision() != report.publication().revision())
						? report.publication() : null);
		// a criterion corrected after publication is labelled a correction, from the
		// points first published to those of the revision shown, never "self-assessed →
		// appraised" (walk A of 02/12, finding 4)
		model.addAttribute("correctedLeaves", correctedLeaves(all, unitId, report.publication().revision()));
		// the unit's improvement plan, for the unit itself and the PAR office (issue 12,
		// item 7)
		model.addAttribute("planLink",
				org.parindex.platform.Actors.current()
					.filter((actor) -> org.parindex.reporting.improvement.ImprovementPlanService.mayEdit(actor, unitId))
					.map((actor) -> org.parindex.reporting.improvement.ImprovementPlan.link(year, group, unit))
					.orElse(null));
		return "reporting/scorecard";
	}

	/**
	 * The unit's criteria corrected after publication up to a revision, by code: the
	 * points before the first correction and after the last ({@code [old, new]}, points).
	 */
	static Map<String, java.math.BigDecimal[]> correctedLeaves(java.util.List<PublicationView> revisions, long unitId,
			int upTo) {
		Map<String, java.math.BigDecimal[]> corrected = new java.util.LinkedHashMap<>();
		for (PublicationView revision : revisions) {
			if (revision.revision() > upTo || revision.correction().isEmpty()) {
				continue;
			}
			PublicationView.Correction c = revision.correction().get();
			if (c.criterion() && c.unitId() == unitId) {
				java.math.BigDecimal[] span = corrected.computeIfAbsent(c.leafCode(),
						(code) -> new java.math.BigDecimal[] { c.oldPoints(), c.newPoints() });
				span[1] = c.newPoints();
			}
		}
		return corrected;
	}

	@GetMapping("/reporting/summaries/{year}/{group}/{unit}")
	String summary(@PathVariable int year, @PathVariable String group, @PathVariable String unit, Locale locale,
			Model model) {
		ScorecardReport report = this.reporting.scorecard(year, group, unit, locale);
		model.addAttribute("report", report);
		model.addAttribute("set", report.results().set());
		return "reporting/summary";
	}

	/**
	 * Points by area against maximum, for the ECharts bar chart (see
	 * static/js/charts.js).
	 */
	private Map<String, Object> chart(ScorecardReport report, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		List<ScorecardRow> areas = report.areas();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("categories", areas.stream()
			.map((area) -> area.code() + ". " + ((english && !area.nameEn().isEmpty()) ? area.nameEn() : area.name()))
			.toList());
		chart.put("achieved", areas.stream().map((area) -> Points.display(area.points())).toList());
		chart.put("lost", areas.stream().map((area) -> Points.display(area.lostPoints())).toList());
		chart.put("achievedLabel", this.messages.getMessage("scorecard.chart.achieved", null, locale));
		chart.put("lostLabel", this.messages.getMessage("scorecard.chart.lost", null, locale));
		chart.put("decimalSeparator", english ? "." : ",");
		return chart;
	}

}
