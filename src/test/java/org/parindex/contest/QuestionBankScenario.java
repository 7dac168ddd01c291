package org.parindex.contest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.platform.TabularFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contest committee's question banks through their pages (issue 11, item 2): a bank
 * created, a file refused with every fault by row and column and nothing stored, then
 * imported; questions listed, filtered, counted per category × difficulty, added, edited
 * and retired; the bank exported as CSV and XLSX and imported into an empty bank as the
 * same questions; other roles refused. Signed in as the demo's contest committee
 * ({@code cuocthi}) through the real login; run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
abstract class QuestionBankScenario {

	static final String PASSWORD = "parindex-demo";

	static final String HEADER = "Mã câu hỏi,Chủ đề,Mức độ,Loại,Câu hỏi,Phương án A,Phương án B,Phương án C,"
			+ "Phương án D,Phương án E,Phương án F,Đáp án đúng,Nguồn\r\n";

	static final String GOOD = HEADER
			+ "CCHC-001,Cải cách thủ tục hành chính,Dễ,Một đáp án,\"Cơ chế một cửa, một cửa liên thông được quy định tại văn bản nào?\","
			+ "Nghị định 61/2018/NĐ-CP,Nghị định 30/2020/NĐ-CP,Luật Cán bộ công chức 2008,Nghị quyết 76/NQ-CP,,,A,"
			+ "\"Nghị định 61/2018/NĐ-CP ngày 23/4/2018\"\r\n"
			+ "CCHC-002,Chính quyền điện tử,Trung bình,Nhiều đáp án,Những dịch vụ nào là dịch vụ công trực tuyến toàn trình?,"
			+ "Cấp lại giấy phép lái xe,Đăng ký khai sinh,Nộp thuế điện tử,Công chứng hợp đồng,,,A;B;C,\r\n"
			+ "CCHC-003,Cải cách thủ tục hành chính,Khó,Một đáp án,Thời hạn giải quyết được tính từ khi nào?,"
			+ "Khi nộp hồ sơ,Khi nhận đủ hồ sơ hợp lệ,Khi thẩm định,,,,B,\r\n";

	@LocalServerPort
	int port;

	@Autowired
	QuestionBankService banks;

	WebClient signedIn(String account) {
		WebClient web = new WebClient(this.port);
		assertThat(web.signIn(account, PASSWORD).statusCode()).isEqualTo(302);
		return web;
	}

