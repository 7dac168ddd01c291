package org.parindex.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.parindex.methodology.CrosswalkRemarks;
import org.parindex.platform.Formats;
import org.parindex.reporting.ClimbReport;
import org.parindex.reporting.PublicationService;
import org.parindex.reporting.PublicationView;
import org.parindex.reporting.RankCertaintyService;
import org.parindex.reporting.RankingReport;
import org.parindex.reporting.ReportingService;
import org.parindex.reporting.ResultFiles;
import org.parindex.reporting.ScorecardReport;
import org.parindex.reporting.YearComparison;
import org.parindex.reporting.document.DocxWriter;
import org.parindex.reporting.document.OfficialDocument;
import org.parindex.reporting.document.PdfWriter;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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
 * failure half-way gives an error page, never a file that looks complete. What a revision
 * published never changes, so each file is built once per revision (and, for a report,
 * per day it is dated) and then served from {@link ResultFiles}, with an entity tag and
 * the revision's time for conditional downloads (issue 12, item 4).
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

	private final ResultFiles files;

	private final CrosswalkRemarks remarks;

	ResultExportController(ReportingService reporting, PublicationService publications, MessageSource messages,
			Formats formats, Clock clock, RankCertaintyService certainty, ResultFiles files, CrosswalkRemarks remarks,
			@Value("${parindex.agency.name:}") String name, @Value("${parindex.agency.parent:}") String parent,
			@Value("${parindex.agency.place:}") String place, @Value("${parindex.agency.code:}") String code,
			@Value("${parindex.agency.signer-authority:}") String signerAuthority,
			@Value("${parindex.agency.signer-title:}") String signerTitle,
			@Value("${parindex.agency.signer-name:}") String signerName,
			@Value("${parindex.agency.address:}") String address, @Value("${parindex.agency.phone:}") String phone,
			@Value("${parindex.agency.email:}") String email, @Value("${parindex.agency.website:}") String website) {
		this.reporting = reporting;
		this.certainty = certainty;
		this.files = files;
		this.remarks = remarks;
		this.publications = publications;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
		// a malformed telephone, e-mail or web address stops the start, naming the
		// setting
		this.agency = new ResultDocuments.Agency(name, parent, place, code, signerAuthority, signerTitle, signerName,
				new ResultDocuments.Contact(address, phone, email, website));
	}

	@GetMapping("/reporting/rankings/{year}/{group}/xlsx")
	ResponseEntity<byte[]> ranking(@PathVariable int year, @PathVariable String group, Locale locale) {
		PublicationView publication = this.reporting.publication(year, group);
		return file(this.files.get(publication, "ranking@" + locale.getLanguage() + ".xlsx", () -> {
			RankingReport report = this.reporting.ranking(year, group);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new ResultWorkbooks(this.messages, locale).ranking(report,
					report.results()
						.standings()
						.stream()
						.map((standing) -> RankingRow.of(standing, report.results().set()))
						.toList(),
					out);
			return out.toByteArray();
		}), "xep-hang-" + year + "-" + group + ".xlsx", XLSX);
	}

	@GetMapping("/reporting/rankings/{year}/{group}/matrix/xlsx")
	ResponseEntity<byte[]> matrix(@PathVariable int year, @PathVariable String group, Locale locale) {
		PublicationView publication = this.reporting.publication(year, group);
		return file(this.files.get(publication, "matrix@" + locale.getLanguage() + ".xlsx", () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new ResultWorkbooks(this.messages, locale).matrix(this.reporting.matrix(year, group), out);
			return out.toByteArray();
		}), "ma-tran-" + year + "-" + group + ".xlsx", XLSX);
	}

	@GetMapping("/reporting/scorecards/{year}/{group}/{unit}/xlsx")
	ResponseEntity<byte[]> scorecard(@PathVariable int year, @PathVariable String group, @PathVariable String unit,
			Locale locale) {
		PublicationView publication = this.reporting.publication(year, group);
		return file(this.files.get(publication, "scorecard/" + unit + "@" + locale.getLanguage() + ".xlsx", () -> {
			ScorecardReport report = this.reporting.scorecard(year, group, unit, locale);
			String title = this.messages.getMessage("unit.title." + report.standing().unit().kind().key(),
					new Object[] { report.standing().unit().name() }, locale);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new ResultWorkbooks(this.messages, locale).scorecard(report, title, out);
			return out.toByteArray();
		}), "phieu-diem-" + year + "-" + unit + ".xlsx", XLSX);
	}

	/**
	 * The comparison page as a workbook (issue 12, item 6). Built on each request, not
	 * kept with the revision's files: the PAR office may change the crosswalk after
	 * publication, and the comparison follows it.
	 */
	@GetMapping("/reporting/scorecards/{year}/{group}/{unit}/compare/xlsx")
	ResponseEntity<byte[]> comparison(@PathVariable int year, @PathVariable String group, @PathVariable String unit,
			Locale locale) throws IOException {
		YearComparison comparison = this.reporting.comparison(year, group, unit, locale);
		ScorecardReport report = comparison.scorecard();
		String title = this.messages.getMessage("unit.title." + report.standing().unit().kind().key(),
				new Object[] { report.standing().unit().name() }, locale);
		RankingRow row = RankingRow.of(report.standing(), report.results().set());
		// the sheet streams through POI's window (SXSSF) into these bytes, as the other
		// workbooks do
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		new ResultWorkbooks(this.messages, locale).comparison(comparison, row, title, this.remarks, this.formats, body);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("so-sanh-" + year + "-" + unit + ".xlsx")
						.build()
						.toString())
			.body(body.toByteArray());
	}

	@GetMapping("/reporting/rankings/{year}/{group}/report.{format:docx|pdf}")
	ResponseEntity<byte[]> rankingReport(@PathVariable int year, @PathVariable String group,
			@PathVariable String format) {
		PublicationView publication = this.reporting.publication(year, group);
		LocalDate today = today();
		return file(this.files.get(publication, "ranking-report@" + today + "." + format, () -> {
			RankingReport report = this.reporting.ranking(year, group);
			OfficialDocument document = documents(today).ranking(report, this.reporting.losses(year, group),
					this.reporting.dashboard(year, group), this.publications.revisions(report.results().set().id()),
					this.certainty.of(report.results()));
			return write(document, format);
		}), "bao-cao-ket-qua-" + year + "-" + group + "." + format, type(format));
	}

	@GetMapping("/reporting/scorecards/{year}/{group}/{unit}/report.{format:docx|pdf}")
	ResponseEntity<byte[]> unitReport(@PathVariable int year, @PathVariable String group, @PathVariable String unit,
			@PathVariable String format) {
		PublicationView publication = this.reporting.publication(year, group);
		LocalDate today = today();
		return file(this.files.get(publication, "unit-report/" + unit + "@" + today + "." + format, () -> {
			Locale vietnamese = Locale.forLanguageTag("vi");
			ScorecardReport scorecard = this.reporting.scorecard(year, group, unit, vietnamese);
			ClimbReport climb = this.reporting.climb(year, group, unit, vietnamese, Map.of(), Map.of());
			OfficialDocument document = documents(today).unit(scorecard, climb, this.reporting.dashboard(year, group),
					this.publications.revisions(scorecard.results().set().id()));
			return write(document, format);
		}), "bao-cao-" + year + "-" + unit + "." + format, type(format));
	}

	/** The date the official reports carry: today in Vietnam. */
	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	private ResultDocuments documents(LocalDate today) {
		return new ResultDocuments(this.messages, this.formats, this.agency, today);
	}

	private static byte[] write(OfficialDocument document, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if ("pdf".equals(format)) {
			PdfWriter.write(document, out);
		}
		else {
			DocxWriter.write(document, out);
		}
		return out.toByteArray();
	}

	private static MediaType type(String format) {
		return "pdf".equals(format) ? MediaType.APPLICATION_PDF : DOCX;
	}

	/**
	 * A built file with its entity tag and its revision's time: a download that sends
	 * them back ({@code If-None-Match}, {@code If-Modified-Since}) gets 304 Not Modified
	 * (Spring checks them against these headers); {@code no-cache} makes browsers and
	 * proxies ask again each time, since a correction changes what the address gives.
	 */
	private static ResponseEntity<byte[]> file(ResultFiles.ResultFile file, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.eTag(file.entityTag())
			.lastModified(file.lastModified())
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(file.body());
	}

}
