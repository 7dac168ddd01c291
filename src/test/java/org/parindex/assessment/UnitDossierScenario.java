package org.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.MutableClock;
import org.parindex.WebClient;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the unit meets on its own pages (issue 9, items 5, 6, 7 and 14 e): refusals that
 * name the criterion and the field, live scores that say what is wrong and survive a
 * refused save, the files to choose again, the unit's own total, evidence cited to a page
 * or section, and irreversible actions (submitting, deadlines moved into the past,
 * deleting an index-set node) that ask first, on the server. The demo's 2022 cycle, over
 * HTTP with real sign-in; run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "parindex.evidence.max-file-size=64KB" })
@Import(TestClock.class)
abstract class UnitDossierScenario {

	private static final String PASSWORD = "parindex-demo";

	/** A minimal but real PDF. */
	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CycleService cycles;

	@Autowired
	MethodologyService methodology;

	@Autowired
	OrganizationService organization;

	@Autowired
	JdbcClient jdbc;

	IndexSetView set;

	CycleView cycle;

	UnitView dakPo;

	String unitPage;

	@BeforeEach
	void findTheCycleInProgress() {
		// the set-up the workflow scenarios share (review D3)
		YearInProgress year = YearInProgress.find(this.organization, this.methodology, this.cycles);
		this.set = year.set();
		this.cycle = year.cycle();
		this.dakPo = year.dakPo();
		this.unitPage = year.unitPage();
	}

