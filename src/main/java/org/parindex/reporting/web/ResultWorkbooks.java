package org.parindex.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.parindex.engine.Component;
import org.parindex.engine.Points;
import org.parindex.methodology.CrosswalkRemarks;
import org.parindex.methodology.IndexSetView;
import org.parindex.platform.Formats;
import org.parindex.platform.ReportWorkbook;
import org.parindex.platform.SpreadsheetText;
import org.parindex.engine.UnitResult;
import org.parindex.methodology.IndexSetView;
import org.parindex.reporting.LossAnalysis;
import org.parindex.reporting.MatrixReport;
import org.parindex.reporting.RankingReport;
import org.parindex.reporting.ScorecardReport;
import org.parindex.reporting.ScorecardRow;
import org.parindex.reporting.YearComparison;

import org.springframework.context.MessageSource;

/**
 * The ranking, a unit's scorecard and the units × sub-criteria matrix as XLSX workbooks
 * (issue 12, item 1), in the house layout of {@link ReportWorkbook}. Numbers are number
 * cells rounded to the index set's published precision (so the sums Excel computes are
 * the published figures), shown with that many decimals in the reader's own separators
 * ({@code #,##0.00}); text that looks like a formula is neutralised. The title rows say
 * what the table is; the header row is frozen and repeated on each printed page, columns
 * are sized for their content, and the sheet prints on A4 landscape, one page wide.
 */
final class ResultWorkbooks {

	private final MessageSource messages;

	private final Locale locale;