	long createBank(WebClient web, String name) {
		HttpResponse<String> created = web.post("/admin/contest/questions", "/admin/contest/questions",
				Map.of("name", name));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	HttpResponse<String> importFile(WebClient web, long bankId, String lang, String filename, byte[] content,
			boolean update) {
		String page = "/admin/contest/questions/" + bankId;
		return web.multipart(page, page + "/import" + lang, update ? List.of(Map.entry("update", "true")) : List.of(),
				List.of(new WebClient.FilePart("file", filename, content)));
	}

	@Test
	void onlyTheCommitteeAndTheParOfficeReachTheBanks() {
		assertThat(signedIn("cuocthi").page("/admin/contest/questions").statusCode()).isEqualTo(200);
		assertThat(signedIn("cuocthi").page("/account").body()).contains("id=\"home-contest-questions\"");
		assertThat(signedIn("dakpo.canbo").page("/account").body()).doesNotContain("/admin/contest/questions");
		assertThat(signedIn("sonoivu").page("/admin/contest/questions").statusCode()).isEqualTo(200);
		WebClient officer = signedIn("dakpo.canbo");
		assertThat(officer.page("/admin/contest/questions").statusCode()).isEqualTo(403);
		long bankId = createBank(signedIn("cuocthi"), "Ngân hàng quyền truy cập");
		assertThat(officer.page("/admin/contest/questions/" + bankId).statusCode()).isEqualTo(403);
		assertThat(officer.download("/admin/contest/questions/" + bankId + "/export.csv").statusCode()).isEqualTo(403);
		assertThat(officer.post("/account", "/admin/contest/questions", Map.of("name", "Lạ")).statusCode())
			.isEqualTo(403);
		assertThat(new WebClient(this.port).page("/admin/contest/questions").statusCode()).isEqualTo(302);
		assertThat(this.banks.banks()).extracting(QuestionBankView::name).doesNotContain("Lạ");
		// without the form's token nothing is created
		assertThat(signedIn("cuocthi").postWithoutToken("/admin/contest/questions", Map.of("name", "Không token"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void aBankNameIsRequiredBoundedAndUnique() {
		WebClient committee = signedIn("cuocthi");
		createBank(committee, "Ngân hàng trùng tên");
		HttpResponse<String> twice = committee.post("/admin/contest/questions", "/admin/contest/questions",
				Map.of("name", "ngân hàng trùng tên"));
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(twice.body()).contains("Đã có ngân hàng câu hỏi tên “ngân hàng trùng tên”",
				"value=\"ngân hàng trùng tên\"");
		HttpResponse<String> blank = signedIn("sonoivu").post("/admin/contest/questions",
				"/admin/contest/questions?lang=en", Map.of("name", "  "));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("Question bank name: missing.");
		HttpResponse<String> tooLong = committee.post("/admin/contest/questions", "/admin/contest/questions",
				Map.of("name", "N".repeat(201)));
		assertThat(tooLong.body()).contains("dài 201 ký tự; tối đa 200 ký tự");
	}

	@Test
	void aFileWithFaultsIsRefusedWholeWithEveryFaultByRowAndColumn() {
		WebClient committee = signedIn("cuocthi");
		long bankId = createBank(committee, "Ngân hàng tệp lỗi");
		String bad = HEADER + "Q1,Thể chế,Dễ,Một đáp án,Câu một?,A1,B1,C1,D1,,,B,\r\n"
				+ "Q2,Thể chế,Rất khó,Một đáp án,Câu hai?,A2,B2,,,,,A,\r\n"
				+ "Q3,Thể chế,Khó,Một đáp án,Câu ba?,A3,B3,C3,D3,,,E,\r\n"
				+ "Q4,Thể chế,Khó,Nhiều đáp án,,A4,B4,,,,,A,\r\n";
		HttpResponse<String> refused = importFile(committee, bankId, "", "cau-hoi.csv",
				bad.getBytes(StandardCharsets.UTF_8), true);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Chưa nhập câu hỏi nào vì tệp có lỗi",
				"Dòng 3, cột C (Mức độ): “Rất khó” không phải mức độ (Dễ, Trung bình, Khó).",
				"Dòng 4, cột L (Đáp án đúng): “E” không phải phương án đã nhập (A–D).",
				"Dòng 5, cột E (Câu hỏi): chưa nhập.",
				"Dòng 5, cột L (Đáp án đúng): câu nhiều đáp án phải có từ hai đáp án đúng trở lên (đã chọn 1).");
		// the choice to update is kept as it was sent
		assertThat(refused.body()).containsPattern("id=\"import-update\"[^>]*checked");
		assertThat(this.banks.questions(bankId, QuestionFilter.all())).isEmpty();
		HttpResponse<String> english = importFile(signedIn("sonoivu"), bankId, "?lang=en", "cau-hoi.csv",
				bad.getBytes(StandardCharsets.UTF_8), false);
		assertThat(english.body()).contains("Row 4, column L (Correct): “E” is not one of the options given (A–D).");
		HttpResponse<String> wrongType = importFile(committee, bankId, "", "cau-hoi.txt", new byte[] { 1 }, false);
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("Chỉ nhận tệp .csv hoặc .xlsx");
	}

	@Test
	void importsListsFiltersCountsEditsRetiresAndExportsABank() throws IOException {
		WebClient committee = signedIn("cuocthi");
		long bankId = createBank(committee, "Ngân hàng năm 2022");
		String page = "/admin/contest/questions/" + bankId;
		HttpResponse<String> imported = importFile(committee, bankId, "", "cau-hoi.csv",
				GOOD.getBytes(StandardCharsets.UTF_8), false);
		assertThat(imported.statusCode()).isEqualTo(302);
		assertThat(committee.page(page).body()).contains("Đã nhập: 3 câu hỏi mới, 0 câu hỏi được cập nhật.", "CCHC-001",
				"CCHC-002", "CCHC-003", "Cải cách thủ tục hành chính");
		assertThat(this.banks.questions(bankId, QuestionFilter.all())).hasSize(3);
		QuestionStrata strata = this.banks.strata(bankId);
		assertThat(strata.rows()).extracting(QuestionStrata.Row::category)
			.containsExactly("Cải cách thủ tục hành chính", "Chính quyền điện tử");
		assertThat(strata.rows().get(0).counts()).containsExactly(1, 0, 1);
		assertThat(strata.rows().get(1).counts()).containsExactly(0, 1, 0);

		// filters: category, difficulty, words without accents
		String filtered = committee
			.page(page + "?category=" + java.net.URLEncoder.encode("Chính quyền điện tử", StandardCharsets.UTF_8))
			.body();
		assertThat(filtered).contains("CCHC-002").doesNotContain(">CCHC-001<");
		assertThat(committee.page(page + "?difficulty=HARD").body()).contains("CCHC-003").doesNotContain(">CCHC-002<");
		assertThat(committee.page(page + "?q=khai+sinh").body()).contains("CCHC-002").doesNotContain(">CCHC-003<");
		// a search longer than the list takes is refused whole and kept in its box, never
		// cut
		String longSearch = "khai sinh ".repeat(25);
		String refusedSearch = committee
			.page(page + "?q=" + java.net.URLEncoder.encode(longSearch, StandardCharsets.UTF_8))
			.body();
		assertThat(refusedSearch).contains("Tìm kiếm: tối đa 200 ký tự; đã nhập 250.", longSearch.strip())
			.doesNotContain(">CCHC-002<");

		// the same file again: refused without the choice to update, updates with it
		HttpResponse<String> again = importFile(committee, bankId, "", "cau-hoi.csv",
				GOOD.getBytes(StandardCharsets.UTF_8), false);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Dòng 2, cột A (Mã câu hỏi): mã “CCHC-001” đã có trong ngân hàng");
		assertThat(importFile(committee, bankId, "", "cau-hoi.csv",
				GOOD.replace("Thời hạn giải quyết", "Thời hạn xử lý").getBytes(StandardCharsets.UTF_8), true)
			.statusCode()).isEqualTo(302);
		assertThat(committee.page(page).body()).contains("0 câu hỏi mới, 3 câu hỏi được cập nhật");
		assertThat(this.banks.questions(bankId, QuestionFilter.all())).extracting(QuestionView::text)
			.anyMatch((text) -> text.startsWith("Thời hạn xử lý"));

		// a question added through the editor: refused as typed, then stored
		String newPage = page + "/new";
		Map<String, String> typed = new java.util.LinkedHashMap<>(
				Map.of("code", "CCHC-004", "category", "Công chức, công vụ", "difficulty", "EASY", "kind", "SINGLE",
						"text", "Ai tuyển dụng công chức cấp xã?", "options[0]", "UBND cấp huyện", "options[1]",
						"UBND cấp xã", "options[2]", "ubnd cấp huyện", "source", "Luật Cán bộ, công chức"));
		List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(typed.entrySet());
		fields.add(Map.entry("correct", "0"));
		fields.add(Map.entry("correct", "1"));
		HttpResponse<String> refused = committee.postFields(newPage, withToken(committee, newPage, fields));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Phương án C: phương án C trùng phương án A.",
				"Ai tuyển dụng công chức cấp xã?</textarea>", "value=\"UBND cấp xã\"");
		fields.removeIf((field) -> field.getKey().equals("options[2]")
				|| field.getValue().equals("1") && field.getKey().equals("correct"));
		HttpResponse<String> added = committee.postFields(newPage, withToken(committee, newPage, fields));
		assertThat(added.statusCode()).isEqualTo(302);
		QuestionView fourth = this.banks.questions(bankId, QuestionFilter.all())
			.stream()
			.filter((q) -> q.code().equals("CCHC-004"))
			.findFirst()
			.orElseThrow();
		assertThat(fourth.correctPositions()).containsExactly(0);
		assertThat(fourth.options()).hasSize(2);

		// edited: a third option, the correct one changed; its code stays
		String editPage = page + "/" + fourth.id();
		assertThat(committee.page(editPage).body()).contains("value=\"CCHC-004\"", "readonly");
		List<Map.Entry<String, String>> edit = List.of(Map.entry("code", "KHAC"),
				Map.entry("category", "Công chức, công vụ"), Map.entry("difficulty", "MEDIUM"),
				Map.entry("kind", "SINGLE"), Map.entry("text", "Cơ quan nào tuyển dụng công chức cấp xã?"),
				Map.entry("options[0]", "UBND cấp huyện"), Map.entry("options[1]", "UBND cấp xã"),
				Map.entry("options[2]", "Sở Nội vụ"), Map.entry("correct", "0"), Map.entry("source", ""));
		assertThat(committee.postFields(editPage, withToken(committee, editPage, edit)).statusCode()).isEqualTo(302);
		QuestionView edited = this.banks.find(fourth.id()).orElseThrow();
		assertThat(edited.code()).isEqualTo("CCHC-004");
		assertThat(edited.difficulty()).isEqualTo(QuestionDifficulty.MEDIUM);
		assertThat(edited.options()).extracting(QuestionOptionView::text)
			.containsExactly("UBND cấp huyện", "UBND cấp xã", "Sở Nội vụ");

		// retired: kept, listed only on request, never a candidate for the draw
		assertThat(committee.post(page, editPage + "/retire", Map.of("retired", "true")).statusCode()).isEqualTo(302);
		assertThat(this.banks.candidates(bankId)).extracting(QuestionDraw.Candidate::questionId)
			.doesNotContain(fourth.id())
			.hasSize(3);
		assertThat(committee.page(page).body()).doesNotContain(">CCHC-004<");
		assertThat(committee.page(page + "?retired=true").body()).contains(">CCHC-004<", "Ngừng dùng");

		// exported and imported into an empty bank: the same questions
		List<QuestionDraft> active = this.banks.questions(bankId, QuestionFilter.all())
			.stream()
			.filter((q) -> !q.retired())
			.map(QuestionView::draft)
			.toList();
		for (String kind : List.of("csv", "xlsx")) {
			HttpResponse<byte[]> file = committee.download(page + "/export." + kind);
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
			assertThat(
					QuestionFiles
						.read(TabularFiles.read("bank." + kind, new ByteArrayInputStream(file.body()),
								new org.parindex.platform.ImportLimits(10_000_000, 50_000_000, 0.01, 5000, "x")))
						.lines())
				.hasSize(3);
			long copy = createBank(committee, "Bản sao " + kind);
			assertThat(importFile(committee, copy, "", "bank." + kind, file.body(), false).statusCode()).isEqualTo(302);
			assertThat(this.banks.questions(copy, QuestionFilter.all())).extracting(QuestionView::draft)
				.containsExactlyElementsOf(active);
		}

		// the bank's draw from the stored questions
		List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(this.banks.candidates(bankId),
				List.of(new QuestionDraw.Stratum(Optional.of("Cải cách thủ tục hành chính"), Optional.empty(), 2)), 5L);
		assertThat(drawn).hasSize(2);
	}

	private static List<Map.Entry<String, String>> withToken(WebClient web, String page,
			List<Map.Entry<String, String>> fields) {
		List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
		all.add(Map.entry("_csrf", web.csrf(page).orElseThrow()));
		return all;
	}

}
