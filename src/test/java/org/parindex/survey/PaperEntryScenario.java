package org.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.identity.CreateAccount;
import org.parindex.identity.IdentityService;
import org.parindex.identity.Role;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Paper entry and contractor results over real HTTP, signed in as the demo's survey staff
 * ({@code dieutra}) and, for the second entry, the PAR office ({@code sonoivu}): a sheet
 * keyed once counts at once and never twice; a bad key or a missing answer is refused
 * naming the question, keeping what was typed and storing nothing; under double entry
 * nothing counts until a second person agrees or the differences are resolved, then it
 * counts once; a contractor's table (XLSX from the downloaded template, CSV) is stored
 * and read back per unit and leaf, and a bad one is refused by row and column with
 * nothing stored. Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
abstract class PaperEntryScenario {

	static final String PASSWORD = "parindex-demo";

	@LocalServerPort
	int port;

	@Autowired
	SurveyFormService forms;

	@Autowired
	SurveyResponseService responses;

	@Autowired
	SurveySheetService sheets;

	@Autowired
	ContractorResults contractors;

	@Autowired
	MethodologyService methodology;

	@Autowired
	OrganizationService organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	SurveySheetNumberMigration migration;

	@Autowired
	IndexSetEditor editor;

	@Autowired
	IdentityService identity;

	WebClient staff;

	IndexSetView set;

	long pleiku;

	@BeforeEach
	void signIn() {
		this.staff = new WebClient(this.port);
		assertThat(this.staff.signIn("dieutra", PASSWORD).statusCode()).isEqualTo(302);
		this.set = this.methodology.list()
			.stream()
			.filter((s) -> s.year() == 2022)
			.findFirst()
			.flatMap((s) -> this.methodology.find(s.id()))
			.orElseThrow();
		this.pleiku = this.organization.findUnit("pleiku").orElseThrow().id();
	}

	@Test
	void aSheetKeyedOnceCountsAtOnceAndItsNumberNeverCountsTwice() throws java.sql.SQLException {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(this.set, "P1", leaves().subList(0, 7)));
		String page = paperPage(form);
		HttpResponse<String> shown = this.staff.page(page);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("paper-entry.js")
			.contains("id=\"paper-a-Q1\"")
			.contains("gõ 0 hoặc - nếu câu bị bỏ trống");
		// each option's key and text read apart, also to a screen reader or a copy
		assertThat(
				Jsoup.parse(shown.body()).selectFirst("label[for=paper-a-Q1]").closest("tr").select("td").get(1).text())
			.isEqualTo("A (1) Rất tốt B (2) Tốt C (3) Chưa tốt D (4) Kém E (5) Không biết");

		// a unit the form does not rate is said, not silently dropped (walk of 03/12)
		assertThat(Jsoup.parse(this.staff.page("/admin/survey/forms/" + form.id() + "/paper?unit=999999").body())
			.select("#paper-unknown-unit")
			.text()).startsWith("Phiếu khảo sát này không đánh giá đơn vị có mã số 999999");

