package org.parindex.contest.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.parindex.contest.ContestResults;
import org.parindex.contest.ContestStatistics;
import org.parindex.contest.ContestView;
import org.parindex.platform.ReportWorkbook;

import org.springframework.context.MessageSource;

/**
 * A contest's results and statistics as XLSX workbooks (issue 11 item 5), streamed
 * straight to the response in the house layout of {@link ReportWorkbook}, as the
 * reporting module's workbooks are. One sheet per table. The results carry what the
 * committee's page shows: never a CCCD, phone number, address or full date of birth.
 */
final class ContestWorkbooks {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final Locale locale;

	ContestWorkbooks(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** One standing: its individual ranking and its collective ranking, a sheet each. */
	void results(ContestView contest, ContestResults.Standing standing, OutputStream out) throws IOException {
		String part = (standing.round() != null) ? standing.round().name() : text("contest.results.overall");
		try (ReportWorkbook writer = new ReportWorkbook(2)) {
			Sheet sheet = writer.sheet(text("contest.xlsx.sheet.ranking"));
			writer.title(sheet, text("contest.results.title", contest.title()), contest.organiser(), part);
			int at = writer.header(sheet, List.of(text("contest.results.rank"), text("contest.results.name"),
					text("contest.results.birthYear"), text("contest.results.group"), text("contest.results.unit"),
					text("contest.results.score"), text("contest.results.prediction"), text("contest.xlsx.duration"),
					text("contest.results.submitted"), text("contest.results.attempts"), text("contest.results.prize"),
					text("contest.xlsx.tie"), text("contest.xlsx.guardian")),
					new int[] { 7, 28, 9, 20, 28, 8, 11, 14, 18, 9, 18, 22, 28 });
			for (ContestResults.Placing p : standing.placings()) {
				Row row = sheet.createRow(at++);
				writer.whole(row, 0, p.rank());
				writer.text(row, 1, p.fullName());
				if (p.birthYear() != null) {
					writer.whole(row, 2, p.birthYear());
				}
				writer.text(row, 3, p.group());
				writer.text(row, 4, p.unit());
				writer.number(row, 5, p.score(), 0);
				if (p.prediction() != null) {
					writer.whole(row, 6, p.prediction());
				}
				if (p.duration() != null) {
					writer.number(row, 7, BigDecimal.valueOf(p.duration().toMillis()).movePointLeft(3), 3);
				}
				writer.time(row, 8, p.submittedAt(), this.locale);
				writer.whole(row, 9, p.attempts());
				writer.text(row, 10, (p.prize() != null) ? p.prize() : "");
				writer.text(row, 11, p.decides() ? text("contest.results.tie.decide")
						: (p.tied() ? text("contest.results.tie") : ""));
				writer.text(row, 12, (p.guardianName() != null) ? p.guardianName() : "");
			}
			Sheet units = writer.sheet(text("contest.xlsx.sheet.units"));
			writer.title(units, text("contest.results.units"), contest.title(),
					part + " — " + text("contest.collective." + contest.collective().name()));
			at = writer.header(units,
					List.of(text("contest.results.rank"), text("contest.results.unit"),
							text("contest.results.units.entries"), text("contest.results.units.total"),
							text("contest.results.population"), text("contest.results.units.perThousand")),
					new int[] { 7, 36, 14, 12, 14, 16 });
			for (ContestResults.UnitPlacing u : standing.units()) {
				Row row = units.createRow(at++);
				if (u.rank() > 0) {
					writer.whole(row, 0, u.rank());
				}
				writer.text(row, 1, u.unit());
				writer.whole(row, 2, u.entries());
				writer.number(row, 3, u.totalScore(), 0);
				if (u.population() != null) {
					writer.whole(row, 4, u.population());
					writer.number(row, 5, BigDecimal.valueOf(u.entries() * 1000L)
						.divide(BigDecimal.valueOf(u.population()), 2, java.math.RoundingMode.HALF_UP), 2);
				}
			}
			writer.write(out);
		}
	}

	/** The statistics: per question, and per day and unit, a sheet each. */
	void statistics(ContestStatistics statistics, OutputStream out) throws IOException {
		ContestView contest = statistics.contest();
		try (ReportWorkbook writer = new ReportWorkbook(2)) {
			Sheet sheet = writer.sheet(text("contest.xlsx.sheet.questions"));
			writer.title(sheet, text("contest.statistics.questions"), contest.title(),
					text("contest.statistics.lead", statistics.attempts()));
			int at = writer.header(sheet,
					List.of(text("contest.statistics.code"), text("contest.statistics.question"),
							text("contest.statistics.category"), text("contest.statistics.difficulty"),
							text("contest.statistics.attempts"), text("contest.statistics.correct"),
							text("contest.xlsx.share"), text("contest.statistics.discrimination")),
					new int[] { 12, 60, 24, 12, 12, 10, 12, 12 });
			for (ContestStatistics.QuestionRow q : statistics.questions()) {
				Row row = sheet.createRow(at++);
				writer.text(row, 0, q.code());
				writer.text(row, 1, q.text());
				writer.text(row, 2, q.category());
				writer.text(row, 3, text(q.difficulty().messageKey()));
				writer.whole(row, 4, q.attempts());
				writer.whole(row, 5, q.correct());
				writer.number(row, 6, q.share().movePointRight(2), 1);
				if (q.discrimination() != null) {
					writer.number(row, 7, q.discrimination(), 2);
				}
			}
			Sheet days = writer.sheet(text("contest.xlsx.sheet.days"));
			writer.title(days, text("contest.statistics.days"), contest.title(), text("contest.statistics.days.help"));
			List<String> header = new ArrayList<>();
			header.add(text("contest.results.unit"));
			statistics.days().stream().map((LocalDate day) -> DAY.format(day)).forEach(header::add);
			header.add(text("contest.statistics.total"));
			int[] widths = new int[header.size()];
			java.util.Arrays.fill(widths, 11);
			widths[0] = 36;
			at = writer.header(days, header, widths);
			for (ContestStatistics.UnitDays u : statistics.units()) {
				Row row = days.createRow(at++);
				writer.text(row, 0, u.unit());
				for (int i = 0; i < u.perDay().size(); i++) {
					writer.whole(row, i + 1, u.perDay().get(i));
				}
				writer.whole(row, u.perDay().size() + 1, u.total());
			}
			Row total = days.createRow(at);
			writer.text(total, 0, text("contest.statistics.total"));
			for (int i = 0; i < statistics.dayTotals().size(); i++) {
				writer.whole(total, i + 1, statistics.dayTotals().get(i));
			}
			writer.whole(total, statistics.dayTotals().size() + 1, statistics.attempts());
			writer.write(out);
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

}
