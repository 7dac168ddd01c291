package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province dashboard of a published year (issue 12, item 2): what its charts and the
 * data tables behind them show.
 *
 * @param ranking the year's ranking
 * @param areas the index set's areas in order: code and name (Vietnamese, English)
 * @param units every unit in rank order with its total and each area's points as a % of
 * what applies to it
 * @param mean each area's mean % over the units, in area order
 * @param bins the distribution of totals: equal-width bins from the lowest to the highest
 * total
 * @param classes how many units fall in each classification band, best band first; the
 * last entry (empty code) counts units below every band
 * @param years the published years of the unit group up to this one, oldest first
 * @param trend each unit's total in each of those years (empty where it did not take
 * part), by unit code
 */
public record DashboardReport(RankingReport ranking, List<Area> areas, List<UnitRow> units, List<BigDecimal> mean,
		List<Bin> bins, List<ClassCount> classes, List<Integer> years, Map<String, List<Optional<BigDecimal>>> trend) {

	public DashboardReport {
		areas = List.copyOf(areas);
		units = List.copyOf(units);
		mean = List.copyOf(mean);
		bins = List.copyOf(bins);
		classes = List.copyOf(classes);
		years = List.copyOf(years);
		trend = Map.copyOf(trend);
	}

	/** An area of the index set. */
	public record Area(String code, String name, String nameEn) {

	}

	/**
	 * A unit's row.
	 *
	 * @param percents each area's points ÷ applicable maximum × 100 (%, 0–100), in area
	 * order; empty for an area not applicable to the unit
	 */
	public record UnitRow(String code, String name, int rank, BigDecimal total, List<Optional<BigDecimal>> percents) {

		public UnitRow {
			percents = List.copyOf(percents);
		}

	}

	/** Units whose total is in {@code [from, to)} (the last bin includes {@code to}). */
	public record Bin(BigDecimal from, BigDecimal to, int units) {

	}

	/** A classification band and its number of units; empty code: below every band. */
	public record ClassCount(String code, String name, String nameEn, int units) {

	}

}
