package org.parindex.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.parindex.platform.Formats;
import org.parindex.reporting.ClimbReport;
import org.parindex.reporting.PublicationService;
import org.parindex.reporting.RankCertaintyService;
import org.parindex.reporting.RankingReport;
import org.parindex.reporting.ReportingService;
import org.parindex.reporting.ScorecardReport;
import org.parindex.reporting.document.DocxWriter;
import org.parindex.reporting.document.OfficialDocument;
import org.parindex.reporting.document.PdfWriter;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published ranking and scorecards as XLSX, and the official reports built on them as
 * DOCX and PDF (issue 12, item 1), public like the pages they come from. Workbooks are in
 * the page's language; the reports are official texts and always in Vietnamese
 * ({@link ResultDocuments}), headed with the agency's details from settings
 * ({@code parindex.agency.*}) and dated today. A ranking of a province's 126 communes is
 * a few tens of kilobytes, so each file is written to memory first and sent whole: a
 * failure half-way gives an error page, never a file that looks complete.
 */
@RestController
class ResultExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ReportingService reporting;

	private final PublicationService publications;

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	private final ResultDocuments.Agency agency;

	private final RankCertaintyService certainty;

	ResultExportController(ReportingService reporting, PublicationService publications, MessageSource messages,
			Formats formats, Clock clock, RankCertaintyService certainty,
			@Value("${parindex.agency.name:}") String name, @Value("${parindex.agency.parent:}") String parent,
			@Value("${parindex.agency.place:}") String place, @Value("${parindex.agency.code:}") String code,
			@Value("${parindex.agency.signer-authority:}") String signerAuthority,
			@Value("${parindex.agency.signer-title:}") String signerTitle,
			@Value("${parindex.agency.signer-name:}") String signerName) {
		this.reporting = reporting;
		this.certainty = certainty;
		this.publications = publications;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
		this.agency = new ResultDocuments.Agency(name, parent, place, code, signerAuthority, signerTitle, signerName);
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

	@GetMapping("/reporting/rankings/{year}/{group}/matrix/xlsx")
	ResponseEntity<byte[]> matrix(@PathVariable int year, @PathVariable String group, Locale locale)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ResultWorkbooks(this.messages, locale).matrix(this.reporting.matrix(year, group), out);
		return file(out, "ma-tran-" + year + "-" + group + ".xlsx");
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

	@GetMapping("/reporting/rankings/{year}/{group}/report.{format:docx|pdf}")
	ResponseEntity<byte[]> rankingReport(@PathVariable int year, @PathVariable String group,
			@PathVariable String format) throws IOException {
		RankingReport report = this.reporting.ranking(year, group);
		OfficialDocument document = documents().ranking(report, this.reporting.losses(year, group),
				this.reporting.dashboard(year, group), this.publications.revisions(report.results().set().id()),
				this.certainty.of(report.results()));
		return document(document, format, "bao-cao-ket-qua-" + year + "-" + group);
	}

	@GetMapping("/reporting/scorecards/{year}/{group}/{unit}/report.{format:docx|pdf}")
	ResponseEntity<byte[]> unitReport(@PathVariable int year, @PathVariable String group, @PathVariable String unit,
			@PathVariable String format) throws IOException {
		Locale vietnamese = Locale.forLanguageTag("vi");
		ScorecardReport scorecard = this.reporting.scorecard(year, group, unit, vietnamese);
		ClimbReport climb = this.reporting.climb(year, group, unit, vietnamese, Map.of(), Map.of());
		OfficialDocument document = documents().unit(scorecard, climb, this.reporting.dashboard(year, group),
				this.publications.revisions(scorecard.results().set().id()));
		return document(document, format, "bao-cao-" + year + "-" + unit);
	}

	private ResultDocuments documents() {
		return new ResultDocuments(this.messages, this.formats, this.agency,
				LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
	}

	private static ResponseEntity<byte[]> document(OfficialDocument document, String format, String name)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if ("pdf".equals(format)) {
			PdfWriter.write(document, out);
			return file(out, name + ".pdf", MediaType.APPLICATION_PDF);
		}
		DocxWriter.write(document, out);
		return file(out, name + ".docx", DOCX);
	}

	private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, String name) {
		return file(out, name, XLSX);
	}

	private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}

}
