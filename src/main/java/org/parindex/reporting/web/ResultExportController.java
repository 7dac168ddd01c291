package org.parindex.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.parindex.reporting.RankingReport;
import org.parindex.reporting.ReportingService;
import org.parindex.reporting.ScorecardReport;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published ranking and scorecards as XLSX (issue 12, item 1), public like the pages
 * they come from and in the page's language. A ranking of a province's 126 communes is a
 * few tens of kilobytes, so the workbook is written to memory first and sent whole: a
 * failure half-way gives an error page, never a file that looks complete.
 */
@RestController
class ResultExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportingService reporting;

	private final MessageSource messages;

	ResultExportController(ReportingService reporting, MessageSource messages) {
		this.reporting = reporting;
		this.messages = messages;
	}

	@GetMapping("/reporting/rankings/{year}/{group}/xlsx")
	ResponseEntity<byte[]> ranking(@PathVariable int year, @PathVariable String group, Locale locale)
			throws IOException {
		RankingReport report = this.reporting.ranking(year, group);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ResultWorkbooks(this.messages, locale).ranking(report,
				report.results()
					.standings()
					.stream()
					.map((standing) -> RankingRow.of(standing, report.results().set()))
					.toList(),
				out);
		return file(out, "xep-hang-" + year + "-" + group + ".xlsx");
	}

	@GetMapping("/reporting/scorecards/{year}/{group}/{unit}/xlsx")
	ResponseEntity<byte[]> scorecard(@PathVariable int year, @PathVariable String group, @PathVariable String unit,
			Locale locale) throws IOException {
		ScorecardReport report = this.reporting.scorecard(year, group, unit, locale);
		String title = this.messages.getMessage("unit.title." + report.standing().unit().kind().key(),
				new Object[] { report.standing().unit().name() }, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ResultWorkbooks(this.messages, locale).scorecard(report, title, out);
		return file(out, "phieu-diem-" + year + "-" + unit + ".xlsx");
	}

	private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, String name) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}

}
