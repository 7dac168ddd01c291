package org.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The survey staff's pages for forms (issue 10 item 1): the hub, the editor (defaults,
 * questions added and removed, refusals naming question and field and keeping what was
 * typed), the read-only frozen form, deletion after confirmation, XLSX export and import
 * (round trip, errors by row and column, nothing stored on error), and the copy of forms
 * with their index set. Signed in as the demo's survey staff ({@code dieutra}) through
 * the real login; run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
abstract class SurveyFormPagesScenario {

	static final String PASSWORD = "parindex-demo";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	SurveyFormService forms;

	@Autowired
	SurveyResponseService responses;

	@Autowired
	MethodologyService methodology;

	@Autowired
	IndexSetEditor editor;

	@Autowired
	CycleService cycles;

	@Autowired
	AppraisalService appraisal;

	@Autowired
	InvitationService invitations;

	@Test
	void theSurveyStaffHomeAndNavbarLeadToTheHub() {
		WebClient staff = signedIn("dieutra");
		String home = staff.page("/account").body();
		assertThat(home)
			.contains("id=\"survey\"", "href=\"/admin/survey\"", "id=\"nav-survey\"",
					"Quản lý phiếu khảo sát của từng bộ chỉ số")
			.doesNotContain("id=\"coming-later\"");
		String hub = staff.page("/admin/survey").body();
		assertThat(hub).contains("Phiếu khảo sát", "Năm 2022", "Năm 2021", "Thêm phiếu");
		assertThat(signedIn("sonoivu").page("/account").body()).contains("href=\"/admin/survey\"", "id=\"nav-survey\"");
		assertThat(signedIn("sonoivu").page("/admin/survey").statusCode()).isEqualTo(200);
		assertThat(signedIn("dakpo.canbo").page("/admin/survey").statusCode()).isEqualTo(403);
		assertThat(signedIn("dakpo.canbo").page("/account").body()).doesNotContain("id=\"nav-survey\"");
		assertThat(new WebClient(this.port).page("/admin/survey").statusCode()).isEqualTo(302);
		assertThat(new WebClient(this.port).page("/admin/survey?lang=en").statusCode()).isEqualTo(302);
		assertThat(staff.page("/admin/survey?lang=en").body()).contains("Survey forms", "Add a form");
	}

	@Test
	void definesEditsAndDeletesAFormThroughTheEditor() {
		IndexSetView set = set(2022);
		List<String> leaves = surveyLeaves(set);
		WebClient staff = signedIn("dieutra");
		String newPage = "/admin/survey/forms/new?set=" + set.id();
		String blank = staff.page(newPage).body();
		assertThat(blank).contains("name=\"questions[0].options[0].weight\" value=\"100\"",
				"name=\"questions[0].options[1].weight\" value=\"60\"",
				"name=\"questions[0].options[2].weight\" value=\"20\"",
				"name=\"questions[0].options[3].weight\" value=\"0\"",
				"name=\"questions[0].options[4].weight\" value=\"\"", "Không biết / không trả lời",
				"Câu hỏi thông tin chung (không tính điểm)", leaves.get(0));

		Map<String, String> typed = new LinkedHashMap<>(
				form("P1", "Phiếu lãnh đạo xã", "Lãnh đạo UBND cấp xã", "2", "2022-05-01T08:00", "2022-05-31T17:00"));
		question(typed, 0, "Q1", "Ông/bà đánh giá thế nào?", leaves.get(0), "100", "60", "20", "0", "");
		typed.put("action", "add-question");
		HttpResponse<String> added = staff.post(newPage, newPage, typed);
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.body()).contains("id=\"questions[1].code\"", "value=\"Q2\"",
				"Ông/bà đánh giá thế nào?</textarea>");
		// the new question rates the next survey leaf, with the usual options
		assertThat(added.body()).contains("<option value=\"" + leaves.get(1) + "\" selected=\"selected\"",
				"name=\"questions[1].options[1].weight\" value=\"60\"");

