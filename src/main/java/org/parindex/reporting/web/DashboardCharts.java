package org.parindex.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Points;
import org.parindex.methodology.IndexSetView;
import org.parindex.platform.Formats;
import org.parindex.reporting.DashboardReport;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * The dashboard page's model (issue 12, item 2): the report, and the charts' data as one
 * JSON attribute read by {@code dashboard.js} (areas, heatmap cells as % of what applies
 * at one place, the distribution's bins, classification counts, the trend at the
 * published precision, the province's mean and each unit's radar). The same for the
 * public page of a published year and the PAR office's and council's page before
 * publication.
 */
final class DashboardCharts {

	private final MessageSource messages;

	private final Formats formats;

	private final JsonMapper json;

	DashboardCharts(MessageSource messages, Formats formats, JsonMapper json) {
		this.messages = messages;
		this.formats = formats;
		this.json = json;
	}

	/**
	 * Puts {@code dashboard}, {@code report}, {@code set} and {@code chart} in the model.
	 */
	void addTo(Model model, DashboardReport report, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		IndexSetView set = report.ranking().results().set();
		List<String> areas = report.areas()
			.stream()
			.map((area) -> area.code() + ". " + ((english && !area.nameEn().isEmpty()) ? area.nameEn() : area.name()))
			.toList();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("decimalSeparator", english ? "." : ",");
		// the published precision, for the trend's totals and their mean
		chart.put("places", set.publishedPlaces());
		chart.put("areas", areas);
		chart.put("areaCodes", report.areas().stream().map(DashboardReport.Area::code).toList());
		chart.put("units", report.units().stream().map(DashboardReport.UnitRow::name).toList());
		List<List<Object>> cells = new ArrayList<>();
		for (int u = 0; u < report.units().size(); u++) {
			List<Optional<BigDecimal>> percents = report.units().get(u).percents();
			for (int a = 0; a < percents.size(); a++) {
				if (percents.get(a).isPresent()) {
					cells.add(List.of(a, u, Points.atPlaces(percents.get(a).get(), 1)));
				}
			}
		}
		chart.put("heatmap", cells);
		chart.put("bins",
				report.bins()
					.stream()
					.map((bin) -> this.formats.points(bin.from(), 1) + "–" + this.formats.points(bin.to(), 1))
					.toList());
		chart.put("binCounts", report.bins().stream().map(DashboardReport.Bin::units).toList());
		chart.put("classes",
				report.classes()
					.stream()
					.map((band) -> band.code().isEmpty()
							? this.messages.getMessage("province.dashboard.class.none", null, locale)
							: (english ? band.nameEn() : band.name()))
					.toList());
		chart.put("classCounts", report.classes().stream().map(DashboardReport.ClassCount::units).toList());
		chart.put("years", report.years());
		List<Map<String, Object>> trend = new ArrayList<>();
		for (DashboardReport.UnitRow unit : report.units()) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("name", unit.name());
			line.put("values", report.trend()
				.get(unit.code())
				.stream()
				.map((value) -> value.map((v) -> (Object) Points.atPlaces(v, set.publishedPlaces())).orElse(null))
				.toList());
			trend.add(line);
		}
		chart.put("trend", trend);
		chart.put("mean", report.mean().stream().map((value) -> Points.atPlaces(value, 1)).toList());
		chart.put("radar",
				report.units()
					.stream()
					.map((unit) -> unit.percents()
						.stream()
						.map((value) -> value.map((v) -> (Object) Points.atPlaces(v, 1)).orElse(null))
						.toList())
					.toList());
		chart.put("labels", Map.of("mean", this.messages.getMessage("province.dashboard.mean", null, locale), "units",
				this.messages.getMessage("province.dashboard.units", null, locale)));
		model.addAttribute("dashboard", report);
		model.addAttribute("report", report.ranking());
		model.addAttribute("set", set);
		model.addAttribute("chart", this.json.writeValueAsString(chart));
	}

}
