package org.parindex.survey;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey from end to end over real HTTP (issue 10, "Done when"): the survey staff
 * ({@code dieutra}) set up a form, issue invitation codes, a respondent answers online
 * with a code, a paper sheet is keyed in, a contractor's table is imported, and the
 * points computed from all of it (pooled by respondent group, docs/scoring.md) are
 * recorded on the points page; once published, the unit's scorecard shows the survey
 * points with the number of valid answers and the spread over the options, and the
 * ranking's total includes them. Also: the demo's 2021 survey comes from generated
 * responses and still gives Đak Pơ's 27,94/30, and its 2022 survey has responses about
 * every unit for the survey staff to record. Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
abstract class SurveyEndToEndScenario {

	static final String PASSWORD = "parindex-demo";

	static final String GROUP = "gia-lai-district";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	MethodologyService methodology;

	@Autowired
	IndexSetEditor editor;

	@Autowired
	CycleService cycles;

	@Autowired
	AppraisalService appraisal;

	@Autowired
	OrganizationService organization;

	@Autowired
	SurveyFormService forms;

	@Autowired
	SurveyPointsService points;

	@Autowired
	SurveyService results;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContractorResults contractors;

	/**
	 * A year of its own (2023, its tree and forms copied from 2022, no response copied):
	 * form E2 (civil servants, weight 2) rates 1.6 and 2.5; Kbang gets an online response
	 * (A, B), a paper sheet (C, blank E), and from the statistics office counts on
	 * question Q1 of the copied leaders' form LD (A×3, D×1) and a mean on 2.5 (30 % of
	 * 10). 1.6: E2 (1 + 0,2) / 2 = 0,6 weighted 2, LD 3/4 = 0,75 weighted 1 → 0,65 × 3 =
	 * 1,95 points on 6 valid answers; 2.5: E2 0,6 weighted 2, the office's own group 0,3
	 * weighted 1 → 0,5 × 2 = 1,00 on 11. Survey part 2,95.
	 */
	@Test
	void formCodesOnlineAndPaperResponsesAndAContractorTableBecomeScorecardAndRankingPoints() throws Exception {
		IndexSetView set2022 = set(2022).orElseThrow();
		IndexSetView set = this.editor.createDraft(new IndexSetEditor.CreateDraft(2023, set2022.unitGroupId(),
				"Bộ chỉ số 2023", "", Optional.of(set2022.id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		CycleView cycle = this.cycles.open(set.id(),
				new CycleDeadlines(LocalDateTime.of(2024, 1, 15, 17, 0), LocalDateTime.of(2024, 2, 15, 17, 0),
						LocalDateTime.of(2024, 2, 28, 17, 0), LocalDateTime.of(2024, 3, 31, 17, 0),
						LocalDateTime.of(2024, 4, 15, 8, 0),
						this.cycles.findForSet(set2022.id()).orElseThrow().unitIds()));
		UnitView kbang = this.organization.findUnit("kbang").orElseThrow();
		WebClient staff = signedIn("dieutra");

		// the form, through the editor
		String newPage = "/admin/survey/forms/new?set=" + set.id();
		LocalDateTime now = LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MINUTES);
		DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("code", "E2");
		typed.put("name", "Phiếu công chức");
		typed.put("respondentGroup", "Công chức cấp huyện");
		typed.put("groupWeight", "2");
		typed.put("intro", "");
		typed.put("opensAt", now.minusDays(1).format(minutes));
		typed.put("closesAt", now.plusDays(30).format(minutes));
		question(typed, 0, "Q1", "Ông/bà đánh giá thế nào về công tác chỉ đạo, điều hành?", "1.6");
		question(typed, 1, "Q2", "Ông/bà đánh giá thế nào về chất lượng văn bản?", "2.5");
		typed.put("action", "save");
		HttpResponse<String> saved = staff.post(newPage, newPage, typed);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		SurveyFormView form = this.forms.forms(set.id())
			.stream()
			.filter((f) -> f.code().equals("E2"))
			.findFirst()
			.orElseThrow();
		assertThat(form.groupWeight()).isEqualByComparingTo("2");

		// invitation codes for Kbang, exported; one answered online
		String invitations = "/admin/survey/forms/" + form.id() + "/invitations";
		assertThat(staff
			.post(invitations, invitations + "/batches", Map.of("unitId", Long.toString(kbang.id()), "count", "2"))
			.statusCode()).isEqualTo(302);
		long batch = this.jdbc.sql("select id from survey_invitation_batch where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single();
		String csv = new String(staff.bytes(invitations + "/batches/" + batch + ".csv"), StandardCharsets.UTF_8);
		String code = csv.lines().skip(1).findFirst().orElseThrow().split(",")[0].replace("\"", "").strip();
		String unusedCode = csv.lines().skip(2).findFirst().orElseThrow().split(",")[0].replace("\"", "").strip();
		// this run's public address is localhost: the files say their links lead nowhere
		assertThat(csv).contains("người được mời không mở được");
		try (org.apache.poi.ss.usermodel.Workbook exported = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(staff.bytes(invitations + "/batches/" + batch + ".xlsx")))) {
			org.apache.poi.ss.usermodel.Sheet codes = exported.getSheetAt(0);
			assertThat(codes.getRow(codes.getLastRowNum()).getCell(0).getStringCellValue())
				.contains("người được mời không mở được");
		}
		String path = "/khao-sat/" + code;
		WebClient respondent = new WebClient(this.port);
		assertThat(Jsoup.parse(respondent.page(path).body()).select("[data-unit] strong").text()).contains("Kbang");
		HttpResponse<String> answered = respondent.post(path, path, Map.of("q.Q1", "A", "q.Q2", "B"));
		assertThat(answered.headers().firstValue("Location").orElseThrow()).endsWith("/khao-sat/cam-on");

		// a paper sheet: C on Q1, E ("không biết") on Q2
		String paper = "/admin/survey/forms/" + form.id() + "/paper?unit=" + kbang.id();
		HttpResponse<String> keyed = staff.post(paper, "/admin/survey/forms/" + form.id() + "/paper",
				Map.of("unit", Long.toString(kbang.id()), "sheet", "1", "a.Q1", "c", "a.Q2", "e"));
		assertThat(keyed.statusCode()).isEqualTo(302);

		// the statistics office's table as XLSX first (replaced below): a cell stored as
		// a
		// number is that number, a count typed as text 1.000 is a thousand, and a count
		// stored as the number 1.234 is refused, never read as 1234 (issue 9)
		String contractor = "/admin/survey/sets/" + set.id() + "/contractor";
		HttpResponse<String> fraction = staff.multipart(contractor, contractor,
				List.of(Map.entry("contractor", "Cục Thống kê")), List.of(new WebClient.FilePart("file", "ket-qua.xlsx",
						contractorXlsx(new Object[] { "kbang", "", "LD", "Q1", "1.6", "A", 1.234, "", "" }))));
		assertThat(fraction.statusCode()).isNotEqualTo(302);
		assertThat(fraction.body())
			.contains("ô dạng số 1,234 có phần thập phân, mà số lượt chọn và số người là số nguyên");
		HttpResponse<String> numbers = staff.multipart(contractor, contractor,
				List.of(Map.entry("contractor", "Cục Thống kê")),
				List.of(new WebClient.FilePart("file", "ket-qua.xlsx",
						contractorXlsx(new Object[] { "kbang", "", "LD", "Q1", "1.6", "A", "1.000", "", "" },
								new Object[] { "kbang", "", "LD", "Q1", "1.6", "D", 1.0, "", "" },
								new Object[] { "kbang", "", "", "", "2.5", "", "", 0.875, 10.0 }))));
		assertThat(numbers.statusCode()).as(numbers.body()).isEqualTo(302);
		assertThat(this.contractors.rows(set.id()))
			.extracting(ContractorRowView::optionLabel, ContractorRowView::count,
					(row) -> (row.mean() != null) ? row.mean().stripTrailingZeros().toPlainString() : null,
					ContractorRowView::respondents)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("A", 1000, null, null),
					org.assertj.core.groups.Tuple.tuple("D", 1, null, null),
					org.assertj.core.groups.Tuple.tuple(null, null, "0.875", 10));

		String table = String.join("\n", String.join(",", ContractorResults.HEADER), "kbang,,LD,Q1,1.6,A,3,,",
				"kbang,,LD,Q1,1.6,D,1,,", "kbang,,,,2.5,,,30%,10");
		HttpResponse<String> imported = staff.multipart(contractor, contractor,
				List.of(Map.entry("contractor", "Cục Thống kê")),
				List.of(new WebClient.FilePart("file", "ket-qua.csv", table.getBytes(StandardCharsets.UTF_8))));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);

		// the points page: computed from all three sources, each shown
		String pointsPage = "/admin/survey/sets/" + set.id() + "/points";
		Document page = Jsoup.parse(staff.page(pointsPage).body());
		Element row = page.selectFirst("tr[data-unit=kbang]");
		assertThat(row.select("td").eachText()).containsExactly("Huyện " + kbang.name(), "2", "10", "2,95", "0,00",
				"Khác điểm đã ghi: cần ghi lại");
		Element sources = page.selectFirst("tr[data-sources=kbang]");
		assertThat(sources.select("tr[data-leaf=1.6][data-group=form:E2] td").eachText()).containsExactly("1.6",
				"Phiếu E2: phiếu trực tuyến và phiếu giấy của tỉnh", "2", "2", "0", "60,00%");
		assertThat(sources.select("tr[data-leaf=1.6][data-group=form:LD] td").eachText()).containsExactly("1.6",
				"Phiếu LD: phiếu của tỉnh cộng số liệu theo câu hỏi của Cục Thống kê", "1", "0", "4", "75,00%");
		assertThat(sources.select("tr[data-leaf-total=1.6] td").eachText()).endsWith("2", "4", "65,00%", "1,95");
		assertThat(sources.select("tr[data-leaf=2.5][data-group='contractor:Cục Thống kê'] td").eachText())
			.containsExactly("2.5",
					"Cục Thống kê: kết quả theo tiêu chí do đơn vị điều tra cung cấp (nhóm riêng, trọng số 1)", "1",
					"0", "10", "30,00%");
		assertThat(sources.select("tr[data-leaf-total=2.5] td").eachText()).endsWith("1", "10", "50,00%", "1,00");

		// recorded once confirmed
		assertThat(staff.post(pointsPage, pointsPage, Map.of("confirmed", "true")).statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(staff.page(pointsPage).body()).select("tr[data-unit=kbang] td").eachText())
			.contains("2,95", "Đã ghi, khớp với phiếu");
		assertThat(this.results.results(set.id())).filteredOn((r) -> r.unitId() == kbang.id())
			.extracting(SurveyLeafResultView::leafCode, SurveyLeafResultView::respondents,
					SurveyLeafResultView::contractors)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("1.6", 6, "Cục Thống kê"),
					org.assertj.core.groups.Tuple.tuple("2.5", 11, "Cục Thống kê"));