	@Test
	void aRefusedSaveNamesCriterionAndFieldKeepsLiveScoresAndNamesTheFilesToChooseAgain() {
		WebClient officer = signedIn("dakpo.canbo");
		// The live score says what is wrong, in words.
		assertThat(officer.page(this.unitPage + "/preview?leaf=1.4&input.1.4.score=1,7").body())
			.isEqualTo("Vượt điểm tối đa 1");
		assertThat(officer.page(this.unitPage + "/preview?leaf=1.4&input.1.4.score=-1").body()).contains("Số âm");
		// an unreadable manual score says how to write points that fit (1 point: 0,5)
		assertThat(officer.page(this.unitPage + "/preview?leaf=1.4&input.1.4.score=abc").body())
			.isEqualTo("Không phải là số điểm: viết như 0,5");
		// counts are whole: a fraction is named live, and 1.250 is one thousand two
		// hundred and fifty where counts are entered (issue 9)
		assertThat(officer.page(this.unitPage + "/preview?leaf=1.1.2&input.1.1.2.actual=1,7&input.1.1.2.base=2").body())
			.isEqualTo("Số đạt phải là số nguyên");
		assertThat(officer.page(this.unitPage + "/preview?leaf=1.1.2&input.1.1.2.actual=1.250&input.1.1.2.base=2.160")
			.body())
			.isEqualTo(officer.page(this.unitPage + "/preview?leaf=1.1.2&input.1.1.2.actual=1250&input.1.1.2.base=2160")
				.body())
			.isNotEqualTo(
					officer.page(this.unitPage + "/preview?leaf=1.1.2&input.1.1.2.actual=1&input.1.1.2.base=2").body());
		String before = version("1.1.2");
		HttpResponse<String> fraction = officer.multipart(this.unitPage + "?area=1", this.unitPage,
				List.of(Map.entry("area", "1"), Map.entry("leaf", "1.1.2"),
						Map.entry("version.1.1.2", version("1.1.2")), Map.entry("input.1.1.2.actual", "1,7"),
						Map.entry("input.1.1.2.base", "2"), Map.entry("citation.1.1.2", "x".repeat(201))),
				List.of());
		// with another fault of the form, every fault is said at once, whatever the
		// dossier's state (this class's other tests may have submitted it already)
		assertThat(fraction.statusCode()).as("refused, the page again").isNotEqualTo(302);
		assertThat(fraction.body())
			.contains("Số đạt của tiêu chí 1.1.2 phải là số nguyên (đang là 1,7).",
					"Tiêu chí 1.1.2 — Trang, mục trích dẫn: dài tối đa 200 ký tự")
			.containsPattern("is-invalid\"[^>]*name=\"input\\.1\\.1\\.2\\.actual\"");
		// each problem beside its field and linked from the summary at the top (issue 9,
		// #3)
		org.jsoup.nodes.Document refusedPage = org.jsoup.Jsoup.parse(fraction.body());
		assertThat(refusedPage.select("[id=\"input.1.1.2.actual-problem\"]").text())
			.contains("Số đạt của tiêu chí 1.1.2 phải là số nguyên (đang là 1,7).");
		// (the citation's field is shown only while the dossier can be edited)
		if (refusedPage.selectFirst("[id=\"citation.1.1.2\"]") != null) {
			assertThat(refusedPage.select("[id=\"citation.1.1.2-problem\"]").text())
				.startsWith("Tiêu chí 1.1.2 — Trang, mục trích dẫn: dài tối đa 200 ký tự");
		}
		assertThat(refusedPage.select("#error-summary a[href=\"#citation.1.1.2\"]").text())
			.startsWith("Tiêu chí 1.1.2 — Trang, mục trích dẫn");
		assertThat(refusedPage.select("#error-summary a[href=\"#input.1.1.2.actual\"]").text())
			.startsWith("Số đạt của tiêu chí 1.1.2");
		assertThat(version("1.1.2")).as("nothing stored").isEqualTo(before);

		String page = this.unitPage + "?area=1";
		String historyBefore = history(officer.page(page).body(), "1.4");
		assertThat(historyBefore).startsWith("Lịch sử (");
		HttpResponse<String> refused = officer.multipart(page, this.unitPage,
				List.of(Map.entry("area", "1"), Map.entry("leaf", "1.1.1"),
						Map.entry("version.1.1.1", version("1.1.1")), Map.entry("input.1.1.1.met", "1"),
						Map.entry("docNumber.1.1.1", "35/KH-UBND"), Map.entry("docIssuer.1.1.1", "UBND huyện Đak Pơ"),
						Map.entry("leaf", "1.4"), Map.entry("version.1.4", version("1.4")),
						Map.entry("input.1.4.score", "0,75"), Map.entry("leaf", "1.1.2"),
						Map.entry("version.1.1.2", version("1.1.2")), Map.entry("input.1.1.2.actual", "20"),
						Map.entry("input.1.1.2.base", "25")),
				List.of(new WebClient.FilePart("file.1.1.1", "ke-hoach-cchc-2022.pdf", PDF)));
		assertThat(refused.statusCode()).isEqualTo(400);
		String body = refused.body();
		assertThat(body).contains("Tiêu chí 1.1.1 — Ngày ban hành: chưa nhập (bắt buộc khi có số hiệu văn bản)")
			.contains("chọn lại", "ke-hoach-cchc-2022.pdf (tiêu chí 1.1.1)");

		// a refused save is no step of the history: only stored changes count (issue 9)
		assertThat(history(body, "1.4")).isEqualTo(historyBefore);
		assertThat(history(officer.page(page).body(), "1.4")).isEqualTo(historyBefore);
		// the live scores of what was typed, not "—"
		assertThat(body).containsPattern("id=\"score-1\\.4\"[^>]*>0,75<")
			.containsPattern("id=\"score-1\\.1\\.2\"[^>]*>1,20<");

		HttpResponse<String> over = officer.multipart(page, this.unitPage,
				List.of(Map.entry("area", "1"), Map.entry("leaf", "1.4"), Map.entry("version.1.4", version("1.4")),
						Map.entry("input.1.4.score", "1,7")),
				List.of());
		assertThat(over.body()).containsPattern("id=\"score-1\\.4\"[^>]*>Vượt điểm tối đa 1<");
	}