		HttpResponse<String> saved = enter(this.staff, form, "0012",
				keys(form, "a", "2", "C", "4", "e", "1", "0", "-"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/paper?unit=" + this.pleiku);
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(this.pleiku, 1L);
		// the counted sheet keeps its number only, the answers are in the anonymous
		// response
		assertThat(this.jdbc
			.sql("select count(*) from survey_paper_sheet where form_id = ? and status = 'COUNTED'"
					+ " and first_answers is null and second_answers is null")
			.param(form.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		Map<String, Object> answer = this.jdbc.sql("""
				select o.label from survey_answer a join survey_option o on o.id = a.option_id
				join survey_question q on q.id = a.question_id join survey_response r on r.id = a.response_id
				where r.form_id = ? and q.code = 'Q2'
				""").param(form.id()).query().singleRow();
		assertThat(answer.values()).containsExactly("B");
		// a number in digits is one number however written: 0012 is sheet 12 (walk of
		// issue 10, #7)
		HttpResponse<String> next = this.staff.page(page);
		assertThat(next.body()).contains("Đã lưu và tính phiếu số 12").contains("value=\"13\"");

		HttpResponse<String> again = enter(this.staff, form, "12", keys(form, "a", "a", "a", "a", "a", "a", "a", "a"));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Phiếu số 12 của đơn vị này đã được tính");
		// 1.000 is one thousand, as every Vietnamese count reads it
		HttpResponse<String> thousand = enter(this.staff, form, "1.000",
				keys(form, "a", "a", "a", "a", "a", "a", "a", "a"));
		assertThat(thousand.statusCode()).isEqualTo(302);
		HttpResponse<String> twice = enter(this.staff, form, "1000",
				keys(form, "b", "b", "b", "b", "b", "b", "b", "a"));
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(twice.body()).contains("Phiếu số 1000 của đơn vị này đã được tính");
		// a label is kept as written
		assertThat(enter(this.staff, form, "P-07", keys(form, "a", "a", "a", "a", "a", "a", "a", "a")).statusCode())
			.isEqualTo(302);
		assertThat(this.jdbc.sql("select sheet_number from survey_paper_sheet where form_id = ? order by id")
			.param(form.id())
			.query(String.class)
			.list()).containsExactly("12", "1000", "P-07");
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(this.pleiku, 3L);

		// numbers stored under the earlier rule (as typed, in capitals) are re-read by
		// V141 on this database: "SỐ 0012" is 12 again, "01000" 1000; a "0012" that would
		// be 12 too stays as written, so no sheet is lost or merged
		rename(form, "12", "SỐ 0012");
		rename(form, "1000", "01000");
		rename(form, "P-07", "0012");
		try (java.sql.Connection connection = this.dataSource.getConnection()) {
			this.migration.migrate(new org.flywaydb.core.api.migration.Context() {

				@Override
				public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
					throw new UnsupportedOperationException();
				}

				@Override
				public java.sql.Connection getConnection() {
					return connection;
				}

			});
		}
		assertThat(this.jdbc.sql("select sheet_number from survey_paper_sheet where form_id = ? order by id")
			.param(form.id())
			.query(String.class)
			.list()).containsExactly("12", "1000", "0012");
	}

	@Test
	void aKeyTheQuestionDoesNotHaveOrAMissingAnswerIsRefusedNamingItAndNothingIsStored() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(this.set, "P3", leaves().subList(0, 7)));
		Map<String, String> keys = keys(form, "a", "x", "c", "d", "a", "b", "c", "a");
		HttpResponse<String> refused = enter(this.staff, form, "7", keys);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Câu Q2: phím “x” không phải là phương án của câu này")
			.contains("A, B, C, D, E, 1–5")
			.contains("data-focus=\"paper-a-Q2\"")
			.contains("value=\"x\"")
			.contains("value=\"7\"");

		Map<String, String> missing = new LinkedHashMap<>(keys(form, "a", "b", "c", "d", "a", "b", "c", "a"));
		missing.remove("a.Q5");
		HttpResponse<String> incomplete = enter(this.staff, form, "7", missing);
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body()).contains("Câu Q5 chưa nhập; gõ 0 nếu câu bị bỏ trống trên phiếu.");

		HttpResponse<String> english = this.staff.post(paperPage(form),
				"/admin/survey/forms/" + form.id() + "/paper?lang=en",
				withSheet(keys(form, "a", "9", "c", "d", "a", "b", "c", "a"), "7"));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("Question Q2: key &quot;9&quot; is not an option of this question");
		this.staff.page(paperPage(form) + "&lang=vi");

		HttpResponse<String> badNumber = enter(this.staff, form, "7 * 8",
				keys(form, "a", "b", "c", "d", "a", "b", "c", "a"));
		assertThat(badNumber.statusCode()).isEqualTo(400);
		assertThat(badNumber.body())
			.contains("Số phiếu: ký tự “*” trong “7 * 8” không dùng được trong số phiếu; hãy ghi số trên phiếu giấy");

		// a number below 1 is no sheet number (walk of issue 10, #7)
		for (String below : List.of("0", "00", "-3")) {
			HttpResponse<String> zero = enter(this.staff, form, below,
					keys(form, "a", "b", "c", "d", "a", "b", "c", "a"));
			assertThat(zero.statusCode()).isEqualTo(400);
			assertThat(zero.body()).contains("Số phiếu: “" + below + "” không phải là số phiếu");
		}