		// the council approves (outside the survey), the PAR office publishes
		this.appraisal.recordCompletedYear(cycle.id(), "hoidong");
		WebClient office = signedIn("sonoivu");
		String publication = "/admin/reporting/cycles/" + cycle.id();
		assertThat(office
			.post(publication + "/publication", publication + "/publish",
					Map.of("confirmConsequence", "true", "confirmMissing", "true"))
			.statusCode()).isEqualTo(302);

		// a code not used yet opens on the year's end, not on a form to fill in for
		// nothing
		HttpResponse<String> late = new WebClient(this.port).get("/khao-sat/" + unusedCode, "text/html");
		assertThat(late.statusCode()).isEqualTo(403);
		assertThat(late.body()).contains("đã được Hội đồng thông qua hoặc đã công bố").doesNotContain("name=\"q.Q1\"");

		// what the publication keeps: a result recorded later (or a contractor renamed)
		// does not change the published scorecard
		this.jdbc.sql("update survey_leaf_result set contractors = 'Bưu điện tỉnh' where index_set_id = ?")
			.param(set.id())
			.update();

		// the scorecard: points, valid answers and the options chosen per survey leaf,
		// the contractor's part named
		Document scorecard = Jsoup
			.parse(new WebClient(this.port).page("/reporting/scorecards/2023/" + GROUP + "/kbang").body());
		assertThat(scorecard.text()).contains("Điều tra xã hội học: 2,95/30");
		Element leaf16 = scorecard.selectFirst("tr[data-code=1.6]");
		// the contractor's part said apart from the province's own answers, so the
		// figures
		// shown add up: 6 = 4 from the office + A 1, C 1 of the province's
		assertThat(leaf16.text())
			.contains("1,95",
					"6 ý kiến hợp lệ, trong đó 4 ý kiến là kết quả do đơn vị điều tra cung cấp (Cục Thống kê). "
							+ "Phiếu của tỉnh: A: 1 C: 1")
			.doesNotContain("D: 1")
			.doesNotContain("Bưu điện");
		Element leaf25 = scorecard.selectFirst("tr[data-code=2.5]");
		assertThat(leaf25.text()).contains("1,00",
				"11 ý kiến hợp lệ, trong đó 10 ý kiến là kết quả do đơn vị điều tra cung cấp (Cục Thống kê). "
						+ "Phiếu của tỉnh: B: 1 E: 1 (trong đó 1 ý kiến “không biết / không trả lời” không tính");
		// in English too
		assertThat(Jsoup
			.parse(new WebClient(this.port).page("/reporting/scorecards/2023/" + GROUP + "/kbang?lang=en").body())
			.selectFirst("tr[data-code=2.5]")
			.text())
			.contains("11 valid answers, of which 10 are results supplied by the survey contractor (Cục Thống kê).");
		// and the ranking's total includes them
		JsonNode ranking = new WebClient(this.port).json("/api/v1/reporting/rankings/2023/" + GROUP);
		JsonNode kbangRow = null;
		for (JsonNode line : ranking.get("ranking")) {
			if ("kbang".equals(line.get("unit").get("code").asString())) {
				kbangRow = line;
			}
		}
		assertThat(kbangRow).isNotNull();
		assertThat(kbangRow.get("survey").decimalValue()).isEqualByComparingTo("2.95");
		assertThat(kbangRow.get("total").decimalValue()).isEqualByComparingTo("2.95");
		assertThat(kbangRow.get("rank").intValue()).isEqualTo(1);
		assertThat(new WebClient(this.port).page("/reporting/rankings/2023/" + GROUP).body()).contains("2,95");
	}

	/**
	 * The demo's 2021 survey is its generated paper responses aggregated by the survey's
	 * own rule: Đak Pơ's survey part is 27,936 (27,94/30) and its scorecard shows the
	 * answers behind each survey criterion.
	 */
	@Test
	void theDemos2021SurveyComesFromResponsesAndStillGivesDakPosFigure() throws Exception {
		IndexSetView set = set(2021).orElseThrow();
		long dakPo = this.organization.findUnit("dak-po").orElseThrow().id();
		long expected = 0;
		for (String line : new String(
				new ClassPathResource("demo/district-2021-survey-answers.tsv").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8)
			.lines()
			.toList()) {
			String[] cells = line.split("\t");
			if (!line.startsWith("#") && !cells[0].equals("unit") && cells[1].equals("1.6")) {
				// every sheet answers 1.6 in the generated data (its E count is the
				// form's)
				for (int i = 3; i < 8; i++) {
					expected += Integer.parseInt(cells[i]);
				}
			}
		}
		assertThat(this.jdbc.sql("""
				select count(*) from survey_response r join survey_form f on f.id = r.form_id
				where f.index_set_id = ? and r.channel = 'PAPER'
				""").param(set.id()).query(Long.class).single()).isEqualTo(expected);
		BigDecimal survey = this.points.compute(set.id())
			.stream()
			.filter((score) -> score.unitId() == dakPo)
			.map(SurveyLeafScore::points)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(survey).isEqualByComparingTo("27.936");
		assertThat(this.results.results(set.id())).filteredOn((r) -> r.unitId() == dakPo)
			.hasSize(8)
			.allSatisfy((r) -> assertThat(r.respondents()).isEqualTo(200));

		Document scorecard = Jsoup
			.parse(new WebClient(this.port).page("/reporting/scorecards/2021/" + GROUP + "/dak-po").body());
		assertThat(scorecard.text()).contains("Điều tra xã hội học: 27,94/30");
		// 1.6: leaders A 84, B 14, C 2; citizens A 90, B 9, C 1; each 2 "không biết"
		assertThat(scorecard.selectFirst("tr[data-code=1.6]").text()).contains("2,83", "200 ý kiến hợp lệ.", "A: 174",
				"B: 23", "C: 3", "E: 4",
				"(trong đó 4 ý kiến “không biết / không trả lời” không tính vào số ý kiến hợp lệ)");
	}

	/**
	 * The demo's 2022 cycle has responses about all 17 units on all 8 survey criteria,
	 * computed on the points page and left for the survey staff to record.
	 */
	@Test
	void theDemos2022SurveyHasResponsesForEveryUnitToRecord() {
		IndexSetView set = set(2022).orElseThrow();
		List<SurveyLeafScore> computed = this.points.compute(set.id());
		assertThat(computed).hasSize(17 * 8).allSatisfy((score) -> assertThat(score.ownAnswers()).isEqualTo(200));
		Document page = Jsoup.parse(signedIn("dieutra").page("/admin/survey/sets/" + set.id() + "/points").body());
		assertThat(page.select("#survey-points > tbody > tr[data-unit]")).hasSize(17)
			.allSatisfy((row) -> assertThat(row.text()).contains("Khác điểm đã ghi: cần ghi lại"));
		assertThat(page.selectFirst("tr[data-unit=dak-po]").text()).contains("27,94");
	}

	private Optional<IndexSetView> set(int year) {
		return this.methodology.list()
			.stream()
			.filter((s) -> s.year() == year)
			.findFirst()
			.flatMap((s) -> this.methodology.find(s.id()));
	}

	private WebClient signedIn(String username) {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private static void question(Map<String, String> fields, int index, String code, String text, String leaf) {
		String base = "questions[" + index + "].";
		fields.put(base + "code", code);
		fields.put(base + "text", text);
		fields.put(base + "leafCode", leaf);
		String[][] options = { { "A", "Tốt", "100" }, { "B", "Khá", "60" }, { "C", "Trung bình", "20" },
				{ "D", "Kém", "0" }, { "E", "Không biết", "" } };
		for (int o = 0; o < options.length; o++) {
			fields.put(base + "options[" + o + "].label", options[o][0]);
			fields.put(base + "options[" + o + "].text", options[o][1]);
			fields.put(base + "options[" + o + "].weight", options[o][2]);
		}
	}

	/** A contractor's table as XLSX: a Double is a numeric cell, any other value text. */
	private static byte[] contractorXlsx(Object[]... rows) throws java.io.IOException {
		try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Ket qua");
			org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
			for (int c = 0; c < ContractorResults.HEADER.size(); c++) {
				header.createCell(c).setCellValue(ContractorResults.HEADER.get(c));
			}
			for (int r = 0; r < rows.length; r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof Double number) {
						row.createCell(c).setCellValue(number);
					}
					else if (!rows[r][c].toString().isEmpty()) {
						row.createCell(c).setCellValue(rows[r][c].toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