	@Test
	void theUnitSeesItsTotalCitesEvidenceAndConfirmsSubmission() {
		WebClient officer = signedIn("dakpo.canbo");
		// this installation has no SMTP server: the mail settings say so (issue 9,
		// A-mail)
		assertThat(officer.page("/account").body()).contains("id=\"mail-off\"", "Hệ thống này hiện không gửi e-mail");
		assertThat(officer.page("/account?lang=en").body()).contains("This installation sends no e-mail");
		// back to Vietnamese for the rest of the walk
		assertThat(officer.page("/account?lang=vi").body()).contains("Hệ thống này hiện không gửi e-mail");
		List<Map.Entry<String, String>> fields = selfForm();
		fields.add(Map.entry("citation.1.1.1", "tr. 3, mục II.2"));
		HttpResponse<String> saved = officer.multipart(this.unitPage, this.unitPage, fields,
				List.of(new WebClient.FilePart("file.1.1.1", "ke-hoach-cchc-2022.pdf", PDF)));
		assertThat(saved.statusCode()).isEqualTo(302);
		BigDecimal area1 = BigDecimal.ZERO;
		BigDecimal appraisal = BigDecimal.ZERO;
		for (Map.Entry<String, Map<String, BigDecimal>> leaf : inputs2021().entrySet()) {
			BigDecimal points = selfPoints(leaf.getKey());
			appraisal = appraisal.add(points);
			if (leaf.getKey().startsWith("1.")) {
				area1 = area1.add(points);
			}
		}
		String unit = officer.page(this.unitPage + "?area=1").body();
		assertThat(unit).contains("id=\"self-totals\"", "data-total=\"APPRAISAL\">" + shown(appraisal) + "/64",
				"data-area-total=\"1\">" + shown(area1) + "/");
		assertThat(unit).contains("ke-hoach-cchc-2022.pdf", "tr. 3, mục II.2");

		// where counts are entered, 1.250 is one thousand two hundred and fifty (issue 9)
		HttpResponse<String> thousands = officer.multipart(this.unitPage + "?area=1", this.unitPage,
				List.of(Map.entry("area", "1"), Map.entry("leaf", "1.1.2"),
						Map.entry("version.1.1.2", version("1.1.2")), Map.entry("input.1.1.2.actual", "1.250"),
						Map.entry("input.1.1.2.base", "2.160"),
						Map.entry("explanation.1.1.2", "Hồ sơ lưu tại Văn phòng HĐND và UBND huyện")),
				List.of());
		assertThat(thousands.statusCode()).as(thousands.body()).isEqualTo(302);
		// the notice is read (a flash notice left unread would be taken by a later page)
		assertThat(officer.page(redirected(thousands)).body()).contains("Đã lưu bản nháp 1 tiêu chí: 1.1.2.");
		assertThat(this.jdbc
			.sql("select i.input_value from assessment_leaf_input i join assessment_leaf_entry e on e.id = i.entry_id "
					+ "where e.index_set_id = ? and e.unit_id = ? and e.leaf_code = '1.1.2' order by i.input_name")
			.params(this.set.id(), this.dakPo.id())
			.query(BigDecimal.class)
			.list()).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1250"), new BigDecimal("2160"));

		// a citation too long is refused, naming criterion and field
		HttpResponse<String> tooLong = officer.multipart(this.unitPage, this.unitPage,
				List.of(Map.entry("area", "1"), Map.entry("leaf", "1.1.3"),
						Map.entry("version.1.1.3", version("1.1.3")), Map.entry("input.1.1.3.met", "1"),
						Map.entry("citation.1.1.3", "x".repeat(201))),
				List.of(new WebClient.FilePart("file.1.1.3", "tuyen-truyen.pdf", PDF)));
		assertThat(tooLong.body()).contains("Tiêu chí 1.1.3 — Trang, mục trích dẫn: dài tối đa 200 ký tự");
		// the field at fault is marked, not only named (the dossier is still a draft
		// here)
		assertThat(tooLong.body()).containsPattern("is-invalid\"[^>]*name=\"citation\\.1\\.1\\.3\"")
			.doesNotContainPattern("is-invalid\"[^>]*name=\"citation\\.1\\.1\\.1\"");

		// "Xóa" asks first, beside the file; only the confirmed removal removes it
		long file = this.jdbc.sql("select id from assessment_evidence where file_name = 'ke-hoach-cchc-2022.pdf'")
			.query(Long.class)
			.single();
		String remove = this.unitPage + "/evidence/" + file + "/delete";
		// "Xóa" sits in the dossier form and posts it: what was typed and not saved
		// comes back with the question and after the removal
		assertThat(org.jsoup.Jsoup.parse(officer.page(this.unitPage + "?area=1").body())
			.select("#self-form button[formaction*=/evidence/" + file + "/delete]")).hasSize(1);
		String typing = "Giải trình đang gõ dở, chưa lưu";
		HttpResponse<String> asked = officer.post(this.unitPage, remove,
				Map.of("area", "1", "leaf", "1.1.3", "explanation.1.1.3", typing));
		assertThat(asked.statusCode()).isEqualTo(302);
		String location = asked.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("#evidence-" + file);
		org.jsoup.nodes.Document question = org.jsoup.Jsoup
			.parse(officer.page(location.substring(location.indexOf("/assessment"), location.indexOf('#'))).body());
		assertThat(question.select("[data-confirm-remove]").text()).contains("Xóa hẳn tài liệu này khỏi hồ sơ?");
		assertThat(question.getElementById("explanation.1.1.3").text()).isEqualTo(typing);
		assertThat(officer.page(this.unitPage + "?area=1").body()).as("asked once, not on every visit")
			.doesNotContain("data-confirm-remove")
			.contains("ke-hoach-cchc-2022.pdf");
		HttpResponse<String> removed = officer.post(this.unitPage, remove,
				Map.of("area", "1", "confirmed", "true", "leaf", "1.1.3", "explanation.1.1.3", typing));
		assertThat(removed.statusCode()).isEqualTo(302);
		String after = removed.headers().firstValue("Location").orElseThrow();
		org.jsoup.nodes.Document removedPage = org.jsoup.Jsoup
			.parse(officer.page(after.substring(after.indexOf("/assessment"))).body());
		assertThat(removedPage.text()).contains(
				"Đã xóa tài liệu kiểm chứng “ke-hoach-cchc-2022.pdf” của tiêu chí 1.1.1. Nội dung bạn đã gõ vẫn còn trên trang nhưng chưa được lưu");
		assertThat(removedPage.getElementById("explanation.1.1.3").text()).isEqualTo(typing);
		assertThat(this.jdbc.sql("select count(*) from assessment_evidence where id = ?")
			.param(file)
			.query(Long.class)
			.single()).isZero();
		List<Map.Entry<String, String>> again = selfForm();
		again.add(Map.entry("citation.1.1.1", "tr. 3, mục II.2"));
		assertThat(officer
			.multipart(this.unitPage, this.unitPage, again,
					List.of(new WebClient.FilePart("file.1.1.1", "ke-hoach-cchc-2022.pdf", PDF)))
			.statusCode()).isEqualTo(302);

		// a file sent with its document's details is one piece of evidence, with one
		// "Xóa"; a document cited without a file is one too, and its address does not
		// answer "not found"
		List<Map.Entry<String, String>> withDocument = selfForm();
		withDocument.add(Map.entry("docNumber.1.1.2", "12/KH-UBND"));
		withDocument.add(Map.entry("docDate.1.1.2", "2022-03-10"));
		withDocument.add(Map.entry("docIssuer.1.1.2", "UBND huyện Đak Pơ"));
		withDocument.add(Map.entry("docNumber.1.1.3", "20/BC-UBND"));
		withDocument.add(Map.entry("docDate.1.1.3", "2022-06-20"));
		withDocument.add(Map.entry("docIssuer.1.1.3", "UBND huyện Đak Pơ"));
		HttpResponse<String> documented = officer.multipart(this.unitPage, this.unitPage, withDocument,
				List.of(new WebClient.FilePart("file.1.1.2", "ke-hoach-12.pdf", PDF)));
		assertThat(documented.statusCode()).isEqualTo(302);
		// every criterion went back, two changed: the notice names and counts those two
		// only (issue 9)
		assertThat(officer.page(redirected(documented)).body()).contains("Đã lưu bản nháp 2 tiêu chí: 1.1.2, 1.1.3.");
		HttpResponse<String> resent = officer.multipart(this.unitPage, this.unitPage, selfForm(), List.of());
		assertThat(resent.statusCode()).isEqualTo(302);
		assertThat(officer.page(redirected(resent)).body()).contains("Không có gì thay đổi nên chưa lưu tiêu chí nào.")
			.doesNotContain("Đã lưu bản nháp");
		List<Long> evidence112 = this.jdbc
			.sql("select id from assessment_evidence where unit_id = ? and leaf_code = '1.1.2'")
			.param(this.dakPo.id())
			.query(Long.class)
			.list();
		assertThat(evidence112).hasSize(1);
		org.jsoup.nodes.Document withFile = org.jsoup.Jsoup.parse(officer.page(this.unitPage + "?area=1").body());
		org.jsoup.nodes.Element item = withFile.getElementById("evidence-" + evidence112.get(0));
		assertThat(item).isNotNull();
		assertThat(item.text()).contains("ke-hoach-12.pdf", "Văn bản số 12/KH-UBND ngày 10/03/2022");
		assertThat(withFile.select("[data-leaf-card=1.1.2] li[id^=evidence-] button")).hasSize(1);
		long document = this.jdbc.sql("select id from assessment_evidence where unit_id = ? and leaf_code = '1.1.3'")
			.param(this.dakPo.id())
			.query(Long.class)
			.single();
		HttpResponse<byte[]> documentLink = officer.download("/assessment/evidence/" + document);
		assertThat(documentLink.statusCode()).isEqualTo(303);
		String documentPage = documentLink.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> shown = officer.page(documentPage);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("20/BC-UBND", "20/06/2022");
		assertThat(signedIn("dakpo.lanhdao").page(documentPage).statusCode()).isEqualTo(200);
		assertThat(signedIn("thamdinh").page(documentPage).statusCode()).as("a draft is the unit's own").isEqualTo(404);

		WebClient leader = signedIn("dakpo.lanhdao");
		// the way to the submission is a link to its address, without an empty query
		// ("…/unit/submit?", issue 9)
		org.jsoup.nodes.Element submitLink = org.jsoup.Jsoup.parse(leader.page(this.unitPage + "?area=1").body())
			.getElementById("submit-link");
		assertThat(submitLink).isNotNull();
		assertThat(submitLink.attr("href")).isEqualTo(this.unitPage + "/submit");
		assertThat(leader.page(submitLink.attr("href")).statusCode()).isEqualTo(200);
		HttpResponse<String> submitAsked = leader.post(this.unitPage, this.unitPage + "/submit", Map.of());
		assertThat(submitAsked.statusCode()).isEqualTo(200);
		assertThat(submitAsked.body()).contains("Xác nhận nộp hồ sơ", "id=\"self-totals\"",
				"data-total=\"APPRAISAL\">" + shown(appraisal) + "/64", "name=\"confirmed\"");
		assertThat(status()).isEqualTo("DRAFT");
		String stamp = org.jsoup.Jsoup.parse(submitAsked.body()).select("input[name=stamp]").val();
		assertThat(stamp).isNotBlank();
		// meanwhile the officer changes 1.1.2 in another browser: the leader's
		// confirmation of the total shown is stale, refused, and shown again with the
		// new total; nothing is submitted
		HttpResponse<String> changed = officer.multipart(this.unitPage + "?area=1", this.unitPage,
				List.of(Map.entry("area", "1"), Map.entry("leaf", "1.1.2"),
						Map.entry("version.1.1.2", version("1.1.2")), Map.entry("input.1.1.2.actual", "5"),
						Map.entry("input.1.1.2.base", "25"),
						Map.entry("explanation.1.1.2", "Hồ sơ lưu tại Văn phòng HĐND và UBND huyện")),
				List.of());
		assertThat(changed.statusCode()).isEqualTo(302);
		BigDecimal changedTotal = BigDecimal.ZERO;
		for (String code : inputs2021().keySet()) {
			changedTotal = changedTotal.add(code.equals("1.1.2")
					? selfPoints(code, Map.of("actual", BigDecimal.valueOf(5), "base", BigDecimal.valueOf(25)))
					: selfPoints(code));
		}
		assertThat(changedTotal).isNotEqualByComparingTo(appraisal);
		HttpResponse<String> stale = leader.post(this.unitPage, this.unitPage + "/submit",
				Map.of("confirmed", "true", "stamp", stamp));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Hồ sơ đã thay đổi sau khi bạn mở trang xác nhận",
				"data-total=\"APPRAISAL\">" + shown(changedTotal) + "/64", "name=\"confirmed\"");
		assertThat(status()).isEqualTo("DRAFT");
		assertThat(leader.post(this.unitPage, this.unitPage + "/submit", Map.of("confirmed", "true")).statusCode())
			.as("a confirmation that does not say what it confirmed submits nothing")
			.isEqualTo(409);
		assertThat(status()).isEqualTo("DRAFT");
		String fresh = org.jsoup.Jsoup.parse(stale.body()).select("input[name=stamp]").val();
		HttpResponse<String> confirmed = leader.post(this.unitPage, this.unitPage + "/submit",
				Map.of("confirmed", "true", "stamp", fresh));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(status()).isEqualTo("SUBMITTED");