		HttpResponse<String> blank = enter(this.staff, form, "8", keys(form, "0", "0", "0", "0", "0", "0", "0", "0"));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("Phiếu chưa có câu trả lời nào.");

		assertThat(this.responses.responsesPerUnit(form.id())).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from survey_paper_sheet where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Double entry turned off counts the sheets waiting for their second entry as first
	 * keyed, at once; sheets held for their differences still wait (walk of 03/12: they
	 * were left waiting, and keying them again only "corrected" the first entry).
	 */
	@Test
	void turningDoubleEntryOffCountsTheSheetsWaitingForTheirSecondEntry() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(this.set, "P9", leaves().subList(0, 7)));
		String page = paperPage(form);
		String setting = "/admin/survey/forms/" + form.id() + "/paper/setting";
		String unit = Long.toString(this.pleiku);
		assertThat(this.staff.post(page, setting, Map.of("doubleEntry", "true", "unit", unit)).statusCode())
			.isEqualTo(302);
		WebClient office = new WebClient(this.port);
		assertThat(office.signIn("sonoivu", PASSWORD).statusCode()).isEqualTo(302);
		assertThat(enter(this.staff, form, "305", keys(form, "a", "b", "c", "d", "a", "b", "c", "a")).statusCode())
			.isEqualTo(302);
		assertThat(enter(this.staff, form, "306", keys(form, "a", "a", "a", "a", "a", "a", "a", "a")).statusCode())
			.isEqualTo(302);
		assertThat(enter(office, form, "306", keys(form, "b", "a", "a", "a", "a", "a", "a", "a")).statusCode())
			.isEqualTo(302);
		assertThat(this.responses.responsesPerUnit(form.id())).isEmpty();

		assertThat(this.staff.post(page, setting, Map.of("unit", unit)).statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(this.staff.page(page).body()).text()).contains(
				"Đã tắt nhập hai lần: mỗi phiếu được tính ngay khi lưu. 1 phiếu đang chờ nhập lần hai đã được tính theo lần nhập thứ nhất. 1 phiếu có chênh lệch giữa hai lần nhập vẫn chờ đối chiếu với phiếu giấy.");
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(this.pleiku, 1L);
		assertThat(this.jdbc.sql("select status from survey_paper_sheet where form_id = ? order by sheet_number")
			.param(form.id())
			.query(String.class)
			.list()).containsExactly("COUNTED", "DIFFERENT");
		// the counted sheet is a counted sheet: keyed again, refused as counted
		HttpResponse<String> again = enter(this.staff, form, "305", keys(form, "a", "a", "a", "a", "a", "a", "a", "a"));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Phiếu số 305 của đơn vị này đã được tính");
	}

	@Test
	void underDoubleEntryDifferencesBlockTheSheetUntilResolvedThenItCountsOnce() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(this.set, "P2", leaves().subList(0, 7)));
		String page = paperPage(form);
		assertThat(this.staff
			.post(page, "/admin/survey/forms/" + form.id() + "/paper/setting",
					Map.of("doubleEntry", "true", "unit", Long.toString(this.pleiku)))
			.statusCode()).isEqualTo(302);
		WebClient office = new WebClient(this.port);
		assertThat(office.signIn("sonoivu", PASSWORD).statusCode()).isEqualTo(302);

		// first entry waits; the same person keying it again corrects it
		assertThat(enter(this.staff, form, "101", keys(form, "a", "a", "a", "a", "a", "a", "a", "a")).statusCode())
			.isEqualTo(302);
		assertThat(this.staff.page(page).body()).contains("Đã lưu lần nhập thứ nhất của phiếu số 101");
		assertThat(enter(this.staff, form, "101", keys(form, "a", "b", "a", "a", "a", "a", "a", "a")).statusCode())
			.isEqualTo(302);
		assertThat(this.staff.page(page).body()).contains("Đã sửa lần nhập thứ nhất của phiếu số 101");
		assertThat(this.responses.responsesPerUnit(form.id())).isEmpty();

		// a second person differing on two questions: nothing counts
		assertThat(enter(office, form, "101", keys(form, "a", "c", "a", "a", "0", "a", "a", "a")).statusCode())
			.isEqualTo(302);
		assertThat(office.page(page).body()).contains("Phiếu số 101 khác lần nhập thứ nhất ở 2 câu");
		assertThat(this.responses.responsesPerUnit(form.id())).isEmpty();
		HttpResponse<String> third = enter(this.staff, form, "101", keys(form, "a", "b", "a", "a", "a", "a", "a", "a"));
		assertThat(third.statusCode()).isEqualTo(400);
		assertThat(third.body()).contains("Phiếu số 101 có hai lần nhập khác nhau và đang chờ đối chiếu");

		long sheet = this.jdbc.sql("select id from survey_paper_sheet where form_id = ? and sheet_number = '101'")
			.param(form.id())
			.query(Long.class)
			.single();
		String sheetPage = "/admin/survey/forms/" + form.id() + "/paper/sheets/" + sheet;
		HttpResponse<String> differences = this.staff.page(sheetPage);
		assertThat(differences.statusCode()).isEqualTo(200);
		assertThat(differences.body()).contains("name=\"a.Q2\"", "name=\"a.Q5\"").doesNotContain("name=\"a.Q1\"");
		HttpResponse<String> half = this.staff.post(sheetPage, sheetPage, Map.of("a.Q2", "B"));
		assertThat(half.statusCode()).isEqualTo(400);
		assertThat(half.body()).contains("Câu Q5: hãy chọn câu trả lời đúng theo phiếu giấy");
		assertThat(this.responses.responsesPerUnit(form.id())).isEmpty();

		assertThat(this.staff.post(sheetPage, sheetPage, Map.of("a.Q2", "B", "a.Q5", "")).statusCode()).isEqualTo(302);
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(this.pleiku, 1L);
		List<String> labels = this.jdbc.sql("""
				select q.code || '=' || o.label from survey_answer a join survey_option o on o.id = a.option_id
				join survey_question q on q.id = a.question_id join survey_response r on r.id = a.response_id
				where r.form_id = ? order by q.position
				""").param(form.id()).query(String.class).list();
		assertThat(labels).containsExactly("Q1=A", "Q2=B", "Q3=A", "Q4=A", "Q6=A", "Q7=A", "D1=A");
		assertThat(this.staff.post(sheetPage, sheetPage, Map.of("a.Q2", "B", "a.Q5", "")).statusCode()).isEqualTo(400);
		assertThat(enter(office, form, "101", keys(form, "a", "b", "a", "a", "0", "a", "a", "a")).statusCode())
			.isEqualTo(400);
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(this.pleiku, 1L);

		// two equal entries by two people count at once
		enter(this.staff, form, "102", keys(form, "d", "d", "d", "d", "d", "d", "d", "b"));
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(this.pleiku, 1L);
		assertThat(enter(office, form, "102", keys(form, "4", "4", "4", "4", "4", "4", "4", "2")).statusCode())
			.isEqualTo(302);
		assertThat(office.page(page).body()).contains("Đã lưu và tính phiếu số 102");
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(this.pleiku, 2L);
	}

	@Test
	void namesWithCommasStayApartAndTheResolvePageShowsEachOptionsTextOnReadableRadios() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(this.set, "P4", leaves().subList(0, 7)));
		String page = paperPage(form);
		// an account of its own: names are cached for a minute (AccountNames), so an
		// account renamed behind the application's back could still show its old name
		this.identity.createAccount(new CreateAccount("hoa.noivu", "Lê Thị Hoa, Sở Nội vụ", Role.PAR_OFFICE,
				Optional.empty(), PASSWORD, false));
		assertThat(this.staff
			.post(page, "/admin/survey/forms/" + form.id() + "/paper/setting",
					Map.of("doubleEntry", "true", "unit", Long.toString(this.pleiku)))
			.statusCode()).isEqualTo(302);
		WebClient office = new WebClient(this.port);
		assertThat(office.signIn("hoa.noivu", PASSWORD).statusCode()).isEqualTo(302);
		enter(this.staff, form, "201", keys(form, "a", "a", "a", "a", "a", "a", "a", "a"));
		enter(office, form, "201", keys(form, "a", "c", "a", "a", "a", "a", "a", "a"));
		Document listed = Jsoup.parse(office.page(page).body());
		Element row = listed.selectFirst("#paper-recent tr[data-sheet=201]");
		assertThat(row).as("the sheet's row in the list").isNotNull();
		assertThat(row.select("[data-second-by]").text()).isEqualTo("Lê Thị Hoa, Sở Nội vụ");
		assertThat(row.select("[data-first-by]").text()).doesNotContain("Lê Thị Hoa");

		long sheet = this.jdbc.sql("select id from survey_paper_sheet where form_id = ? and sheet_number = '201'")
			.param(form.id())
			.query(Long.class)
			.single();
		Document resolve = Jsoup
			.parse(this.staff.page("/admin/survey/forms/" + form.id() + "/paper/sheets/" + sheet).body());
		assertThat(resolve.select("label[for=first-Q2]").text()).isEqualTo("A. Rất tốt");
		assertThat(resolve.select("label[for=second-Q2]").text()).isEqualTo("C. Chưa tốt");
		assertThat(resolve.select("#paper-differences thead").text()).contains("Lê Thị Hoa, Sở Nội vụ");
		assertThat(resolve.select("input[type=radio]"))
			.allSatisfy((radio) -> assertThat(radio.classNames()).contains("form-check-input", "paper-choice-input"));
		assertThat(this.staff.page("/assets/css/parindex.css").body())
			.containsPattern("\\.paper-choice-input \\{[^}]*border: 2px solid #495057");

		// a third choice beside the two entries: what the paper says, typed as keyed
		assertThat(resolve.select("input[type=radio][id=paper-Q2][value=*paper]")).hasSize(1);
		assertThat(resolve.select("#read-Q2").attr("aria-label")).contains("Q2");
		String resolvePage = "/admin/survey/forms/" + form.id() + "/paper/sheets/" + sheet;
		HttpResponse<String> untyped = this.staff.post(resolvePage, resolvePage, Map.of("a.Q2", "*paper", "r.Q2", ""));
		assertThat(untyped.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(untyped.body()).select(".alert-danger").text())
			.contains("Câu Q2: hãy gõ câu trả lời đọc trên phiếu giấy");
		HttpResponse<String> wrong = this.staff.post(resolvePage, resolvePage, Map.of("a.Q2", "*paper", "r.Q2", "z"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(wrong.body()).select(".alert-danger").text()).contains("Câu Q2: “z” không phải");
		assertThat(Jsoup.parse(wrong.body()).select("#read-Q2").val()).isEqualTo("z");
		assertThat(this.responses.responsesPerUnit(form.id())).doesNotContainKey(this.pleiku);
		HttpResponse<String> read = this.staff.post(resolvePage, resolvePage, Map.of("a.Q2", "*paper", "r.Q2", "b"));
		assertThat(read.statusCode()).as(read.body()).isEqualTo(302);
		assertThat(this.sheets.sheets(form.id(), this.pleiku)).singleElement()
			.satisfies((counted) -> assertThat(counted.answers()).contains("Q2: B").contains("Q1: A"));
	}

	@Test
	void thePaperPageNamesUnitsByTheirTitleAndSaysWhyASetWithoutCycleHasNone() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(this.set, "P5", leaves().subList(0, 7)));
		UnitView dakPo = this.organization.findUnit("dak-po").orElseThrow();
		Document page = Jsoup.parse(this.staff.page("/admin/survey/forms/" + form.id() + "/paper").body());
		assertThat(page.select("#paper-unit-select option[value=" + dakPo.id() + "]").text()).isEqualTo("Huyện Đak Pơ");
		Document entry = Jsoup.parse(this.staff.page(paperPage(form)).body());
		assertThat(entry.select("#paper-form h2").text()).contains("Thành phố Pleiku");

		// a set without a cycle: no unit to choose, and the page says why
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2039, this.set.unitGroupId(),
				"Bộ chỉ số 2039", "", Optional.of(this.set.id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		SurveyFormView lone = this.forms.define(SurveyFormScenario.form(draft, "P6", List.of()));
		Document empty = Jsoup.parse(this.staff.page("/admin/survey/forms/" + lone.id() + "/paper").body());
		assertThat(empty.select("#paper-no-units").text()).contains("chưa mở kỳ đánh giá", "2039");
	}

	@Test
	void aSheetNumberWithLettersAsOfficersWriteItIsAcceptedUpToThirtyCharacters() {
		SurveyFormView form = this.forms.define(SurveyFormScenario.form(this.set, "P7", leaves().subList(0, 7)));
		// "Số 1" is sheet 1, as the field's example writes it (walk of 03/12)
		HttpResponse<String> saved = enter(this.staff, form, " Số1 ",
				keys(form, "a", "b", "c", "d", "a", "b", "c", "a"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		HttpResponse<String> labelled = enter(this.staff, form, " a1 ",
				keys(form, "a", "b", "c", "d", "a", "b", "c", "a"));
		assertThat(labelled.statusCode()).as(labelled.body()).isEqualTo(302);
		assertThat(this.jdbc.sql("select sheet_number from survey_paper_sheet where form_id = ? order by id")
			.param(form.id())
			.query(String.class)
			.list()).containsExactly("1", "A1");
		// the next sheet is offered with the same letters
		assertThat(this.staff.page(paperPage(form)).body()).contains("value=\"A2\"");
		String thirty = "Hộp 12/Tổ 3/Phiếu 000000001234";
		assertThat(thirty).hasSize(30);
		assertThat(enter(this.staff, form, thirty, keys(form, "a", "b", "c", "d", "a", "b", "c", "a")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> tooLong = enter(this.staff, form, thirty + "9",
				keys(form, "a", "b", "c", "d", "a", "b", "c", "a"));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("Số phiếu: tối đa 30 ký tự").contains("value=\"" + thirty + "9\"");
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(this.pleiku, 3L);
	}

	@Test
	void contractorTablesFromXlsxAndCsvAreStoredAndReadPerUnitAndLeaf() throws IOException {
		this.forms.define(SurveyFormScenario.form(this.set, "K1", leaves()));
		String page = "/admin/survey/sets/" + this.set.id() + "/contractor";
		// walk10 #16: the weight of a per-criterion table is said before the import, and
		// how each criterion moved after it
		assertThat(this.staff.page(page).body()).contains("id=\"contractor-weight\"")
			.contains("được tính là một nhóm đối tượng riêng với trọng số 1")
			.doesNotContain("contractor-moves");

		HttpResponse<String> csv = upload(page, "Cục Thống kê", "ket-qua.csv", resource("contractor-good.csv"));
		assertThat(csv.statusCode()).isEqualTo(302);
		String moved = this.staff.page(page).body();
		assertThat(moved).contains("Giá trị tiêu chí trước → sau khi nhập")
			.contains("An Khê, tiêu chí 2.5: ")
			.contains("ý kiến hợp lệ) → ")
			.contains("240 ý kiến hợp lệ)</li>");
		assertThat(this.staff.page(page).body()).doesNotContain("contractor-moves");

		byte[] template = this.staff.bytes(page + "/template.xlsx");
		byte[] filled;
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
			int filledRows = 0;
			for (Row row : sheet) {
				if (row.getRowNum() == 0 || !"pleiku".equals(row.getCell(0).getStringCellValue())) {
					continue;
				}
				String form = row.getCell(2).getStringCellValue();
				String leaf = row.getCell(4).getStringCellValue();
				String option = row.getCell(5).getStringCellValue();
				if (form.isEmpty() && leaf.equals("2.5")) {
					row.getCell(7).setCellValue(0.7);
					row.getCell(8).setCellValue(20);
					filledRows++;
				}
				if (form.equals("K1") && row.getCell(3).getStringCellValue().equals("Q1") && option.equals("A")) {
					row.getCell(6).setCellValue(5);
					filledRows++;
				}
			}
			assertThat(filledRows).isEqualTo(2);
			workbook.write(out);
			filled = out.toByteArray();
		}
		HttpResponse<String> xlsx = upload(page, "Bưu điện tỉnh", "buu-dien.xlsx", filled);
		assertThat(xlsx.statusCode()).as(xlsx.body()).isEqualTo(302);
		HttpResponse<String> shown = this.staff.page(page);
		assertThat(shown.body()).contains("Kết quả do đơn vị điều tra cung cấp")
			.contains("Cục Thống kê: tệp ket-qua.csv, 5 dòng")
			.contains("Bưu điện tỉnh: tệp buu-dien.xlsx, 2 dòng")
			.contains("85,00%");
		assertThat(this.staff.bytes(page + "/template.csv")).startsWith(0xEF, 0xBB, 0xBF);

		long anKhe = this.organization.findUnit("an-khe").orElseThrow().id();
		Map<String, ContractorLeafResult> results = new LinkedHashMap<>();
		this.contractors.forSet(this.set.id()).forEach((r) -> results.put(r.unitId() + " " + r.leafCode(), r));
		// Q1: A×3 (1) + B×1 (0,6) + E×2 (left out) from the statistics office, A×5 from
		// the post
		assertThat(results.get(this.pleiku + " 1.6").respondents()).isEqualTo(9);
		assertThat(results.get(this.pleiku + " 1.6").mean()).isEqualByComparingTo("0.955556");
		assertThat(results.get(this.pleiku + " 2.5").mean()).isEqualByComparingTo("0.7");
		assertThat(results.get(anKhe + " 2.5").respondents()).isEqualTo(40);
		assertThat(results.get(anKhe + " 2.5").mean()).isEqualByComparingTo("0.85");
		assertThat(results.get(anKhe + " 3.6").mean()).isEqualByComparingTo(new BigDecimal("0.5"));
		assertThat(results).doesNotContainKey(this.pleiku + " 4.5");

		// importing the same contractor again replaces its table, audited
		assertThat(upload(page, "Bưu điện tỉnh", "buu-dien.xlsx", filled).statusCode()).isEqualTo(302);
		assertThat(this.contractors.imports(this.set.id())).hasSize(2);
		assertThat(
				this.jdbc.sql("select count(*) from identity_audit_event where action = 'survey-contractor-imported'")
					.query(Long.class)
					.single())
			.isEqualTo(3);
	}

	@Test
	void aBadContractorTableIsRefusedByRowAndColumnAndStoresNothing() throws IOException {
		this.forms.define(SurveyFormScenario.form(this.set, "K1", leaves()));
		String page = "/admin/survey/sets/" + this.set.id() + "/contractor";
		List<ContractorRowView> before = this.contractors.rows(this.set.id());
		HttpResponse<String> refused = upload(page, "Cục Thống kê", "sai.csv", resource("contractor-bad.csv"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Dòng 2, cột A (Mã đơn vị): không có đơn vị mã “xx-unknown”")
			.contains("Dòng 3, cột D (Mã câu hỏi): phiếu K1 không có câu hỏi “Q99”")
			.contains("Dòng 4, cột F (Phương án): câu hỏi Q1 không có phương án “Z”")
			.contains("Dòng 5, cột G (Số lượt chọn): số âm “-2”")
			.contains("Dòng 6, cột H (Điểm trung bình): điểm trung bình “1.5” ngoài khoảng 0 đến 1")
			.contains("Dòng 8: trùng với dòng 7")
			.contains("Dòng 9, cột I (Số người trả lời): có điểm trung bình “0.8” nhưng số người trả lời là 0")
			.doesNotContain("Dòng 7,")
			.contains("value=\"Cục Thống kê\"");
		HttpResponse<String> english = this.staff.multipart(page, page + "?lang=en",
				List.of(Map.entry("contractor", "Cục Thống kê")),
				List.of(new WebClient.FilePart("file", "sai.csv", resource("contractor-bad.csv"))));
		assertThat(english.body()).contains("Row 2, column A (Mã đơn vị): no unit with code &quot;xx-unknown&quot;");
		this.staff.page(page + "?lang=vi");
		assertThat(upload(page, "", "sai.csv", resource("contractor-good.csv")).body())
			.contains("Hãy ghi tên đơn vị điều tra");
		assertThat(upload(page, "Cục ".repeat(300), "sai.csv", resource("contractor-good.csv")).body())
			.contains("Tên đơn vị điều tra dài 1.199 ký tự, quá 200 ký tự cho phép");
		// a file chosen but empty is said to be empty, not "choose a file" (walk of
		// 03/12)
		HttpResponse<String> empty = upload(page, "Cục Thống kê", "trong.csv", new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(empty.body()).text()).contains("Tệp “trong.csv” trống (không có nội dung nào)");
		assertThat(this.contractors.rows(this.set.id())).isEqualTo(before);
	}

	@Test
	void contractorCountsAreReadInVietnameseNotationAndFractionalOrAmbiguousOnesRefused() {
		this.forms.define(SurveyFormScenario.form(this.set, "K1", leaves()));
		String page = "/admin/survey/sets/" + this.set.id() + "/contractor";
		String header = String.join(",", ContractorResults.HEADER);
		// "1.000" is one thousand in Vietnamese notation, never one
		String good = String.join("\n", header, "pleiku,,K1,Q1,1.6,A,1.000,,", "pleiku,,K1,Q1,1.6,B,\"1 000\",,",
				"an-khe,,,,2.5,,,\"0,75\",1.200");
		HttpResponse<String> stored = upload(page, "Viện Khảo sát", "so-lieu.csv",
				good.getBytes(StandardCharsets.UTF_8));
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
		List<ContractorRowView> rows = this.contractors.rows(this.set.id())
			.stream()
			.filter((r) -> r.contractor().equals("Viện Khảo sát"))
			.toList();
		assertThat(rows)
			.extracting(ContractorRowView::sourceRow, ContractorRowView::count, ContractorRowView::respondents)
			.containsExactlyInAnyOrder(tuple(2, 1000, null), tuple(3, 1000, null), tuple(4, null, 1200));
		assertThat(rows.stream().filter((r) -> r.sourceRow() == 4).findFirst().orElseThrow().mean())
			.isEqualByComparingTo("0.75");

		List<ContractorRowView> before = this.contractors.rows(this.set.id());
		String bad = String.join("\n", header, "pleiku,,K1,Q1,1.6,A,\"2,5\",,", "pleiku,,K1,Q1,1.6,B,\"1,000\",,",
				"pleiku,,K1,Q1,1.6,C,1.5,,", "an-khe,,,,2.5,,,1.000,10", "an-khe,,,,3.6,,,\"0,5\",\"10,5\"");
		HttpResponse<String> refused = upload(page, "Viện Khảo sát", "sai.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Dòng 2, cột G (Số lượt chọn): “2,5” không phải là số nguyên")
			.contains("Dòng 3, cột G (Số lượt chọn): “1,000” không phải là số nguyên")
			.contains("Dòng 4, cột G (Số lượt chọn): “1.5” không phải là số nguyên: dấu chấm chỉ ngăn hàng nghìn, "
					+ "theo sau đúng ba chữ số (như 1.000), và số lượt chọn, số người không có phần thập phân")
			.contains("Dòng 5, cột H (Điểm trung bình): “1.000” có thể là một nghìn")
			.contains(
					"Dòng 6, cột I (Số người trả lời): “10,5” không phải là số nguyên: số lượt chọn và số người không có phần "
							+ "thập phân (sau dấu phẩy)");
		assertThat(this.contractors.rows(this.set.id())).isEqualTo(before);
	}

	private HttpResponse<String> upload(String page, String contractor, String filename, byte[] content) {
		return this.staff.multipart(page, page, List.of(Map.entry("contractor", contractor)),
				List.of(new WebClient.FilePart("file", filename, content)));
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = PaperEntryScenario.class.getResourceAsStream("/survey/" + name)) {
			return in.readAllBytes();
		}
	}

	private String paperPage(SurveyFormView form) {
		return "/admin/survey/forms/" + form.id() + "/paper?unit=" + this.pleiku;
	}

	private HttpResponse<String> enter(WebClient client, SurveyFormView form, String sheet, Map<String, String> keys) {
		return client.post(paperPage(form), "/admin/survey/forms/" + form.id() + "/paper", withSheet(keys, sheet));
	}

	private Map<String, String> withSheet(Map<String, String> keys, String sheet) {
		Map<String, String> fields = new LinkedHashMap<>(keys);
		fields.put("unit", Long.toString(this.pleiku));
		fields.put("sheet", sheet);
		return fields;
	}

	/** The keys for the form's questions in order (the last one is the demographic). */
	private static Map<String, String> keys(SurveyFormView form, String... keys) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < keys.length; i++) {
			fields.put("a." + form.questions().get(i).code(), keys[i]);
		}
		return fields;
	}

	private List<String> leaves() {
		return this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.toList();
	}

	private void rename(SurveyFormView form, String number, String stored) {
		assertThat(
				this.jdbc.sql("update survey_paper_sheet set sheet_number = ? where form_id = ? and sheet_number = ?")
					.params(stored, form.id(), number)
					.update())
			.isEqualTo(1);
	}

}
