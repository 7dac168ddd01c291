package org.parindex.survey;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.assessment.CycleService;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sampling, invitation codes and the public form, over real HTTP: targets with the sample
 * formula, batches bounded in size, printable sheets with QR codes and exports; a code
 * answers once even under concurrent submissions, the response cannot be linked to its
 * code, answers are kept as a draft until sent, invalid answers and answers outside the
 * form's window are refused with nothing stored, and unknown codes are throttled per
 * address. Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "parindex.demo.enabled=true",
		"parindex.survey.code-attempts.capacity=20", "parindex.survey.public-url=https://sonoivu.example.vn" })
abstract class InvitationScenario {

	static final String PASSWORD = "parindex-demo";

	@LocalServerPort
	int port;

	@Autowired
	SurveyFormService forms;

	@Autowired
	InvitationService invitations;

	@Autowired
	MethodologyService methodology;

	@Autowired
	CycleService cycles;

	@Autowired
	CodeAttempts attempts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void forgetAddresses() {
		this.attempts.forgetAll();
	}

	@Test
	void setsTargetsWithTheSampleFormulaAndIssuesBoundedPrintableExportableBatches() throws Exception {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set2022(), "I1", surveyLeaves()));
		String page = "/admin/survey/forms/" + form.id() + "/invitations";
		long unit = unitOf(form);

		WebClient anonymous = new WebClient(this.port);
		assertThat(anonymous.page(page).statusCode()).isEqualTo(302);
		WebClient officer = new WebClient(this.port);
		officer.signIn("dakpo.canbo", PASSWORD);
		assertThat(officer.page(page).statusCode()).isEqualTo(403);

		WebClient staff = new WebClient(this.port);
		staff.signIn("dieutra", PASSWORD);
		Document shown = Jsoup.parse(staff.page(page).body());
		assertThat(shown.select("#invitation-units tbody tr")).hasSize(17);

		// a worked example at the province's margin, computed as a target is (rounded up)
		assertThat(shown.select("#target-example").text()).isEqualTo(
				"Ví dụ với sai số tỉnh dùng: N = 12.000 người, e = 5 % → n = 12.000 / (1 + 12.000 × 0,05²) = 387,10, làm tròn lên 388 người.");
		HttpResponse<String> saved = staff.post(page, page + "/targets",
				Map.of("unitId", Long.toString(unit), "population", "1000", "marginPercent", ""));
		// post, redirect, get: a reload of the page shown after saving does not post
		// again
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page);
		Document row = Jsoup.parse(staff.page(page).body());
		assertThat(row.select("tr[data-unit-id=" + unit + "] [data-target]").text()).isEqualTo("286");
		assertThat(row.select("tr[data-unit-id=" + unit + "] [data-formula]").text())
			.isEqualTo("n = 1.000 / (1 + 1.000 × 0,05²) = 285,71 → 286 người");

		// after saving, both unit lists stay on the unit just saved, not the first one
		// (walk of issue 10, #12)
		String last = row.select("#target-unit option").last().val();
		assertThat(last).isNotEqualTo(row.select("#target-unit option").first().val());
		staff.post(page, page + "/targets", Map.of("unitId", last, "respondents", "40"));
		Document after = Jsoup.parse(staff.page(page).body());
		assertThat(after.select("#target-unit option[selected]").val()).isEqualTo(last);
		assertThat(after.select("#batch-unit option[selected]").val()).isEqualTo(last);
		assertThat(Jsoup.parse(staff.page(page).body()).select("#target-unit option[selected]")).isEmpty();

		HttpResponse<String> wrong = staff.post(page, page + "/targets",
				Map.of("unitId", last, "population", "nghìn", "marginPercent", "60"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		Document refused = Jsoup.parse(wrong.body());
		assertThat(refused.select(".alert-danger").text()).contains("Quy mô tổng thể N").contains("Sai số e (%)");
		assertThat(refused.select("#target-population").val()).isEqualTo("nghìn");
		// both unit lists on the unit of the refused form, not the batch's back on the
		// first (walk of issue 10, third round)
		assertThat(refused.select("#target-unit option[selected]").val()).isEqualTo(last);
		assertThat(refused.select("#batch-unit option[selected]").val()).isEqualTo(last);
		assertThat(refused.select("#target-margin").val()).isEqualTo("60");

		// a whole number too large for the field is said to be out of range, not "not a
		// whole number" (walk of issue 10, #3)
		HttpResponse<String> huge = staff.post(page, page + "/targets",
				Map.of("unitId", Long.toString(unit), "population", "999999999999", "marginPercent", ""));
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(huge.body()).select(".alert-danger").text()).contains(
				"Quy mô tổng thể N (người): “999999999999” nằm ngoài khoảng cho phép: phải là số nguyên từ 1 đến 100.000.000.");

		// both a population and a sample: neither is left aside silently
		HttpResponse<String> both = staff.post(page, page + "/targets",
				Map.of("unitId", Long.toString(unit), "population", "1000", "marginPercent", "", "respondents", "50"));
		assertThat(both.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(both.body()).select(".alert-danger").text()).contains("không nhập cả hai");
		assertThat(Jsoup.parse(staff.page(page).body()).select("tr[data-unit-id=" + unit + "] [data-target]").text())
			.isEqualTo("286");

		HttpResponse<String> tooMany = staff.post(page, page + "/batches",
				Map.of("unitId", Long.toString(unit), "count", "5001"));
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(tooMany.body()).select(".alert-danger").text()).contains("Số mã trong đợt")
			.contains("5.000");
		assertThat(Jsoup.parse(tooMany.body()).select("#batch-count").val()).isEqualTo("5001");
		assertThat(codesOf(form)).isEmpty();

		// "2,5" is two and a half, never 25: refused with the field named, as is "1,000"
		// (a decimal to a Vietnamese reader); the field is text, so no browser rewrites
		// it
		for (String fraction : List.of("2,5", "1.5", "1,000")) {
			HttpResponse<String> half = staff.post(page, page + "/batches",
					Map.of("unitId", Long.toString(unit), "count", fraction));
			assertThat(half.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(half.body()).select(".alert-danger").text())
				.contains("Số mã trong đợt: “" + fraction + "” không phải là một số nguyên");
			assertThat(Jsoup.parse(half.body()).select("#batch-count").attr("type")).isEqualTo("text");
		}
		assertThat(codesOf(form)).isEmpty();
		// a population in Vietnamese notation: 1.000 is one thousand
		assertThat(staff
			.post(page, page + "/targets",
					Map.of("unitId", Long.toString(unit), "population", "1.000", "marginPercent", ""))
			.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(staff.page(page).body()).select("tr[data-unit-id=" + unit + "] [data-target]").text())
			.isEqualTo("286");

		assertThat(
				staff.post(page, page + "/batches", Map.of("unitId", Long.toString(unit), "count", "12")).statusCode())
			.isEqualTo(302);
		List<String> codes = codesOf(form);
		assertThat(codes).hasSize(12)
			.doesNotHaveDuplicates()
			.allMatch((code) -> code.matches("[2-9A-HJKMNP-TW-Z]{10}"));
		Document listed = Jsoup.parse(staff.page(page).body());
		assertThat(listed.select("tr[data-unit-id=" + unit + "] [data-issued]").text()).isEqualTo("12");
		assertThat(listed.select("tr[data-unit-id=" + unit + "] [data-used]").text()).isEqualTo("0");

		long batch = this.jdbc.sql("select id from survey_invitation_batch where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single();
		// the batch is named by its place among the unit's batches, not by a database id
		assertThat(listed.select("tr[data-unit-id=" + unit + "]").text()).contains("Đợt 1: 12 mã");
		Document print = Jsoup.parse(staff.page(page + "/batches/" + batch + "/print").body());
		assertThat(print.text()).contains("đợt 1.");
		// the public address is set: no warning that the sheets lead nowhere
		assertThat(print.select("[data-local-address]")).isEmpty();
		assertThat(staff.page(page).body()).doesNotContain("data-local-address");
		assertThat(print.select("[data-invitation-card]")).hasSize(12);
		assertThat(print.select(".invitation-sheet")).hasSize(2);
		assertThat(print.select("[data-invitation-card] svg path")).hasSize(12);
		assertThat(print.select("[data-code]").eachText())
			.containsExactlyElementsOf(codes.stream().map(InvitationCodes::grouped).toList());

		String csv = new String(staff.bytes(page + "/batches/" + batch + ".csv"), StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(13);
		assertThat(csv)
			.contains("\"https://sonoivu.example.vn/khao-sat/" + InvitationCodes.grouped(codes.get(0)) + "\"");
		try (Workbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(staff.bytes(page + "/batches/" + batch + ".xlsx")))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(13);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
				.isEqualTo(InvitationCodes.grouped(codes.get(0)));
		}
		// another form's batch is not this form's
		SurveyFormView other = this.forms.define(SurveyFormScenario.form(set2022(), "I1B", surveyLeaves()));
		assertThat(staff.page("/admin/survey/forms/" + other.id() + "/invitations/batches/" + batch + "/print")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aCodeAnswersOnceEvenUnderConcurrentSubmissions() throws Exception {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set2022(), "I2", surveyLeaves()));
		String code = issue(form, 1).get(0);
		String path = "/khao-sat/" + code;
		int threads = 16;
		List<WebClient> clients = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			WebClient client = new WebClient(this.port);
			clients.add(client);
			tokens.add(client.csrf(path).orElseThrow());
		}
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				WebClient client = clients.get(i);
				String token = tokens.get(i);
				sent.add(pool.submit(() -> {
					start.await();
					// questions left unanswered on purpose: sent as confirmed
					return client.postWithoutToken(path,
							Map.of("_csrf", token, "q.Q1", "A", "q.Q2", "B", "q.D1", "A", "confirmMissing", "true"));
				}));
			}
			for (Future<HttpResponse<String>> answer : sent) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).as("every submission ends on the thank-you page").isEqualTo(302);
				assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/khao-sat/cam-on");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(responses(form)).isEqualTo(1);
		assertThat(this.jdbc.sql("select used from survey_invitation where code = ?")
			.param(code)
			.query(Boolean.class)
			.single()).isTrue();
		// a retry later sees the thank-you page and is counted on the code
		WebClient late = new WebClient(this.port);
		HttpResponse<String> again = late.page(path);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(again.body()).select("[data-thanks]")).hasSize(1);
		// said to be used, not thanked as if this visitor had answered (walk of 03/12)
		assertThat(Jsoup.parse(again.body()).select("h1").text()).isEqualTo("Mã mời này đã được dùng");
		assertThat(again.body()).doesNotContain("Phiếu trả lời đã được ghi nhận");
		assertThat(this.jdbc.sql("select retries from survey_invitation where code = ?")
			.param(code)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(responses(form)).isEqualTo(1);
	}

	@Test
	void answersAreKeptUntilSentAndTheResponseCannotBeLinkedToItsCode() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set2022(), "I3", surveyLeaves()));
		String code = issue(form, 2).get(0);
		String path = "/khao-sat/" + InvitationCodes.grouped(code);
		WebClient respondent = new WebClient(this.port);
		Document opened = Jsoup.parse(respondent.page(path).body());
		assertThat(opened.select("[data-unit] strong").text()).isNotBlank();
		assertThat(opened.select("fieldset.survey-question")).hasSize(form.questions().size());
		assertThat(opened.select("input[type=radio][checked]")).isEmpty();

		// the page's script posts each change
		HttpResponse<String> kept = respondent.post(path, path + "/nhap?async=true", Map.of("q.Q1", "B"));
		assertThat(kept.statusCode()).isEqualTo(204);
		// a reload (here: a new session, as after a lost connection) resumes
		Document resumed = Jsoup.parse(new WebClient(this.port).page(path.toLowerCase()).body());
		assertThat(resumed.select("input[name=q.Q1][value=B]").attr("checked")).isNotNull();
		assertThat(resumed.select("input[type=radio][checked]").eachAttr("value")).containsExactly("B");
		// without JavaScript the save button posts the same and comes back
		HttpResponse<String> button = respondent.post(path, path + "/nhap", Map.of("q.Q1", "C", "q.Q2", "A"));
		assertThat(button.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(respondent.page(path).body()).select("input[type=radio][checked]").eachAttr("value"))
			.containsExactly("C", "A");
		assertThat(drafts()).isEqualTo(2);

		HttpResponse<String> sent = respondent.post(path, path,
				Map.of("q.Q1", "C", "q.Q2", "A", "q.D1", "B", "confirmMissing", "true"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(respondent.page("/khao-sat/cam-on").body()).contains("Cảm ơn anh/chị đã trả lời");
		assertThat(responses(form)).isEqualTo(1);

		// nothing links the response to its code: the draft is gone, the invitation has
		// no
		// response key nor time, the response no code
		assertThat(drafts()).isZero();
		// (withdrawn: its batch was withdrawn before it was used, V140)
		assertThat(columns("survey_invitation")).containsExactlyInAnyOrder("id", "batch_id", "form_id", "unit_id",
				"code", "used", "retries", "withdrawn");
		assertThat(columns("survey_invitation_draft")).containsExactlyInAnyOrder("invitation_id", "question_code",
				"option_label");
		// (the sheet is the options chosen, as survey_answer holds them: V107; a sheet
		// set
		// aside keeps the staff member's reason, name and time, never the respondent's:
		// V133)
		assertThat(columns("survey_response")).containsExactlyInAnyOrder("id", "form_id", "unit_id", "channel",
				"submitted_on", "sheet", "set_aside_reason", "set_aside_by", "set_aside_at");
		assertThat(columns("survey_invitation_batch")).doesNotContain("response_id", "used_at", "submitted_on");
	}

	@Test
	void unansweredQuestionsAreNamedAndTheResponseIsSentOnlyOnceConfirmedKeepingTheAnswers() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set2022(), "I8", surveyLeaves().subList(0, 3)));
		String code = issue(form, 1).get(0);
		String path = "/khao-sat/" + code;
		WebClient respondent = new WebClient(this.port);
		Document opened = Jsoup.parse(respondent.page(path).body());
		// without JavaScript the page says plainly how answers are kept
		assertThat(opened.select("noscript").text()).contains("chỉ được lưu khi anh/chị bấm");
		assertThat(opened.select("#survey-autosave").hasAttr("hidden")).isTrue();
		// walk10 #4: no other line promises saving as one chooses (it shows with the
		// script)
		assertThat(opened.select("main p:not(#survey-autosave)").text()).doesNotContain("ngay khi anh/chị chọn");

		HttpResponse<String> asked = respondent.post(path, path, Map.of("q.Q1", "A", "q.Q3", "B"));
		assertThat(asked.statusCode()).isEqualTo(302);
		java.net.URI location = java.net.URI.create(asked.headers().firstValue("Location").orElseThrow());
		String confirm = location.getRawPath() + "?" + location.getRawQuery();
		assertThat(confirm).contains(path).contains("xac-nhan");
		assertThat(responses(form)).isZero();
		Document page = Jsoup.parse(respondent.page(confirm).body());
		assertThat(page.select("#survey-missing").text()).contains("Còn 2 câu chưa trả lời", "câu 2", "câu 4",
				"Vẫn gửi?");
		assertThat(page.select("input[type=radio][checked]").eachAttr("value")).containsExactly("A", "B");
		assertThat(page.select("fieldset.survey-unanswered").eachAttr("id")).containsExactly("question-Q2",
				"question-D1");
		assertThat(page.select("#survey-form button[name=confirmMissing][value=true]")).hasSize(1);
		assertThat(Jsoup.parse(new WebClient(this.port).page(confirm + "&lang=en").body())
			.select("#survey-missing")
			.text()).contains("2 questions are not answered yet", "Send anyway?");

		// answering one more still asks, about the one left
		HttpResponse<String> again = respondent.post(confirm, path, Map.of("q.Q1", "A", "q.Q2", "C", "q.Q3", "B"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith(confirm);
		assertThat(Jsoup.parse(respondent.page(confirm).body()).select("#survey-missing").text())
			.contains("Còn 1 câu chưa trả lời", "câu 4");
		HttpResponse<String> sent = respondent.post(confirm, path,
				Map.of("q.Q1", "A", "q.Q2", "C", "q.Q3", "B", "confirmMissing", "true"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/khao-sat/cam-on");
		assertThat(responses(form)).isEqualTo(1);
		assertThat(drafts()).isZero();

		// the invitations page leads back to the hub
		WebClient staff = new WebClient(this.port);
		staff.signIn("dieutra", PASSWORD);
		Document invitations = Jsoup.parse(staff.page("/admin/survey/forms/" + form.id() + "/invitations").body());
		assertThat(invitations.select("nav ol.breadcrumb a[href=/admin/survey]")).hasSize(1);
		assertThat(invitations.select("nav ol.breadcrumb a[href=/admin/survey/forms/" + form.id() + "]")).hasSize(1);
	}

	@Test
	void refusesInvalidAnswersKeepingThemAndAnswersOutsideTheFormsWindowWithNothingStored() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set2022(), "I4", surveyLeaves()));
		String code = issue(form, 1).get(0);
		String path = "/khao-sat/" + code;
		WebClient respondent = new WebClient(this.port);
		HttpResponse<String> invalid = respondent.post(path, path, Map.of("q.Q1", "A", "q.Q2", "Z"));
		assertThat(invalid.statusCode()).isEqualTo(400);
		Document kept = Jsoup.parse(invalid.body());
		assertThat(kept.select("#survey-error").text()).isEqualTo("Câu hỏi Q2 không có phương án Z.");
		assertThat(kept.select("input[type=radio][checked]").eachAttr("name")).containsExactly("q.Q1");
		HttpResponse<String> empty = respondent.post(path, path, Map.of());
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(empty.body()).select("#survey-error").text())
			.isEqualTo("Phiếu chưa có câu trả lời nào.");
		WebClient visitor = new WebClient(this.port);
		HttpResponse<String> english = visitor.post(path + "?lang=en", path, Map.of("q.Q9", "A"));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(english.body()).select("#survey-error").text())
			.isEqualTo("Question Q9 is not on the form.");
		assertThat(responses(form)).isZero();
		assertThat(this.jdbc.sql("select used from survey_invitation where code = ?")
			.param(code)
			.query(Boolean.class)
			.single()).isFalse();

		// a form past its deadline, and one not open yet: closed with a clear message
		IndexSetView set = set2022();
		DefineSurveyForm template = SurveyFormScenario.form(set, "I5", surveyLeaves());
		SurveyFormView closed = this.forms.define(new DefineSurveyForm(set.id(), "I5", "Phiếu đã đóng", "Công chức",
				BigDecimal.ONE, null, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)),
				template.questions()));
		SurveyFormView early = this.forms.define(new DefineSurveyForm(set.id(), "I6", "Phiếu chưa mở", "Công chức",
				BigDecimal.ONE, null, Instant.now().plus(Duration.ofDays(3)), Instant.now().plus(Duration.ofDays(30)),
				template.questions()));
		String lateCode = insertCode(closed, "K7PX2MQ9RD");
		String earlyCode = issue(early, 1).get(0);
		HttpResponse<String> tooLate = respondent.page("/khao-sat/" + lateCode);
		assertThat(tooLate.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(tooLate.body()).select("[data-closed] .alert").text())
			.startsWith("Đã hết hạn trả lời phiếu khảo sát (hạn cuối ");
		HttpResponse<String> postedLate = respondent.post("/khao-sat/" + earlyCode, "/khao-sat/" + lateCode,
				Map.of("q.Q1", "A"));
		assertThat(postedLate.statusCode()).isEqualTo(403);
		HttpResponse<String> tooEarly = respondent.page("/khao-sat/" + earlyCode);
		assertThat(tooEarly.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(tooEarly.body()).select("[data-closed] .alert").text())
			.startsWith("Phiếu khảo sát chưa mở");
		assertThat(responses(closed)).isZero();
		assertThat(responses(early)).isZero();
		assertThat(drafts()).isZero();

		// walk: the staff page of a form past its deadline offers no "Phát mã" and says
		// why;
		// a post is refused all the same
		WebClient staff = new WebClient(this.port);
		staff.signIn("dieutra", PASSWORD);
		String closedPage = "/admin/survey/forms/" + closed.id() + "/invitations";
		Document closedShown = Jsoup.parse(staff.page(closedPage).body());
		assertThat(closedShown.select("#batch-form")).isEmpty();
		assertThat(closedShown.select("#batch-closed").text()).contains("đã hết hạn trả lời lúc");
		HttpResponse<String> lateIssue = staff.post(closedPage, closedPage + "/batches",
				Map.of("unitId", Long.toString(unitOf(closed)), "count", "3"));
		assertThat(lateIssue.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(lateIssue.body()).select(".alert-danger").text()).contains("không phát thêm mã mời");
		assertThat(Jsoup.parse(staff.page("/admin/survey/forms/" + early.id() + "/invitations").body())
			.select("#batch-form")).hasSize(1);
	}

	/**
	 * More than 200 codes at once are asked again, saying how many A4 sheets they print;
	 * only the confirmed post issues them.
	 */
	@Test
	void aBatchOfMoreThanTwoHundredCodesIsConfirmedFirst() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set2022(), "IC1", surveyLeaves()));
		String page = "/admin/survey/forms/" + form.id() + "/invitations";
		String unit = Long.toString(unitOf(form));
		WebClient staff = new WebClient(this.port);
		staff.signIn("dieutra", PASSWORD);
		HttpResponse<String> asked = staff.post(page, page + "/batches", Map.of("unitId", unit, "count", "201"));
		assertThat(asked.statusCode()).isEqualTo(200);
		Element confirm = Jsoup.parse(asked.body()).getElementById("batch-confirm");
		assertThat(confirm).isNotNull();
		// 201 codes at 8 a sheet: 26 sheets
		assertThat(confirm.text()).contains("Bạn sắp phát 201 mã mời").contains("in ra 26 tờ A4 (8 mã một tờ)");
		assertThat(codesOf(form)).isEmpty();
		// 200 is issued at once
		assertThat(staff.post(page, page + "/batches", Map.of("unitId", unit, "count", "200")).statusCode())
			.isEqualTo(302);
		assertThat(codesOf(form)).hasSize(200);
		assertThat(staff.post(page, page + "/batches", Map.of("unitId", unit, "count", "201", "confirmed", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(codesOf(form)).hasSize(401);
	}

	/**
	 * A double click on "Phát mã", a retried post or two posts at the same moment send
	 * the key the page gave the form: one batch is issued, and every post answers it
	 * (walk of issue 10, third round, #1). A form shown again has a fresh key.
	 */
	@Test
	void oneBatchFormIssuesOneBatchHoweverOftenItIsSent() throws Exception {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set2022(), "IC2", surveyLeaves()));
		String page = "/admin/survey/forms/" + form.id() + "/invitations";
		String unit = Long.toString(unitOf(form));
		WebClient staff = new WebClient(this.port);
		staff.signIn("dieutra", PASSWORD);
		String key = Jsoup.parse(staff.page(page).body()).select("#batch-form input[name=request]").val();
		assertThat(key).matches("[0-9a-f-]{36}");
		Map<String, String> batch = Map.of("unitId", unit, "count", "30", "request", key);
		Map<String, String> withToken = new java.util.HashMap<>(batch);
		withToken.put("_csrf", staff.csrf(page).orElseThrow());
		int threads = 8;
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				sent.add(pool.submit(() -> {
					start.await();
					return staff.postWithoutToken(page + "/batches", withToken);
				}));
			}
			for (Future<HttpResponse<String>> answer : sent) {
				assertThat(answer.get().statusCode()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(staff.post(page, page + "/batches", batch).statusCode()).isEqualTo(302);
		assertThat(batchesOf(form)).isEqualTo(1);
		assertThat(codesOf(form)).hasSize(30);
		Document after = Jsoup.parse(staff.page(page).body());
		assertThat(after.select("[data-batch-id]")).hasSize(1);
		String fresh = after.select("#batch-form input[name=request]").val();
		assertThat(fresh).matches("[0-9a-f-]{36}").isNotEqualTo(key);
		assertThat(staff.post(page, page + "/batches", Map.of("unitId", unit, "count", "5", "request", fresh))
			.statusCode()).isEqualTo(302);
		assertThat(batchesOf(form)).isEqualTo(2);
		assertThat(codesOf(form)).hasSize(35);

		// a batch asked again (over 200) keeps its key through the question
		String third = java.util.UUID.randomUUID().toString();
		Document asked = Jsoup.parse(
				staff.post(page, page + "/batches", Map.of("unitId", unit, "count", "201", "request", third)).body());
		String confirmKey = asked.select("#batch-confirm input[name=request]").val();
		assertThat(confirmKey).isEqualTo(third);
		Map<String, String> confirmed = Map.of("unitId", unit, "count", "201", "confirmed", "true", "request",
				confirmKey);
		assertThat(staff.post(page, page + "/batches", confirmed).statusCode()).isEqualTo(302);
		assertThat(staff.post(page, page + "/batches", confirmed).statusCode()).isEqualTo(302);
		assertThat(batchesOf(form)).isEqualTo(3);
		assertThat(codesOf(form)).hasSize(236);
		// a key that is not one is refused as a value the form sent, and issues nothing
		HttpResponse<String> forged = staff.post(page, page + "/batches",
				Map.of("unitId", unit, "count", "5", "request", "abc"));
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(batchesOf(form)).isEqualTo(3);
	}

	private long batchesOf(SurveyFormView form) {
		return this.jdbc.sql("select count(*) from survey_invitation_batch where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single();
	}

	@Test
	void unknownCodesAreRefusedThrottledPerAddressAndCounted() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set2022(), "I7", surveyLeaves()));
		String code = issue(form, 1).get(0);
		long before = unknownAttempts();
		WebClient guesser = new WebClient(this.port);
		// a known code costs nothing
		for (int i = 0; i < 10; i++) {
			assertThat(guesser.page("/khao-sat/" + code).statusCode()).isEqualTo(200);
		}
		// nothing typed: asked for the code, not told it is wrong, not counted (walk of
		// issue 10, #14b)
		for (String empty : List.of("", "   ")) {
			HttpResponse<String> none = guesser.post("/khao-sat", "/khao-sat", Map.of("code", empty));
			assertThat(none.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(none.body()).select("#code-error").text()).isEqualTo(
					"Anh/chị chưa nhập mã mời: hãy nhập mã mời in trên phiếu mời (10 ký tự, ví dụ K7PX2-MQ9RD).");
		}
		assertThat(unknownAttempts()).isEqualTo(before);
		for (int i = 0; i < 20; i++) {
			String guess = "ABCDE-FGH" + InvitationCodes.ALPHABET.charAt(i) + InvitationCodes.ALPHABET.charAt(i);
			HttpResponse<String> wrong = guesser.post("/khao-sat", "/khao-sat", Map.of("code", guess));
			assertThat(wrong.statusCode()).isEqualTo(404);
			Document page = Jsoup.parse(wrong.body());
			assertThat(page.select("#code-error").text()).startsWith("Mã mời không đúng");
			assertThat(page.select("#code").val()).isEqualTo(guess);
		}
		HttpResponse<String> throttled = guesser.post("/khao-sat", "/khao-sat", Map.of("code", code));
		assertThat(throttled.statusCode()).isEqualTo(429);
		// walk10 #17: the network address is paused, for a said time; no device blamed
		assertThat(Jsoup.parse(throttled.body()).select("#code-error").text()).startsWith("Từ địa chỉ mạng này")
			.containsPattern("tạm dừng khoảng \\d+ phút")
			.doesNotContain("thiết bị");
		assertThat(guesser.page("/khao-sat/" + code).statusCode()).isEqualTo(429);
		assertThat(unknownAttempts() - before).isEqualTo(20);

		this.attempts.forgetAll();
		HttpResponse<String> entered = guesser.post("/khao-sat", "/khao-sat",
				Map.of("code", " " + code.toLowerCase().substring(0, 5) + " " + code.substring(5)));
		assertThat(entered.statusCode()).isEqualTo(302);
		assertThat(entered.headers().firstValue("Location").orElseThrow())
			.endsWith("/khao-sat/" + InvitationCodes.grouped(code));
	}

	private List<String> issue(SurveyFormView form, int count) {
		InvitationBatchView batch = this.invitations.issue(new IssueInvitations(form.id(), unitOf(form), count));
		return this.invitations.codes(batch.id())
			.stream()
			.map((view) -> InvitationCodes.normalize(view.code()).orElseThrow())
			.toList();
	}

	/** A code of a form past its deadline (the service issues none any more). */
	private String insertCode(SurveyFormView form, String code) {
		this.jdbc.sql(
				"insert into survey_invitation_batch (form_id, unit_id, size, created_on) values (?, ?, 1, current_date)")
			.params(form.id(), unitOf(form))
			.update();
		long batch = this.jdbc.sql("select max(id) from survey_invitation_batch where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into survey_invitation (batch_id, form_id, unit_id, code) values (?, ?, ?, ?)")
			.params(batch, form.id(), unitOf(form), code)
			.update();
		return code;
	}

	private long unitOf(SurveyFormView form) {
		return this.cycles.findForSet(form.indexSetId())
			.orElseThrow()
			.unitIds()
			.stream()
			.sorted()
			.findFirst()
			.orElseThrow();
	}

	private List<String> codesOf(SurveyFormView form) {
		return this.jdbc.sql("select code from survey_invitation where form_id = ? order by id")
			.param(form.id())
			.query(String.class)
			.list();
	}

	private long responses(SurveyFormView form) {
		return this.jdbc.sql("select count(*) from survey_response where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single();
	}

	private long drafts() {
		return this.jdbc.sql("select count(*) from survey_invitation_draft").query(Long.class).single();
	}

	private long unknownAttempts() {
		return this.jdbc.sql("select coalesce(sum(attempts), 0) from survey_unknown_code_day")
			.query(Long.class)
			.single();
	}

	private List<String> columns(String table) {
		return new ArrayList<>(new HashSet<>(
				this.jdbc.sql("select lower(column_name) from information_schema.columns where lower(table_name) = ?")
					.param(table)
					.query(String.class)
					.list()));
	}

	private IndexSetView set2022() {
		return this.methodology.list()
			.stream()
			.filter((s) -> s.year() == 2022)
			.findFirst()
			.flatMap((s) -> this.methodology.find(s.id()))
			.orElseThrow();
	}

	private List<String> surveyLeaves() {
		return set2022().definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.toList();
	}

}