	ResultWorkbooks(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The year's ranking with its components, one row per unit in rank order. */
	void ranking(RankingReport report, List<RankingRow> rows, OutputStream out) throws IOException {
		try (ReportWorkbook writer = new ReportWorkbook(report.results().set().publishedPlaces())) {
			Sheet sheet = writer.sheet(text("xlsx.ranking.sheet"));
			writer.title(sheet, text("ranking.title", report.results().set().year()), report.group().name(),
					report.results().set().name());
			// the columns headed with their maxima, as the ranking page heads them (issue
			// 9, #12)
			IndexSetView set = report.results().set();
			List<String> header = List.of(text("ranking.rank"), text("ranking.unit"),
					text("ranking.appraisal", maximum(set.appraisalMax())),
					text("ranking.survey", maximum(set.surveyMax())), text("ranking.bonus", maximum(set.bonusCap())),
					text("ranking.deduction", maximum(set.deductionCap())),
					text("ranking.total", maximum(set.totalMax())), text("xlsx.ranking.index"),
					text("scorecard.classification"), text("xlsx.ranking.submitted"));
			Optional<Integer> previousYear = report.results().previousYear();
			if (previousYear.isPresent()) {
				header = new ArrayList<>(header);
				header.add(text("xlsx.ranking.change", previousYear.get()));
				header.add(text("xlsx.ranking.remark"));
			}
			int[] widths = { 8, 30, 12, 12, 10, 10, 12, 12, 16, 16, 14, 40 };
			int at = writer.header(sheet, header, widths);
			for (RankingRow row : rows) {
				Row line = sheet.createRow(at++);
				writer.number(line, 0, BigDecimal.valueOf(row.rank()), 0);
				writer.text(line, 1, row.unit().name());
				writer.points(line, 2, row.appraisal());
				writer.points(line, 3, row.survey());
				writer.points(line, 4, row.bonus());
				writer.points(line, 5, row.deduction());
				writer.points(line, 6, row.total());
				writer.points(line, 7, row.indexPercent());
				writer.text(line, 8,
						row.classification()
							.map((band) -> "en".equals(this.locale.getLanguage()) ? band.nameEn() : band.name())
							.orElse(""));
				writer.text(line, 9, row.submitted() ? text("xlsx.yes") : text("ranking.not-submitted"));
				if (previousYear.isPresent() && row.previous().isPresent()) {
					// places gained since the year before: +2 up, −4 down, 0 unchanged
					writer.signed(line, 10, row.previous().get().change().rankDelta());
				}
				if (previousYear.isPresent()) {
					writer.text(line, 11,
							RankingRow.lineageRemark(row.previous(), row.predecessors(), this.messages, this.locale));
				}
			}
			writer.write(out);
		}
	}

	/** A unit's scorecard: its tree with maximum, points, points lost and comments. */
	void scorecard(ScorecardReport report, String unitTitle, OutputStream out) throws IOException {
		try (ReportWorkbook writer = new ReportWorkbook(report.results().set().publishedPlaces())) {
			Sheet sheet = writer.sheet(text("xlsx.scorecard.sheet"));
			writer.title(sheet, text("scorecard.title", unitTitle, report.results().set().year()),
					report.group().name(), report.results().set().name());
			List<String> header = List.of(text("scorecard.tree.code"), text("scorecard.tree.name"),
					text("scorecard.tree.max"), text("scorecard.tree.points"), text("scorecard.tree.lost"),
					text("scorecard.tree.comment"));
			int[] widths = { 10, 60, 10, 10, 10, 50 };
			int at = writer.header(sheet, header, widths);
			boolean english = "en".equals(this.locale.getLanguage());
			for (ScorecardRow node : report.rows()) {
				Row line = sheet.createRow(at++);
				writer.text(line, 0, node.code());
				String name = (english && !node.nameEn().isEmpty()) ? node.nameEn() : node.name();
				writer.text(line, 1, "  ".repeat(node.depth()) + name);
				writer.points(line, 2, node.maxPoints());
				if (node.notApplicable()) {
					writer.text(line, 3, text("xlsx.scorecard.not-applicable"));
				}
				else {
					writer.points(line, 3, node.points());
					// the shown maximum less the shown points, as on the page
					// (docs/scoring.md):
					// 1,5 − 0,38 = 1,12, not 1,13 from rounding 1,125 on its own
					writer.points(line, 4,
							node.applicableMax()
								.subtract(Points.atPlaces(node.points(), report.results().set().publishedPlaces()))
								.max(BigDecimal.ZERO));
				}
				writer.text(line, 5, node.comment());
			}
			UnitResult result = report.standing().result();
			Row bonus = sheet.createRow(at++);
			writer.text(bonus, 1, text("xlsx.ranking.bonus"));
			writer.points(bonus, 2, result.bonus().cap());
			writer.points(bonus, 3, result.bonus().applied());
			Row deduction = sheet.createRow(at++);
			writer.text(deduction, 1, text("xlsx.ranking.deduction"));
			writer.points(deduction, 2, result.deduction().cap());
			writer.points(deduction, 3, result.deduction().applied().negate());
			Row total = sheet.createRow(at++);
			writer.text(total, 1, text("scorecard.total"));
			writer.points(total, 2, result.totalMax());
			writer.points(total, 3, result.total());
			Row rank = sheet.createRow(at);
			writer.text(rank, 1, text("scorecard.rank"));
			writer.text(rank, 3,
					report.results()
						.set()
						.rankLabel()
						.label(report.standing().rank().rank(), report.standing().rank().unitCount()));
			writer.write(out);
		}
	}

	/**
	 * A unit's result criterion by criterion against the year before (the comparison
	 * page, issue 12, item 6): per leaf its points and maximum this year, its
	 * counterparts with their points and maxima then (summed for merged criteria), the
	 * change of the share achieved in percentage points (one place) and the remark on
	 * merged or split criteria or on none; then the previous criteria nothing compares
	 * with; then the unit's total, components, rank and change of rank.
	 * @param row the unit's line of the ranking (components, previous standing)
	 * @param unitTitle the unit as the title names it ({@code Huyện Đak Pơ})
	 * @param remarks the remarks on merged and split criteria
	 * @param formats the padded counts of running text ({@code giảm 04 bậc})
	 */
	void comparison(YearComparison comparison, RankingRow row, String unitTitle, CrosswalkRemarks remarks,
			Formats formats, OutputStream out) throws IOException {
		ScorecardReport report = comparison.scorecard();
		IndexSetView set = report.results().set();
		int year = set.year();
		int previous = comparison.previousYear().orElse(year - 1);
		boolean english = "en".equals(this.locale.getLanguage());
		try (ReportWorkbook writer = new ReportWorkbook(set.publishedPlaces())) {
			Sheet sheet = writer.sheet(text("xlsx.compare.sheet"));
			writer.title(sheet, text("compare.title", unitTitle, year), report.group().name(), set.name());
			List<String> header = List.of(text("xlsx.compare.code", year), text("xlsx.compare.name", year),
					text("compare.points", year), text("xlsx.compare.max", year), text("compare.counterpart", previous),
					text("compare.points", previous), text("xlsx.compare.max", previous), text("xlsx.compare.change"),
					text("compare.remark"));
			int[] widths = { 10, 60, 11, 11, 14, 11, 11, 12, 40 };
			int at = writer.header(sheet, header, widths);
			for (YearComparison.Row r : comparison.rows()) {
				ScorecardRow now = r.now();
				Row line = sheet.createRow(at++);
				writer.text(line, 0, now.code());
				writer.text(line, 1, (english && !now.nameEn().isEmpty()) ? now.nameEn() : now.name());
				if (now.notApplicable()) {
					writer.text(line, 2, text("compare.not-applicable"));
					writer.points(line, 3, now.maxPoints());
				}
				else {
					writer.points(line, 2, now.points());
					writer.points(line, 3, now.applicableMax());
				}
				writer.text(line, 4, r.previousCodes().isEmpty() ? text("compare.no-counterpart")
						: String.join(", ", r.previousCodes()));
				r.before().ifPresent((then) -> {
					if (then.notApplicable()) {
						writer.text(line, 5, text("compare.not-applicable"));
						writer.points(line, 6, then.maxPoints());
					}
					else {
						writer.points(line, 5, then.points());
						writer.points(line, 6, then.applicableMax());
					}
				});
				r.change().ifPresent((change) -> writer.number(line, 7, change, 1));
				writer.text(line, 8, remarks.remark(r.previousCodes(), r.splitFrom(), previous, this.locale));
			}
			for (YearComparison.Dropped dropped : comparison.dropped()) {
				Row line = sheet.createRow(at++);
				writer.text(line, 4, dropped.code());
				dropped.before().filter((then) -> !then.notApplicable()).ifPresent((then) -> {
					writer.points(line, 5, then.points());
					writer.points(line, 6, then.applicableMax());
				});
				writer.text(line, 8, text("xlsx.compare.dropped", year) + ": " + dropped.name());
			}
			at++;
			UnitResult result = report.standing().result();
			Row total = sheet.createRow(at++);
			writer.text(total, 1, text("scorecard.total"));
			writer.points(total, 2, result.total());
			writer.points(total, 3, result.totalMax());
			comparison.previousTotal().ifPresent((then) -> writer.points(total, 5, then));
			Row appraisal = sheet.createRow(at++);
			writer.text(appraisal, 1, text("xlsx.compare.appraisal"));
			writer.points(appraisal, 2, row.appraisal());
			writer.points(appraisal, 3, set.componentMax(Component.APPRAISAL));
			if (set.componentMax(Component.SURVEY).signum() > 0) {
				Row survey = sheet.createRow(at++);
				writer.text(survey, 1, text("xlsx.compare.survey"));
				writer.points(survey, 2, row.survey());
				writer.points(survey, 3, set.componentMax(Component.SURVEY));
			}
			Row rank = sheet.createRow(at);
			writer.text(rank, 1, text("scorecard.rank"));
			writer.text(rank, 2, set.rankLabel().label(row.rank(), row.unitCount()));
			row.previous().ifPresent((then) -> {
				int delta = then.change().rankDelta();
				String was = set.rankLabel().label(then.rank(), then.unitCount());
				writer.text(rank, 8,
						(delta == 0) ? text("xlsx.compare.rank.same", then.year(), was)
								: text((delta > 0) ? "xlsx.compare.rank.up" : "xlsx.compare.rank.down",
										formats.count(Math.abs(delta)), then.year(), was, Math.abs(delta)));
			});
			writer.write(out);
		}
	}

	/**
	 * The units × sub-criteria matrix (one row per unit in rank order, one column per
	 * leaf with its maximum above, the first two columns repeated on each printed page)
	 * and the statistics of every node across the units.
	 */
	void matrix(MatrixReport report, OutputStream out) throws IOException {
		try (ReportWorkbook writer = new ReportWorkbook(report.ranking().results().set().publishedPlaces())) {
			int year = report.ranking().results().set().year();
			Sheet sheet = writer.sheet(text("xlsx.matrix.sheet"));
			sheet.setFitToPage(false);
			writer.title(sheet, text("xlsx.matrix.title", year), report.ranking().group().name(),
					report.ranking().results().set().name());
			List<String> header = new ArrayList<>(
					List.of(text("ranking.rank"), text("ranking.unit"), text("xlsx.ranking.total")));
			int leaves = report.leaves().size();
			int[] widths = new int[3 + leaves + 2];
			widths[0] = 8;
			widths[1] = 30;
			widths[2] = 10;
			for (int i = 0; i < leaves; i++) {
				header.add(report.leaves().get(i).code());
				widths[3 + i] = 8;
			}
			// the bonus and the deduction as applied, after the leaves: with them the
			// row's cells add up to the total
			header.add(text("xlsx.matrix.bonus"));
			header.add(text("xlsx.matrix.deduction"));
			widths[3 + leaves] = 10;
			widths[3 + leaves + 1] = 10;
			int at = writer.header(sheet, header, widths);
			sheet.createFreezePane(2, at + 1);
			sheet.setRepeatingColumns(new CellRangeAddress(0, 1, 0, 1));
			Row maxima = sheet.createRow(at++);
			writer.text(maxima, 1, text("xlsx.matrix.maximum"));
			for (int i = 0; i < leaves; i++) {
				writer.points(maxima, 3 + i, report.leaves().get(i).maxPoints());
			}
			writer.points(maxima, 3 + leaves, report.ranking().results().set().bonusCap());
			writer.points(maxima, 3 + leaves + 1, report.ranking().results().set().deductionCap());
			for (MatrixReport.UnitRow unit : report.units()) {
				Row line = sheet.createRow(at++);
				writer.number(line, 0, BigDecimal.valueOf(unit.rank()), 0);
				writer.text(line, 1, unit.name());
				writer.points(line, 2, unit.total());
				for (int i = 0; i < leaves; i++) {
					Optional<BigDecimal> points = unit.points()
						.getOrDefault(report.leaves().get(i).code(), Optional.empty());
					if (points.isPresent()) {
						writer.points(line, 3 + i, points.get());
					}
					else {
						writer.text(line, 3 + i, text("xlsx.matrix.not-applicable"));
					}
				}
				writer.points(line, 3 + leaves, unit.bonus());
				writer.points(line, 3 + leaves + 1, unit.deduction());
			}
			// the cells hold each sub-criterion's points as published (rounded), so a
			// row's cells can differ from its total in the last places: say so under the
			// table rather than let a reader's SUM contradict the ranking
			// (one line, not wrapped: it runs on over the empty cells to its right)
			sheet.createRow(at + 1)
				.createCell(1)
				.setCellValue(SpreadsheetText
					.neutralise(text("xlsx.matrix.rounding", report.ranking().results().set().publishedPlaces())));
			Sheet statistics = writer.sheet(text("xlsx.statistics.sheet"));
			writer.title(statistics, text("xlsx.statistics.title", year), report.ranking().group().name(),
					report.ranking().results().set().name());
			List<String> columns = List.of(text("scorecard.tree.code"), text("scorecard.tree.name"),
					text("scorecard.tree.max"), text("xlsx.statistics.units"), text("xlsx.statistics.losing"),
					text("xlsx.statistics.lost"), text("xlsx.statistics.mean"), text("xlsx.statistics.lowest"),
					text("xlsx.statistics.highest"), text("xlsx.statistics.share"));
			int row = writer.header(statistics, columns, new int[] { 10, 60, 10, 10, 12, 12, 12, 12, 12, 14 });
			boolean english = "en".equals(this.locale.getLanguage());
			for (LossAnalysis.Row node : report.losses().rows()) {
				Row line = statistics.createRow(row++);
				writer.text(line, 0, node.code());
				String name = (english && !node.nameEn().isEmpty()) ? node.nameEn() : node.name();
				writer.text(line, 1, "  ".repeat(node.depth()) + name);
				writer.points(line, 2, node.maxPoints());
				writer.number(line, 3, BigDecimal.valueOf(node.units()), 0);
				writer.number(line, 4, BigDecimal.valueOf(node.losing()), 0);
				writer.points(line, 5, node.lost());
				if (node.units() > 0) {
					if (node.leaf()) {
						// the mean of the points achieved by the units it applies to (a
						// leaf applies whole or not at all, so its maximum less the mean
						// loss; a branch's applicable maximum differs from unit to unit)
						writer.points(line, 6, node.maxPoints()
							.subtract(
									node.lost().divide(BigDecimal.valueOf(node.units()), 10, RoundingMode.HALF_EVEN)));
					}
					writer.points(line, 7, node.lowest());
					writer.points(line, 8, node.highest());
				}
				node.share().ifPresent((share) -> writer.number(line, 9, share, 1));
			}
			writer.write(out);
		}
	}

	/**
	 * A column's maximum in its header, as the pages write it: {@code 64}, {@code 0,5}.
	 */
	private String maximum(BigDecimal value) {
		return new org.parindex.platform.Formats(true).plain(value, this.locale);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

}