		String appraisalPage = "/assessment/cycles/" + this.cycle.id() + "/units/" + this.dakPo.id();
		assertThat(signedIn("thamdinh").page(appraisalPage + "?area=1").body()).contains("ke-hoach-cchc-2022.pdf",
				"tr. 3, mục II.2");
	}

	@Test
	@DirtiesContext
	void deadlinesInThePastAndNodeDeletionAskFirst() {
		WebClient office = signedIn("sonoivu");
		String cyclePage = "/admin/assessment/cycles/" + this.cycle.id();
		long unsubmitted = this.cycle.unitIds().size() - this.jdbc
			.sql("select count(*) from assessment_dossier where index_set_id = ? and status in ('SUBMITTED', 'LOCKED')")
			.param(this.set.id())
			.query(Long.class)
			.single();
		Map<String, String> past = new LinkedHashMap<>();
		past.put("selfAssessmentUntil", "2023-01-15T17:00");
		past.put("appraisalUntil", "2023-02-15T17:00");
		past.put("explanationUntil", "2023-02-28T17:00");
		past.put("councilUntil", "2023-03-31T17:00");
		past.put("publicationOn", "2023-04-15T08:00");
		past.put("units", Long.toString(this.dakPo.id()));
		HttpResponse<String> asked = office.post(cyclePage, cyclePage, past);
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Lưu các hạn này sẽ khóa " + 1 + " hồ sơ chưa nộp ngay lập tức")
			.contains("value=\"2023-01-15T17:00\"", "name=\"confirmed\"");
		assertThat(this.cycles.find(this.cycle.id()).orElseThrow().selfAssessmentUntil())
			.isEqualTo(this.cycle.selfAssessmentUntil());
		Map<String, String> all = new LinkedHashMap<>(past);
		all.remove("units");
		HttpResponse<String> allUnits = office.postFields(cyclePage, withCsrf(office, cyclePage, withUnits(all)));
		assertThat(allUnits.body()).contains("Lưu các hạn này sẽ khóa " + unsubmitted + " hồ sơ chưa nộp ngay lập tức");
		List<Map.Entry<String, String>> confirmedFields = withUnits(all);
		confirmedFields.add(Map.entry("confirmed", "true"));
		HttpResponse<String> confirmed = office.postFields(cyclePage, withCsrf(office, cyclePage, confirmedFields));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(this.cycles.find(this.cycle.id()).orElseThrow().selfAssessmentUntil().toLocalDateTime())
			.hasYear(2023);
		// the dossiers not submitted are locked at once, not at the deadline job's next
		// run, and the dashboard says so
		assertThat(this.jdbc.sql("select count(*) from assessment_dossier where index_set_id = ? and status = 'LOCKED'")
			.param(this.set.id())
			.query(Long.class)
			.single()).isEqualTo(unsubmitted);
		org.jsoup.nodes.Document dashboard = org.jsoup.Jsoup.parse(office.page(cyclePage).body());
		assertThat(dashboard.select("#status tbody tr")
			.stream()
			.filter((row) -> row.select("td").get(1).text().equals("Khóa khi hết hạn, chưa nộp"))
			.count()).isEqualTo(unsubmitted);

		String setPage = "/admin/methodology/index-sets/" + this.set.id();
		int nodes = this.methodology.find(this.set.id()).orElseThrow().nodes().size();
		// 2.2 holds the demo units' 2022 entries: the question says so and offers no way
		// on
		HttpResponse<String> inUse = office.post(setPage, setPage + "/nodes/2.2/delete",
				Map.of("version", Integer.toString(this.set.version())));
		assertThat(inUse.statusCode()).isEqualTo(200);
		assertThat(inUse.body()).contains("Xóa mục 2.2 sẽ xóa cả 3 tiêu chí con bên dưới", "mục sẽ không xóa được")
			.doesNotContain("name=\"confirmed\"");
		assertThat(this.methodology.find(this.set.id()).orElseThrow().nodes()).hasSize(nodes);
		// a criterion without data: asked first, then deleted
		addNode(office, setPage, Map.of("code", "2.9", "parentCode", "2", "level", "CRITERION", "name", "Tiêu chí thử",
				"maxPoints", "1", "component", "APPRAISAL", "rule", "yes-no"));
		String delete = setPage + "/nodes/2.9/delete";
		String version = Integer.toString(this.methodology.find(this.set.id()).orElseThrow().version());
		HttpResponse<String> askedNode = office.post(setPage, delete, Map.of("version", version));
		assertThat(askedNode.statusCode()).isEqualTo(200);
		assertThat(askedNode.body()).contains("Xóa mục 2.9 (không có tiêu chí con); không hoàn tác được",
				"name=\"confirmed\"");
		assertThat(this.methodology.find(this.set.id()).orElseThrow().nodes()).hasSize(nodes + 1);
		HttpResponse<String> deleted = office.post(setPage, delete, Map.of("version", version, "confirmed", "true"));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(this.methodology.find(this.set.id()).orElseThrow().nodes()).hasSize(nodes);
		// the notice names what was deleted, not "saved" (issue 9, A-messages)
		assertThat(office.page(setPage).body()).contains("Đã xóa tiêu chí 2.9 “Tiêu chí thử”.")
			.doesNotContain("Đã lưu.");
	}

	private void addNode(WebClient office, String setPage, Map<String, String> node) {
		Map<String, String> fields = new LinkedHashMap<>(node);
		fields.put("version", Integer.toString(this.methodology.find(this.set.id()).orElseThrow().version()));
		assertThat(office.post(setPage, setPage + "/nodes", fields).statusCode()).as("node %s added", node.get("code"))
			.isEqualTo(302);
	}

	private List<Map.Entry<String, String>> withUnits(Map<String, String> fields) {
		List<Map.Entry<String, String>> all = new ArrayList<>(fields.entrySet());
		this.cycle.unitIds().forEach((id) -> all.add(Map.entry("units", id.toString())));
		return all;
	}

	private static List<Map.Entry<String, String>> withCsrf(WebClient client, String page,
			List<Map.Entry<String, String>> fields) {
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		client.csrf(page).ifPresent((token) -> all.add(Map.entry("_csrf", token)));
		return all;
	}

	/** The summary of a criterion's history on a dossier page: "Lịch sử (2)". */
	private static String history(String page, String leaf) {
		org.jsoup.nodes.Element summary = org.jsoup.Jsoup.parse(page)
			.select("[data-leaf-card=" + leaf + "] details > summary")
			.last();
		return (summary == null) ? "" : summary.text();
	}

	/** The path a redirect leads to (the page showing the save's notice). */
	private static String redirected(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/assessment"));
	}

	private WebClient signedIn(String username) {
		return WebClient.signedIn(this.port, username, PASSWORD);
	}

	private static String shown(BigDecimal points) {
		return points.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** The self-assessment form for every leaf with Đak Pơ's 2021 inputs, explained. */
	private List<Map.Entry<String, String>> selfForm() {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (Map.Entry<String, Map<String, BigDecimal>> leaf : inputs2021().entrySet()) {
			String code = leaf.getKey();
			fields.add(Map.entry("leaf", code));
			fields.add(Map.entry("version." + code, version(code)));
			leaf.getValue()
				.forEach((name, value) -> fields.add(Map.entry("input." + code + "." + name, value.toPlainString())));
			if (!code.equals("1.1.1")) {
				fields.add(Map.entry("explanation." + code, "Hồ sơ lưu tại Văn phòng HĐND và UBND huyện"));
			}
		}
		return fields;
	}

	private static Map<String, Map<String, BigDecimal>> inputs2021() {
		Map<String, Map<String, BigDecimal>> inputs = new LinkedHashMap<>();
		try (InputStream in = UnitDossierScenario.class.getResourceAsStream("/demo/district-2021-entries.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.split("\t", -1);
				if (line.startsWith("#") || cells.length < 3 || !cells[0].equals("dak-po")) {
					continue;
				}
				Map<String, BigDecimal> values = new LinkedHashMap<>();
				for (String part : cells[2].split(";")) {
					String[] pair = part.strip().split("=");
					values.put(pair[0].strip(), new BigDecimal(pair[1].strip()));
				}
				inputs.put(cells[1], values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return inputs;
	}

	private BigDecimal selfPoints(String code) {
		return selfPoints(code, inputs2021().get(code));
	}

	private BigDecimal selfPoints(String code, Map<String, BigDecimal> inputs) {
		Leaf leaf = this.set.definition()
			.leaves()
			.stream()
			.filter((l) -> l.code().equals(code) && l.component() == Component.APPRAISAL)
			.findFirst()
			.orElseThrow();
		return leaf.rule().evaluate(code, leaf.maxPoints(), inputs).points();
	}

	private String version(String leaf) {
		return this.jdbc
			.sql("select version from assessment_leaf_entry where index_set_id = ? and unit_id = ? "
					+ "and leaf_code = ?")
			.params(this.set.id(), this.dakPo.id(), leaf)
			.query(Integer.class)
			.optional()
			.map(String::valueOf)
			.orElse("-1");
	}

	private String status() {
		return this.jdbc.sql("select status from assessment_dossier where index_set_id = ? and unit_id = ?")
			.params(this.set.id(), this.dakPo.id())
			.query(String.class)
			.optional()
			.orElse("DRAFT");
	}

}