		// refused: every problem names its question, option and field; what was typed
		// stays
		question(typed, 1, "Q2", "", leaves.get(1), "100", "abc", "20", "0", "");
		typed.put("action", "save");
		HttpResponse<String> refused = staff.post(newPage, newPage, typed);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Câu hỏi 2 (Q2), Nội dung câu hỏi: chưa nhập.",
				"Câu hỏi 2 (Q2), phương án B, Trọng số (%): “abc” không phải là tỷ lệ phần trăm từ 0 đến 100",
				"value=\"abc\"", "value=\"Phiếu lãnh đạo xã\"");
		assertThat(this.forms.forms(set.id())).extracting(SurveyFormView::code).doesNotContain("P1");
		HttpResponse<String> english = signedIn("sonoivu").post(newPage, newPage + "&lang=en", typed);
		assertThat(english.body()).contains("Question 2 (Q2), Question text: missing.");

		// a demographic question, one option removed
		question(typed, 1, "Q2", "Giới tính", "", "", "", "", "", "");
		typed.put("questions[1].options[0].text", "Nam");
		typed.put("questions[1].options[1].text", "Nữ");
		typed.put("questions[1].options[2].text", "Khác");
		typed.put("action", "remove-option-1-4");
		String removed = staff.post(newPage, newPage, typed).body();
		assertThat(removed).contains("name=\"questions[1].options[3].label\"")
			.doesNotContain("name=\"questions[1].options[4].label\"");
		for (String field : List.of("label", "text", "weight")) {
			typed.remove("questions[1].options[4]." + field);
			typed.remove("questions[1].options[3]." + field);
		}
		typed.put("action", "save");
		HttpResponse<String> saved = staff.post(newPage, newPage, typed);
		assertThat(saved.statusCode()).isEqualTo(302);
		SurveyFormView form = this.forms.forms(set.id())
			.stream()
			.filter((f) -> f.code().equals("P1"))
			.findFirst()
			.orElseThrow();
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/survey/forms/" + form.id());
		assertThat(form.groupWeight()).isEqualByComparingTo("2");
		assertThat(form.opensAt()).isEqualTo(LocalDateTime.of(2022, 5, 1, 8, 0).atZone(VIETNAM).toInstant());
		assertThat(form.questions()).extracting(SurveyQuestionView::leafCode).containsExactly(leaves.get(0), null);
		assertThat(form.questions().get(0).options()).extracting(SurveyOptionView::weight)
			.usingElementComparator((a, b) -> (a == null || b == null) ? ((a == b) ? 0 : 1) : a.compareTo(b))
			.containsExactly(BigDecimal.ONE, new BigDecimal("0.6"), new BigDecimal("0.2"), BigDecimal.ZERO, null);
		assertThat(form.questions().get(1).options()).extracting(SurveyOptionView::text)
			.containsExactly("Nam", "Nữ", "Khác");
		String hub = staff.page("/admin/survey").body();
		assertThat(hub).contains("P1", "Lãnh đạo UBND cấp xã", "Từ 08h00 01/05/2022 đến 17h00 31/05/2022", "Đang soạn");

		// a new form cannot take an existing code
		HttpResponse<String> clash = staff.post(newPage, newPage, typed);
		assertThat(clash.statusCode()).isEqualTo(409);
		assertThat(clash.body()).contains("bộ chỉ số đã có phiếu mã P1");

		// edited: the code stays, the rest changes
		String page = "/admin/survey/forms/" + form.id();
		assertThat(staff.page(page).body()).contains("value=\"Phiếu lãnh đạo xã\"", "value=\"2\"", "readonly");
		typed.put("name", "Phiếu lãnh đạo xã, phường");
		typed.put("code", "OTHER");
		assertThat(staff.post(page, page, typed).statusCode()).isEqualTo(302);
		SurveyFormView edited = this.forms.find(form.id()).orElseThrow();
		assertThat(edited.name()).isEqualTo("Phiếu lãnh đạo xã, phường");
		assertThat(edited.code()).isEqualTo("P1");
		assertThat(edited.version()).isEqualTo(1);

		// deleted once confirmed
		HttpResponse<String> asked = staff.post(page, page + "/delete", Map.of());
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(staff.page(page + "/delete").body()).contains("id=\"confirm-delete\"", "Xóa phiếu P1");
		assertThat(this.forms.find(form.id())).isPresent();
		assertThat(staff.post(page, page + "/delete", Map.of("confirmed", "true")).statusCode()).isEqualTo(302);
		assertThat(this.forms.find(form.id())).isEmpty();
	}

	@Test
	void theEditorReadsNumbersAndLengthsPlainlyAndSaysEveryProblemAtOnce() {
		IndexSetView set = set(2022);
		List<String> leaves = surveyLeaves(set);
		WebClient staff = signedIn("dieutra");
		String newPage = "/admin/survey/forms/new?set=" + set.id();
		// a question is added before the form has a name: the page's buttons other than
		// saving skip the browser's checks of required fields
		Document blank = Jsoup.parse(staff.page(newPage).body());
		assertThat(blank.select("button[value=add-question]").hasAttr("formnovalidate")).isTrue();
		assertThat(blank.select("button[value=save]").hasAttr("formnovalidate")).isFalse();
		assertThat(blank.select("input[maxlength], textarea[maxlength]")).isEmpty();
		Map<String, String> typed = new LinkedHashMap<>(form("W1", "", "", "", "", ""));
		question(typed, 0, "Q1", "Ông/bà đánh giá thế nào?", leaves.get(0), "100", "60", "20", "0", "");
		typed.put("action", "add-question");
		HttpResponse<String> added = staff.post(newPage, newPage, typed);
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.body()).contains("id=\"questions[1].code\"");
		typed.put("action", "save");

		// "1.000" is a thousand to a Vietnamese reader and one to an English one:
		// refused,
		// not read as 1; a name over its 300 characters refused with the limit, never cut
		typed.putAll(form("W1", "P".repeat(301), "Lãnh đạo cấp xã", "1.000", "2022-05-01T08:00", "2022-05-31T17:00"));
		HttpResponse<String> refused = staff.post(newPage, newPage, typed);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select(".alert-danger").text())
			.contains("Trọng số nhóm: “1.000” có thể là một nghìn (cách ghi Việt Nam) hoặc là 1")
			.contains("Tên phiếu: dài quá 300 ký tự");
		assertThat(this.forms.forms(set.id())).extracting(SurveyFormView::code).doesNotContain("W1");
		// an option weight "1.000" is refused as the group weight is, never read as 1 %
		// (walk10 #7); "60.5" (a point and one digit) is a decimal point
		typed.put("name", "Phiếu W1");
		typed.put("groupWeight", "1000");
		typed.put("questions[0].options[0].weight", "1.000");
		typed.put("questions[0].options[1].weight", "60.5");
		HttpResponse<String> weight = staff.post(newPage, newPage, typed);
		assertThat(weight.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(weight.body()).select(".alert-danger").text())
			.contains("phương án A, Trọng số (%): “1.000” có thể là một nghìn (cách ghi Việt Nam) hoặc là 1")
			.doesNotContain("phương án B");
		assertThat(this.forms.forms(set.id())).extracting(SurveyFormView::code).doesNotContain("W1");
		typed.put("questions[0].options[0].weight", "100");
		assertThat(staff.post(newPage, newPage, typed).statusCode()).isEqualTo(302);
		SurveyFormView stored = this.forms.forms(set.id())
			.stream()
			.filter((f) -> f.code().equals("W1"))
			.findFirst()
			.orElseThrow();
		assertThat(stored.groupWeight()).isEqualByComparingTo("1000");

		// a second form under the same code: the code taken and every other problem at
		// once
		typed.put("name", "");
		typed.put("groupWeight", "abc");
		HttpResponse<String> clash = staff.post(newPage, newPage, typed);
		assertThat(clash.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(clash.body()).select(".alert-danger").text()).contains("bộ chỉ số đã có phiếu mã W1")
			.contains("Tên phiếu: chưa nhập")
			.contains("Trọng số nhóm: “abc”");
		this.forms.delete(stored.id());
	}

	@Test
	void aFormWithResponsesIsReadOnlyAndRefusesChangesAndDeletion() {
		IndexSetView set = set(2022);
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set, "F1", surveyLeaves(set)));
		long unit = this.cycles.findForSet(set.id()).orElseThrow().unitIds().iterator().next();
		this.responses.record(new RecordResponse(form.id(), unit, ResponseChannel.PAPER, Map.of("Q1", "A")));
		WebClient staff = signedIn("dieutra");
		String page = "/admin/survey/forms/" + form.id();
		String shown = staff.page(page).body();
		assertThat(shown)
			.contains("id=\"frozen\"", "Phiếu F1 đã có 1 phiếu trả lời nên không thể sửa hoặc xóa",
					"id=\"form-read-only\"", "60 %", "Không tính vào điểm trung bình")
			.doesNotContain("id=\"form-editor\"");

		Map<String, String> typed = new LinkedHashMap<>(
				form("F1", "Đổi tên", "Công chức", "1", "2022-05-01T08:00", "2022-05-31T17:00"));
		question(typed, 0, "Q1", "Câu hỏi", surveyLeaves(set).get(0), "100", "60", "20", "0", "");
		typed.put("action", "save");
		String csrf = staff.csrf("/admin/survey").orElseThrow();
		typed.put("_csrf", csrf);
		HttpResponse<String> refused = staff.postWithoutToken(page, typed);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Phiếu F1 đã có 1 phiếu trả lời nên không thể sửa hoặc xóa")
			.contains(form.name())
			.doesNotContain("Đổi tên");
		HttpResponse<String> delete = staff.postWithoutToken(page + "/delete",
				Map.of("confirmed", "true", "_csrf", csrf));
		assertThat(delete.statusCode()).isEqualTo(409);
		SurveyFormView still = this.forms.find(form.id()).orElseThrow();
		assertThat(still.name()).isEqualTo(form.name());
		assertThat(still.version()).isEqualTo(form.version());
		assertThat(staff.page("/admin/survey").body()).contains("Đã khóa (có phiếu trả lời)");
		// its own file imported again under its code: the code is said to be taken by a
		// form with responses, with the way out (walk of issue 10, third round, #2)
		byte[] file = staff.download(page + "/export.xlsx").body();
		assertThat(staff
			.multipart("/admin/survey", "/admin/survey/forms/import?set=" + set.id(), List.of(),
					List.of(new WebClient.FilePart("file", "f1.xlsx", file)))
			.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(staff.page("/admin/survey").body()).select(".alert-danger").text())
			.contains("Bộ chỉ số năm 2022 đã có phiếu mã F1 với 1 phiếu trả lời, nên tệp không thể thay phiếu đó")
			.contains("ghi một mã khác vào ô “Lưu với mã phiếu (để trống: lấy mã trong tệp)”. Chưa lưu gì.")
			.doesNotContain("không thể sửa hoặc xóa");
		assertThat(this.forms.find(form.id()).orElseThrow().version()).isEqualTo(form.version());
		// under the same code in small letters: the same code, said so, nothing stored
		// (walk of issue 10, fourth round: "w4" was stored beside "W4")
		int before = this.forms.forms(set.id()).size();
		assertThat(staff
			.multipart("/admin/survey", "/admin/survey/forms/import?set=" + set.id(), List.of(Map.entry("code", "f1")),
					List.of(new WebClient.FilePart("file", "f1.xlsx", file)))
			.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(staff.page("/admin/survey").body()).select(".alert-danger").text()).contains(
				"Bộ chỉ số đã có phiếu mã F1: mã phiếu không phân biệt chữ hoa, chữ thường nên “f1” trùng với mã đó.");
		assertThat(this.forms.forms(set.id())).hasSize(before);
	}

	@Test
	void aFormGoesToExcelAndBackAndABadFileIsRefusedByRowAndColumn() throws IOException {
		IndexSetView set = set(2022);
		List<String> leaves = surveyLeaves(set);
		DefineSurveyForm defined = SurveyFormScenario.form(set, "X1", leaves);
		defined = new DefineSurveyForm(set.id(), "X1", "Phiếu công chức", "Công chức cấp xã", new BigDecimal("1.5"),
				"Xin ông/bà dành ít phút trả lời.", LocalDateTime.of(2022, 6, 1, 7, 30).atZone(VIETNAM).toInstant(),
				LocalDateTime.of(2022, 6, 30, 17, 0).atZone(VIETNAM).toInstant(), defined.questions());
		SurveyFormView form = this.forms.define(defined);
		WebClient staff = signedIn("dieutra");
		HttpResponse<byte[]> export = staff.download("/admin/survey/forms/" + form.id() + "/export.xlsx");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("phieu-khao-sat-2022-X1.xlsx");

		HttpResponse<String> imported = staff.multipart("/admin/survey", "/admin/survey/forms/import?set=" + set.id(),
				List.of(Map.entry("code", "X2")), List.of(new WebClient.FilePart("file", "x1.xlsx", export.body())));
		assertThat(imported.statusCode()).isEqualTo(302);
		assertThat(staff.page("/admin/survey").body()).contains("Đã nhập phiếu X2");
		SurveyFormView copy = this.forms.forms(set.id())
			.stream()
			.filter((f) -> f.code().equals("X2"))
			.findFirst()
			.orElseThrow();
		assertThat(same(copy)).isEqualTo(same(form));

		// into another set (2021 has the same survey leaves in the demo), keeping the
		// code
		// (a published year takes no form: its import is refused, nothing stored)
		IndexSetView published = set(2021);
		assertThat(staff
			.multipart("/admin/survey", "/admin/survey/forms/import?set=" + published.id(), List.of(),
					List.of(new WebClient.FilePart("file", "x1.xlsx", export.body())))
			.statusCode()).isEqualTo(302);
		assertThat(staff.page("/admin/survey").body()).contains("Năm 2021 đã được Hội đồng thẩm định thông qua");
		assertThat(this.forms.forms(published.id())).extracting(SurveyFormView::code).doesNotContain("X1");
		IndexSetView other = this.editor.createDraft(new IndexSetEditor.CreateDraft(2036, set.unitGroupId(),
				"Bộ chỉ số 2036", "", Optional.of(set.id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		if (surveyLeaves(other).containsAll(leaves)) {
			assertThat(staff
				.multipart("/admin/survey", "/admin/survey/forms/import?set=" + other.id(), List.of(),
						List.of(new WebClient.FilePart("file", "x1.xlsx", export.body())))
				.statusCode()).isEqualTo(302);
			SurveyFormView there = this.forms.forms(other.id())
				.stream()
				.filter((f) -> f.code().equals("X1"))
				.findFirst()
				.orElseThrow();
			assertThat(same(there)).isEqualTo(same(form));
		}

		// a bad file: every problem by row and column, nothing stored
		byte[] bad = edit(export.body(), (sheet) -> {
			sheet.getRow(1).getCell(1).setCellValue("");
			sheet.getRow(6).getCell(1).setCellValue("31/02/2022 17:00");
			// first question's row: an unknown leaf, its option B weighted 120 %
			sheet.getRow(9).getCell(2).setCellValue("9.9");
			sheet.getRow(10).getCell(5).setCellValue("120");
			// a further row of Q2 repeating the option label A
			sheet.getRow(15).getCell(3).setCellValue("A");
		});
		int before = this.forms.forms(set.id()).size();
		HttpResponse<String> refused = staff.multipart("/admin/survey", "/admin/survey/forms/import?set=" + set.id(),
				List.of(Map.entry("code", "X3")), List.of(new WebClient.FilePart("file", "bad.xlsx", bad)));
		assertThat(refused.statusCode()).isEqualTo(302);
		String errors = staff.page("/admin/survey").body();
		assertThat(errors).contains("Phiếu khảo sát, dòng 2, cột B: Tên phiếu chưa nhập.",
				"Phiếu khảo sát, dòng 7, cột B: “31/02/2022 17:00” không phải là ngày giờ",
				"Phiếu khảo sát, dòng 10, cột C: câu hỏi Q1: mục 9.9 không phải là tiêu chí điều tra xã hội học",
				"Phiếu khảo sát, dòng 11, cột F: trọng số “120” không phải là tỷ lệ phần trăm",
				"Phiếu khảo sát, dòng 16, cột D: câu hỏi Q2: phương án A bị trùng.");
		assertThat(this.forms.forms(set.id())).hasSize(before).extracting(SurveyFormView::code).doesNotContain("X3");
		// walk10 #8: renamed headers are refused by column, naming the title expected
		byte[] renamed = edit(export.body(), (sheet) -> {
			sheet.getRow(8).getCell(3).setCellValue("Lựa chọn");
			sheet.getRow(8).getCell(5).setCellValue("Điểm");
		});
		staff.multipart("/admin/survey", "/admin/survey/forms/import?set=" + set.id(), List.of(Map.entry("code", "X3")),
				List.of(new WebClient.FilePart("file", "renamed.xlsx", renamed)));
		assertThat(staff.page("/admin/survey").body()).contains(
				"Phiếu khảo sát, dòng 9, cột D: tiêu đề “Lựa chọn”, cần “Phương án”",
				"Phiếu khảo sát, dòng 9, cột F: tiêu đề “Điểm”, cần “Trọng số %”");
		assertThat(this.forms.forms(set.id())).hasSize(before).extracting(SurveyFormView::code).doesNotContain("X3");
		HttpResponse<String> notXlsx = staff.multipart("/admin/survey", "/admin/survey/forms/import?set=" + set.id(),
				List.of(), List.of(new WebClient.FilePart("file", "x.csv", "a,b".getBytes(StandardCharsets.UTF_8))));
		assertThat(notXlsx.statusCode()).isEqualTo(302);
		assertThat(staff.page("/admin/survey").body()).contains("Chỉ nhận tệp .xlsx (tệp đã gửi có đuôi “.csv”)");
		// no file chosen, an empty file, another workbook: each said once (walk of issue
		// 10, second round, #7)
		staff.multipart("/admin/survey", "/admin/survey/forms/import?set=" + set.id(), List.of(),
				List.of(new WebClient.FilePart("file", "", new byte[0])));
		assertThat(staff.page("/admin/survey").body()).contains("Hãy chọn tệp .xlsx của mẫu phiếu để nhập.");
		staff.multipart("/admin/survey", "/admin/survey/forms/import?set=" + set.id(), List.of(),
				List.of(new WebClient.FilePart("file", "trong.xlsx", new byte[0])));
		assertThat(staff.page("/admin/survey").body()).contains("Tệp “trong.xlsx” trống (không có nội dung nào)");
		byte[] results = edit(export.body(), (sheet) -> {
			for (int i = sheet.getLastRowNum(); i >= 0; i--) {
				if (sheet.getRow(i) != null) {
					sheet.removeRow(sheet.getRow(i));
				}
			}
			for (int i = 0; i < 1500; i++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(i);
				row.createCell(0).setCellValue((i == 0) ? "STT" : Integer.toString(i));
				row.createCell(1).setCellValue((i == 0) ? "Đơn vị" : "Xã " + i);
			}
		});
		staff.multipart("/admin/survey", "/admin/survey/forms/import?set=" + set.id(), List.of(),
				List.of(new WebClient.FilePart("file", "ket-qua.xlsx", results)));
		org.jsoup.nodes.Document said = org.jsoup.Jsoup.parse(staff.page("/admin/survey").body());
		assertThat(said.select(".alert-danger li, .alert-danger p").eachText())
			.anyMatch((text) -> text.contains("Tệp này không phải là tệp phiếu khảo sát: ô A1 là “STT”"))
			.noneMatch((text) -> text.contains("dòng 1500"));
		assertThat(this.forms.forms(set.id())).hasSize(before);
	}

	@Test
	void formsAreCopiedWithTheirIndexSetAndAQuestionWhoseLeafIsGoneIsFlagged() {
		IndexSetView set2022 = set(2022);
		List<String> leaves = surveyLeaves(set2022);
		SurveyFormView source = this.forms.define(SurveyFormScenario.form(set2022, "C1", leaves));
		IndexSetView set2023 = this.editor.createDraft(new IndexSetEditor.CreateDraft(2023, set2022.unitGroupId(),
				"Bộ chỉ số 2023", "", Optional.of(set2022.id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		SurveyFormView copied = this.forms.forms(set2023.id())
			.stream()
			.filter((f) -> f.code().equals("C1"))
			.findFirst()
			.orElseThrow();
		assertThat(copied.questions()).extracting(SurveyQuestionView::leafCode)
			.containsExactlyElementsOf(source.questions().stream().map(SurveyQuestionView::leafCode).toList());
		assertThat(copied.opensAt()).isEqualTo(source.opensAt().atZone(VIETNAM).plusYears(1).toInstant());
		assertThat(copied.closesAt()).isEqualTo(source.closesAt().atZone(VIETNAM).plusYears(1).toInstant());
		assertThat(copied.responses()).isZero();
		assertThat(this.forms.reviews(set2023.id())).isEmpty();

		// W7: a survey leaf that copied forms' questions rate cannot be deleted: the
		// confirmation names the forms and questions and offers no button, the deletion
		// itself is refused with the same names, and nothing changes
		String leaf = leaves.get(0);
		WebClient office = signedIn("sonoivu");
		String editorPage = "/admin/methodology/index-sets/" + set2023.id();
		String deletePath = editorPage + "/nodes/" + leaf + "/delete";
		Document confirm = Jsoup
			.parse(office.post(editorPage, deletePath, Map.of("version", Integer.toString(set2023.version()))).body());
		assertThat(confirm.selectFirst("[data-survey-questions='" + leaf + "']").text())
			.startsWith("Câu hỏi của phiếu điều tra đang chấm các tiêu chí này (" + leaf + " (")
			.contains("C1: Q1");
		assertThat(confirm.select("#confirm-delete form")).isEmpty();
		HttpResponse<String> refused = office.post(editorPage, deletePath,
				Map.of("version", Integer.toString(set2023.version()), "confirmed", "true"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(office.page(editorPage).body()).contains(
				"Tiêu chí " + leaf + " đang được chấm bằng câu hỏi của phiếu điều tra (", "C1: Q1", "Chưa lưu gì.");
		assertThatThrownBy(() -> this.editor.deleteNode(set2023.id(), set2023.version(), leaf))
			.isInstanceOf(org.parindex.methodology.InvalidIndexSetException.class)
			.satisfies((ex) -> assertThat(((org.parindex.methodology.InvalidIndexSetException) ex).issues())
				.extracting(org.parindex.methodology.IndexSetIssue::messageKey)
				.containsExactly("methodology.node.rated-by-survey"));
		IndexSetView unchanged = this.methodology.find(set2023.id()).orElseThrow();
		assertThat(unchanged.version()).isEqualTo(set2023.version());
		assertThat(surveyLeaves(unchanged)).contains(leaf);
		assertThat(this.forms.forms(set2023.id())).hasSize(this.forms.forms(set2022.id()).size());

		// once the forms are deleted the leaf can leave the 2023 set; the forms are
		// then copied again from the hub, and the questions that rated it are flagged
		for (SurveyFormView form : this.forms.forms(set2023.id())) {
			this.forms.delete(form.id());
		}
		IndexSetView changed = this.editor.deleteNode(set2023.id(), set2023.version(), leaf);
		assertThat(surveyLeaves(changed)).doesNotContain(leaf);
		WebClient staff = signedIn("dieutra");
		String hub = staff.page("/admin/survey").body();
		assertThat(hub).contains("Sao chép phiếu từ năm trước (2022)");
		assertThat(staff.post("/admin/survey", "/admin/survey/forms/copy?set=" + set2023.id(), Map.of()).statusCode())
			.isEqualTo(302);
		String after = staff.page("/admin/survey").body();
		int flagged = this.forms.reviews(set2023.id()).size();
		assertThat(flagged).isEqualTo((int) this.forms.forms(set2022.id())
			.stream()
			.flatMap((f) -> f.questions().stream())
			.filter((q) -> leaves.get(0).equals(q.leafCode()))
			.count());
		assertThat(after).contains("Đã sao chép", flagged + " câu hỏi không còn gắn tiêu chí cần xem lại",
				"Cần xem lại: câu hỏi Q1 không còn gắn tiêu chí (năm trước gắn mục " + leaves.get(0));
		SurveyFormView again = this.forms.forms(set2023.id())
			.stream()
			.filter((f) -> f.code().equals("C1"))
			.findFirst()
			.orElseThrow();
		assertThat(again.question("Q1").orElseThrow().leafCode()).isNull();
		assertThat(again.question("Q2").orElseThrow().leafCode()).isEqualTo(leaves.get(1));
		assertThat(staff.page("/admin/survey/forms/" + again.id()).body()).contains("id=\"reviews\"");

		// a second copy is refused: the set has forms now
		assertThat(staff.post("/admin/survey", "/admin/survey/forms/copy?set=" + set2023.id(), Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(staff.page("/admin/survey").body())
			.contains("Bộ chỉ số năm 2023 đã có phiếu khảo sát nên không sao chép phiếu từ năm trước.");
		assertThat(this.forms.forms(set2023.id())).hasSize(this.forms.forms(set2022.id()).size());
	}

	@Test
	void aClosedYearOffersNoChangeSaysWhyAndRefusesARenameOnTheServer() {
		IndexSetView set2022 = set(2022);
		IndexSetView set = this.editor.createDraft(new IndexSetEditor.CreateDraft(2033, set2022.unitGroupId(),
				"Bộ chỉ số 2033", "", Optional.of(set2022.id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		CycleView cycle = this.cycles.open(set.id(),
				new CycleDeadlines(LocalDateTime.of(2034, 1, 15, 17, 0), LocalDateTime.of(2034, 2, 15, 17, 0),
						LocalDateTime.of(2034, 2, 28, 17, 0), LocalDateTime.of(2034, 3, 31, 17, 0),
						LocalDateTime.of(2034, 4, 15, 8, 0),
						this.cycles.findForSet(set2022.id()).orElseThrow().unitIds()));
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set, "Z1", surveyLeaves(set).subList(0, 2)));
		this.appraisal.recordCompletedYear(cycle.id(), "hoidong");
		WebClient staff = signedIn("dieutra");

		Document hub = Jsoup.parse(staff.page("/admin/survey").body());
		Element closed = hub.getElementById("set-" + set.id());
		assertThat(closed.select("[data-year-closed]").text()).contains("Năm 2033 đã");
		assertThat(closed.select("a[href*=/forms/new], a[href$=/invitations], a[href$=/paper], a[href$=/contractor]"))
			.isEmpty();
		assertThat(closed.select("form[action*=/forms/import], form[action*=/forms/copy]")).isEmpty();
		assertThat(closed.select("a[href$=/points], a[href$=/exports]")).hasSize(2);
		Element open = hub.getElementById("set-" + set2022.id());
		assertThat(open.select("[data-year-closed]")).isEmpty();
		assertThat(open.select("a[href*=/forms/new]")).hasSize(1);

		String page = "/admin/survey/forms/" + form.id();
		Document shown = Jsoup.parse(staff.page(page).body());
		assertThat(shown.select("[data-year-closed]").text()).contains("Năm 2033 đã");
		assertThat(shown.select("#form-editor")).isEmpty();
		assertThat(shown.select("form[action$=/delete]")).isEmpty();
		Map<String, String> typed = new LinkedHashMap<>(
				form("Z1", "Đổi tên", "Công chức", "1", "2033-05-01T08:00", "2033-05-31T17:00"));
		question(typed, 0, "Q1", "Câu hỏi", surveyLeaves(set).get(0), "100", "60", "20", "0", "");
		typed.put("action", "save");
		typed.put("_csrf", staff.csrf("/admin/survey").orElseThrow());
		HttpResponse<String> renamed = staff.postWithoutToken(page, typed);
		assertThat(renamed.statusCode()).isEqualTo(409);
		assertThat(renamed.body()).contains("Năm 2033 đã");
		assertThat(this.forms.find(form.id()).orElseThrow().name()).isEqualTo(form.name());
		HttpResponse<String> deleted = staff.postWithoutToken(page + "/delete",
				Map.of("confirmed", "true", "_csrf", staff.csrf("/admin/survey").orElseThrow()));
		assertThat(deleted.statusCode()).isEqualTo(409);
		assertThat(this.forms.find(form.id())).isPresent();

		// the pages that act: each says why and offers nothing to send
		for (String act : List.of(page + "/invitations", page + "/paper",
				"/admin/survey/sets/" + set.id() + "/contractor")) {
			Document acting = Jsoup.parse(staff.page(act).body());
			assertThat(acting.select("[data-year-closed]").text()).as(act).contains("Năm 2033 đã");
			assertThat(acting.select("main form[method=post]")).as(act).isEmpty();
		}
		long unit = this.cycles.findForSet(set.id()).orElseThrow().unitIds().iterator().next();
		assertThatThrownBy(() -> this.invitations.issue(new IssueInvitations(form.id(), unit, 2)))
			.isInstanceOf(InvalidSurveyException.class)
			.hasFieldOrPropertyWithValue("messageKey", "survey.form.year-closed");
	}

	@Test
	void movingADeadlineIntoThePastWithUnusedCodesAsksFirstNamingHowMany() {
		IndexSetView set = set(2022);
		long unit = this.cycles.findForSet(set.id()).orElseThrow().unitIds().iterator().next();
		DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
		LocalDateTime now = LocalDateTime.now(VIETNAM);
		// two codes out, unused (a used code would have frozen the form)
		SurveyFormView open = this.forms.define(SurveyFormScenario.form(set, "W2", surveyLeaves(set).subList(0, 1)));
		this.invitations.issue(new IssueInvitations(open.id(), unit, 2));
		Map<String, String> typed = new LinkedHashMap<>(form("W2", open.name(), open.respondentGroup(), "1",
				now.minusDays(2).format(minutes), now.minusHours(1).format(minutes)));
		question(typed, 0, "Q1", "Câu hỏi", surveyLeaves(set).get(0), "100", "60", "20", "0", "");
		typed.put("questions[1].code", "D1");
		typed.put("questions[1].text", "Giới tính");
		typed.put("questions[1].leafCode", "");
		typed.put("questions[1].options[0].label", "A");
		typed.put("questions[1].options[0].text", "Nam");
		typed.put("questions[1].options[0].weight", "");
		typed.put("questions[1].options[1].label", "B");
		typed.put("questions[1].options[1].text", "Nữ");
		typed.put("questions[1].options[1].weight", "");
		typed.put("action", "save");
		WebClient staff = signedIn("dieutra");
		String page = "/admin/survey/forms/" + open.id();
		HttpResponse<String> asked = staff.post(page, page, typed);
		assertThat(asked.statusCode()).isEqualTo(409);
		Document shown = Jsoup.parse(asked.body());
		assertThat(shown.select("#deadline-confirm").text()).contains("2 mã mời chưa dùng", "không dùng được nữa");
		assertThat(shown.select("#form-editor input[name=confirmDeadline]")).hasSize(1);
		assertThat(shown.select("input[name=closesAt]").attr("value")).isEqualTo(typed.get("closesAt"));
		assertThat(this.forms.find(open.id()).orElseThrow().closesAt()).isEqualTo(open.closesAt());

		typed.put("confirmDeadline", "true");
		assertThat(staff.post(page, page, typed).statusCode()).isEqualTo(302);
		assertThat(this.forms.find(open.id()).orElseThrow().closesAt()).isBefore(Instant.now());
	}

	@Test
	void everyChangeAnswersWithARedirectSoTheBackButtonNeverMeetsAPostedPage() {
		IndexSetView set = set(2022);
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(set, "B1", surveyLeaves(set).subList(0, 1)));
		WebClient staff = signedIn("dieutra");
		String page = "/admin/survey/forms/" + form.id();
		// asking is a page of its own, reached by a redirect
		HttpResponse<String> asked = staff.post(page, page + "/delete", Map.of());
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith(page + "/delete");
		HttpResponse<String> question = staff.page(page + "/delete");
		assertThat(question.statusCode()).isEqualTo(200);
		assertThat(question.body()).contains("id=\"confirm-delete\"", "Xóa phiếu B1");
		assertThat(this.forms.find(form.id())).isPresent();
		HttpResponse<String> deleted = staff.post(page + "/delete", page + "/delete", Map.of("confirmed", "true"));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/survey");
		assertThat(this.forms.find(form.id())).isEmpty();
		// the page of a form deleted since says so instead of an error
		HttpResponse<String> gone = staff.page(page + "/delete");
		assertThat(gone.statusCode()).isEqualTo(404);
	}

	/** A form's content without ids, version and responses. */
	private static List<Object> same(SurveyFormView form) {
		List<Object> content = new ArrayList<>(
				List.of(form.name(), form.respondentGroup(), form.groupWeight().stripTrailingZeros(),
						String.valueOf(form.intro()), form.opensAt(), form.closesAt()));
		for (SurveyQuestionView question : form.questions()) {
			content.add(List.of(question.code(), question.text(), String.valueOf(question.leafCode())));
			for (SurveyOptionView option : question.options()) {
				content.add(List.of(option.label(), option.text(),
						(option.weight() != null) ? option.weight().stripTrailingZeros() : "none"));
			}
		}
		return content;
	}

	private static byte[] edit(byte[] xlsx, java.util.function.Consumer<Sheet> change) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= 16; r++) {
				Row row = (sheet.getRow(r) != null) ? sheet.getRow(r) : sheet.createRow(r);
				for (int c = 0; c < 6; c++) {
					if (row.getCell(c) == null) {
						row.createCell(c);
					}
				}
			}
			change.accept(sheet);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static Map<String, String> form(String code, String name, String group, String weight, String opens,
			String closes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("name", name);
		fields.put("respondentGroup", group);
		fields.put("groupWeight", weight);
		fields.put("intro", "");
		fields.put("opensAt", opens);
		fields.put("closesAt", closes);
		return fields;
	}

	private static void question(Map<String, String> fields, int index, String code, String text, String leaf,
			String... weights) {
		String base = "questions[" + index + "].";
		fields.put(base + "code", code);
		fields.put(base + "text", text);
		fields.put(base + "leafCode", leaf);
		String[] texts = { "Rất tốt", "Tốt", "Chưa tốt", "Kém", "Không biết" };
		for (int o = 0; o < weights.length; o++) {
			fields.put(base + "options[" + o + "].label", String.valueOf((char) ('A' + o)));
			fields.put(base + "options[" + o + "].text", texts[o]);
			fields.put(base + "options[" + o + "].weight", weights[o]);
		}
	}

	private WebClient signedIn(String username) {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private IndexSetView set(int year) {
		return this.methodology.list()
			.stream()
			.filter((s) -> s.year() == year)
			.findFirst()
			.flatMap((s) -> this.methodology.find(s.id()))
			.orElseThrow();
	}

	private static List<String> surveyLeaves(IndexSetView set) {
		return set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.toList();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(VIETNAM).toInstant();
	}

}
