package org.parindex.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Effort;
import org.parindex.engine.RankClimb;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.web.FormErrors;
import org.parindex.platform.Formats;
import org.parindex.engine.Points;
import org.parindex.methodology.IndexSetView;
import org.parindex.reporting.ClimbReport;
import org.parindex.reporting.DashboardReport;
import org.parindex.reporting.LossReport;
import org.parindex.reporting.ReportingService;
import org.parindex.reporting.ScorecardRow;
import org.parindex.reporting.YearComparison;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysis of a published year, public like its ranking (issue 12): where the units
 * lost points (item 3), and "what it takes to move up" for a unit (item 4). For the
 * latter, the effort tags and what-if scores travel in the page's address
 * ({@code effort.1.1=LOW}, {@code score.1.1=0,5}), so a unit's analysis can be bookmarked
 * and shared; nothing is stored.
 */
@Controller
class AnalysisController {

	private static final String EFFORT = "effort.";

	private static final String SCORE = "score.";

	private final ReportingService reporting;

	private final MessageSource messages;

	private final Formats formats;

	private final JsonMapper json;

	AnalysisController(ReportingService reporting, MessageSource messages, Formats formats, JsonMapper json) {
		this.reporting = reporting;
		this.messages = messages;
		this.formats = formats;
		this.json = json;
	}

	@GetMapping("/reporting/rankings/{year}/{group}/dashboard")
	String dashboard(@PathVariable int year, @PathVariable String group, Locale locale, Model model) {
		DashboardReport report = this.reporting.dashboard(year, group);
		new DashboardCharts(this.messages, this.formats, this.json).addTo(model, report, locale);
		return "reporting/dashboard";
	}

	@GetMapping("/reporting/rankings/{year}/{group}/losses")
	String losses(@PathVariable int year, @PathVariable String group, Model model) {
		LossReport report = this.reporting.losses(year, group);
		model.addAttribute("losses", report);
		model.addAttribute("report", report.ranking());
		model.addAttribute("set", report.ranking().results().set());
		model.addAttribute("unitCount", report.ranking().results().unitCount());
		return "reporting/losses";
	}

	/**
	 * A unit's result criterion by criterion against the year before, through the
	 * crosswalk of the two years' index sets (issue 12, item 6).
	 */
	@GetMapping("/reporting/scorecards/{year}/{group}/{unit}/compare")
	String compare(@PathVariable int year, @PathVariable String group, @PathVariable String unit, Locale locale,
			Model model) {
		YearComparison comparison = this.reporting.comparison(year, group, unit, locale);
		model.addAttribute("comparison", comparison);
		model.addAttribute("report", comparison.scorecard());
		model.addAttribute("set", comparison.scorecard().results().set());
		model.addAttribute("row",
				RankingRow.of(comparison.scorecard().standing(), comparison.scorecard().results().set()));
		return "reporting/compare";
	}

	@GetMapping("/reporting/scorecards/{year}/{group}/{unit}/climb")
	String climb(@PathVariable int year, @PathVariable String group, @PathVariable String unit,
			@RequestParam Map<String, String> params, Locale locale, Model model) {
		ClimbReport plain = this.reporting.climb(year, group, unit, locale, Map.of(), Map.of());
		Map<String, Effort> efforts = new LinkedHashMap<>();
		Map<String, String> typed = new LinkedHashMap<>();
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (RankClimb.Lost lost : plain.lost()) {
			String effort = params.get(EFFORT + lost.code());
			if (effort != null && !effort.isBlank()) {
				Optional<Effort> parsed = parseEffort(effort);
				if (parsed.isPresent()) {
					efforts.put(lost.code(), parsed.get());
				}
				else {
					errors.add(this.messages.getMessage("climb.error.effort", new Object[] { lost.code() }, locale));
				}
			}
			String score = params.get(SCORE + lost.code());
			if (score == null || score.isBlank()) {
				continue;
			}
			typed.put(lost.code(), score);
			ScorecardRow row = plain.row(lost.code());
			String max = this.formats.number(row.applicableMax());
			try {
				// points: one reading everywhere, 1.000 is refused as a thousand or one
				// (issue 9, num9; docs/scoring.md)
				BigDecimal value = DecimalInput.parseDecimal(score).orElseThrow();
				if (value.signum() < 0 || value.compareTo(row.applicableMax()) > 0) {
					errors.add(this.messages.getMessage("climb.error.range", new Object[] { lost.code(), score, max },
							locale));
				}
				else {
					scores.put(lost.code(), value);
				}
			}
			catch (DecimalInput.AmbiguousNumberException ex) {
				String label = this.messages.getMessage("climb.field", new Object[] { lost.code() }, locale);
				errors.add(this.messages.getMessage(FormErrors.ambiguous(label, score, locale), locale));
			}
			catch (NumberFormatException ex) {
				errors.add(this.messages.getMessage("climb.error.number", new Object[] { lost.code(), score }, locale));
			}
		}
		ClimbReport report = this.reporting.climb(year, group, unit, locale, efforts,
				errors.isEmpty() ? scores : Map.of());
		model.addAttribute("climb", report);
		model.addAttribute("report", report.scorecard());
		model.addAttribute("set", report.scorecard().results().set());
		model.addAttribute("row", RankingRow.of(report.scorecard().standing(), report.scorecard().results().set()));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("efforts", Effort.values());
		return "reporting/climb";
	}

	private static Optional<Effort> parseEffort(String text) {
		for (Effort effort : Effort.values()) {
			if (effort.name().equals(text)) {
				return Optional.of(effort);
			}
		}
		return Optional.empty();
	}

}
