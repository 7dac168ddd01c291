package org.parindex;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.engine.Component;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form refuses what its columns cannot hold, what is not of its type and what is
 * out of its range, through the real pages with a real sign-in: HTTP 400 with the form
 * shown again and a message that names the field and the range, never a 404 or 500, never
 * another form's message, and nothing stored. Identical submissions sent at once create
 * one thing; the others are told it exists. Run against H2 and PostgreSQL
 * ({@link InputBoundsH2IT}, {@link InputBoundsPostgresIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
@Import(InputBoundsScenario.Clock.class)
abstract class InputBoundsScenario {

	private static final String PASSWORD = "parindex-demo";

	private static final String GROUP = "gia-lai-district";

	/**
	 * What the unit forms said for every refusal before, and the index-set forms reused.
	 */
	private static final String FOREIGN_MESSAGE = "Vui lòng nhập đủ thông tin, kể cả ngày có hiệu lực và lý do.";

	private static final String HUNDRED_THOUSAND_DIGITS = "9".repeat(100_000);

	/** The values of issue 8, item 6, that ended in HTTP 500 or were stored. */
	private static final List<String> HUGE_NUMBERS = List.of("1e309", "1e999999999", "1e-999999999",
			HUNDRED_THOUSAND_DIGITS);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	OrganizationService organization;

	@Autowired
	MethodologyService methodology;

	@Autowired
	IndexSetEditor editor;

	@Autowired
	CycleService cycles;

	private Instant started;

	private long groupId;

	private IndexSetView set2022;

	private CycleView cycle2022;

	private CycleView cycle2021;

	@BeforeEach
	void findTheDemo() {
		this.started = this.clock.instant();
		this.groupId = this.organization.findGroup(GROUP).orElseThrow().id();
		this.set2022 = this.methodology.find(2022, this.groupId).orElseThrow();
		this.cycle2022 = this.cycles.findForSet(this.set2022.id()).orElseThrow();
		this.cycle2021 = this.cycles.findForSet(this.methodology.find(2021, this.groupId).orElseThrow().id())
			.orElseThrow();
	}

	@AfterEach
	void restoreTheClock() {
		this.clock.set(this.started);
	}

	@Test
	void selfAssessmentRefusesNumbersItCannotStoreNamingTheInputAndItsRange() {
		WebClient officer = signedIn("dakpo.canbo");
		String page = "/assessment/cycles/" + this.cycle2022.id() + "/unit";
		String version = version(officer.page(page + "?area=1").body(), "1.1.2");
		Map<String, Long> before = counts();
		for (String value : HUGE_NUMBERS) {
			HttpResponse<String> response = officer.post(page, page + "?area=1", Map.of("leaf", "1.1.2",
					"version.1.1.2", version, "input.1.1.2.actual", value, "input.1.1.2.base", "25"));
			assertRefused(response, "Tiêu chí 1.1.2 — Số đạt: “" + value.substring(0, Math.min(value.length(), 40)),
					"không phải là một số");
		}
		for (String value : List.of("100000000000000", "-100000000000000", "0,1234567")) {
			HttpResponse<String> response = officer.post(page, page + "?area=1", Map.of("leaf", "1.1.2",
					"version.1.1.2", version, "input.1.1.2.actual", value, "input.1.1.2.base", "25"));
			assertRefused(response, "Tiêu chí 1.1.2 — Số đạt: phải nhỏ hơn 100 nghìn tỷ (100.000.000.000.000), "
					+ "tối đa 6 chữ số thập phân.");
			assertThat(response.body()).as("what was typed is kept").contains("value=\"" + value + "\"");
		}
		HttpResponse<String> negative = officer.post(page, page + "?area=1", Map.of("leaf", "1.1.2", "version.1.1.2",
				version, "input.1.1.2.actual", "-1", "input.1.1.2.base", "25"));
		assertThat(negative.statusCode()).as("the rule refuses a negative count").isEqualTo(200);
		assertThat(negative.body()).contains("không được âm");
		assertThat(negative.body()).as("the field at fault is marked")
			.containsPattern("is-invalid\"[^>]*name=\"input.1.1.2.actual\"")
			.doesNotContainPattern("is-invalid\"[^>]*name=\"input.1.1.2.base\"");
		// every fault in one answer: what the form cannot read, and what the rules
		// refuse of the rest (not on a second save), each field marked
		String body = officer.page(page + "?area=1").body();
		List<Map.Entry<String, String>> all = List.of(Map.entry("_csrf", officer.csrf(page + "?area=1").orElseThrow()),
				Map.entry("leaf", "1.1.1"), Map.entry("version.1.1.1", version(body, "1.1.1")),
				Map.entry("input.1.1.1.met", "2"), Map.entry("leaf", "1.1.2"), Map.entry("version.1.1.2", version),
				Map.entry("input.1.1.2.actual", "abc"), Map.entry("input.1.1.2.base", "25"), Map.entry("leaf", "1.1.3"),
				Map.entry("version.1.1.3", version(body, "1.1.3")), Map.entry("input.1.1.3.met", "-1"));
		HttpResponse<String> together = officer.postFields(page + "?area=1", all);
		assertRefused(together, "Tiêu chí 1.1.2 — Số đạt: “abc”", "Tiêu chí 1.1.1", "Tiêu chí 1.1.3: số liệu",
				"không được âm");
		assertThat(together.body()).containsPattern("is-invalid\"[^>]*name=\"input.1.1.1.met\"")
			.containsPattern("is-invalid\"[^>]*name=\"input.1.1.2.actual\"")
			.containsPattern("is-invalid\"[^>]*name=\"input.1.1.3.met\"")
			.doesNotContainPattern("is-invalid\"[^>]*name=\"input.1.1.2.base\"")
			.doesNotContain("Tiêu chí 1.1.2: số liệu actual");
		HttpResponse<String> english = officer.post(page, page + "?area=1&lang=en", Map.of("leaf", "1.1.2",
				"version.1.1.2", version, "input.1.1.2.actual", "1e309", "input.1.1.2.base", "25"));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("Criterion 1.1.2 — Achieved: “1e309” is not a number");
		assertThat(counts()).isEqualTo(before);
	}

	/**
	 * Issue 9 (appr9): the save of the self-assessment, not only its live preview,
	 * refuses the ambiguous {@code 1.000} in a points field (a thousand in Vietnamese,
	 * one in English), naming the criterion and the field, keeping what was typed and
	 * storing nothing; {@code 1,000} (one) is saved.
	 */
	@Test
	void selfAssessmentSaveRefusesAnAmbiguousPointsValueNamingTheCriterionAndField() {
		WebClient officer = signedIn("dakpo.canbo");
		String page = "/assessment/cycles/" + this.cycle2022.id() + "/unit";
		String version = version(officer.page(page + "?area=1").body(), "1.4");
		Map<String, Long> before = counts();
		String stored = "select coalesce(max(i.input_value), -1) from assessment_leaf_input i"
				+ " join assessment_leaf_entry e on e.id = i.entry_id where e.index_set_id = " + this.set2022.id()
				+ " and e.unit_id = " + this.organization.findUnit("dak-po").orElseThrow().id()
				+ " and e.leaf_code = '1.4' and i.input_name = 'score'";
		BigDecimal score = this.jdbc.sql(stored).query(BigDecimal.class).single();
		HttpResponse<String> response = officer.post(page, page + "?area=1",
				Map.of("leaf", "1.4", "version.1.4", version, "input.1.4.score", "1.000"));
		assertRefused(response, "Tiêu chí 1.4 — Điểm tự chấm: “1.000” không rõ nghĩa",
				"là 1000 (dấu chấm ngăn hàng nghìn) hay 1 (dấu chấm thập phân)", "hãy viết 1.");
		assertThat(response.body()).as("what was typed is kept")
			.contains("value=\"1.000\"")
			.containsPattern("is-invalid\"[^>]*name=\"input.1.4.score\"");
		HttpResponse<String> english = officer.post(page, page + "?area=1&lang=en",
				Map.of("leaf", "1.4", "version.1.4", version, "input.1.4.score", "1.000"));
		assertRefused(english, "Criterion 1.4 — ", "“1.000” is ambiguous");
		assertThat(counts()).isEqualTo(before);
		assertThat(this.jdbc.sql(stored).query(BigDecimal.class).single()).as("the stored score is unchanged")
			.isEqualByComparingTo(score);
		HttpResponse<String> one = officer.post(page, page + "?area=1",
				Map.of("leaf", "1.4", "version.1.4", version, "input.1.4.score", "1,000"));
		assertThat(one.statusCode()).as("1,000 is one, saved").isEqualTo(302);
		assertThat(this.jdbc.sql(stored).query(BigDecimal.class).single()).isEqualByComparingTo(BigDecimal.ONE);
	}

	@Test
	void aRatioAboveItsTotalIsSavedButFlaggedToTheUnitAndTheAppraiser() {
		WebClient officer = signedIn("dakpo.canbo");
		String page = "/assessment/cycles/" + this.cycle2022.id() + "/unit";
		String version = version(officer.page(page + "?area=1").body(), "1.1.2");
		assertThat(officer.page(page + "/preview?leaf=1.1.2&input.1.1.2.actual=13&input.1.1.2.base=10").body())
			.contains("số đạt 13 lớn hơn tổng số 10");
		HttpResponse<String> saved = officer.post(page, page + "?area=1", Map.of("leaf", "1.1.2", "version.1.1.2",
				version, "input.1.1.2.actual", "13", "input.1.1.2.base", "10"));
		assertThat(saved.statusCode()).as("accepted: a ratio may compare with a plan it passes").isEqualTo(302);
		String after = officer.page(page + "?area=1").body();
		assertThat(after).contains("Cần kiểm tra lại: Tiêu chí 1.1.2: số đạt 13 lớn hơn tổng số 10")
			.contains("data-check=\"1.1.2\"");
		officer.post(page, page + "?area=1", Map.of("leaf", "1.1.2", "version.1.1.2", version(after, "1.1.2"),
				"input.1.1.2.actual", "7", "input.1.1.2.base", "0"));
		assertThat(officer.page(page + "?area=1").body()).contains("tổng số bằng 0 trong khi số đạt là 7");
		// the appraiser sees the flag beside the criterion
		long unit = this.organization.findUnit("dak-po").orElseThrow().id();
		this.clock.set(this.cycle2022.selfAssessmentUntil().toInstant().plus(Duration.ofHours(1)));
		assertThat(signedIn("thamdinh").page("/assessment/cycles/" + this.cycle2022.id() + "/units/" + unit + "?area=1")
			.body()).contains("data-check=\"1.1.2\"", "Cần kiểm tra số liệu");
	}

	@Test
	void selfAssessmentRefusesDocumentDatesOutsideTheStatesLifetime() {
		WebClient officer = signedIn("dakpo.canbo");
		String page = "/assessment/cycles/" + this.cycle2022.id() + "/unit";
		String version = version(officer.page(page + "?area=1").body(), "1.1.2");
		Map<String, Long> before = counts();
		// tomorrow (in Asia/Ho_Chi_Minh, by the application's clock) is refused too
		// (issue 9), naming the criterion and the document
		String tomorrow = java.time.LocalDate.now(this.clock).plusDays(1).toString();
		for (String date : List.of("9999-12-31", "0001-01-01", "+999999999-12-31", "1945-09-01", tomorrow)) {
			HttpResponse<String> response = officer.post(page, page + "?area=1",
					Map.of("leaf", "1.1.2", "version.1.1.2", version, "docNumber.1.1.2", "35/KH-UBND", "docDate.1.1.2",
							date, "docIssuer.1.1.2", "UBND huyện Đak Pơ"));
			assertRefused(response, "Tiêu chí 1.1.2 — Ngày ban hành văn bản 35/KH-UBND: phải từ ngày 02/09/1945 "
					+ "đến hôm nay (không được sau ngày hôm nay)");
		}
		HttpResponse<String> malformed = officer.post(page, page + "?area=1", Map.of("leaf", "1.1.2", "version.1.1.2",
				version, "docNumber.1.1.2", "35/KH-UBND", "docDate.1.1.2", "20/13/2021", "docIssuer.1.1.2", "UBND"));
		assertRefused(malformed,
				"Tiêu chí 1.1.2 — Ngày ban hành văn bản 35/KH-UBND: “20/13/2021” không phải là một ngày hợp lệ");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void indexSetFormRefusesValuesOutsideItsColumnsNamingTheField() {
		WebClient office = signedIn("sonoivu");
		String page = "/admin/methodology/index-sets";
		Map<String, Long> before = counts();
		for (String value : List.of("1e309", "-1", "100000", "0,00001", HUNDRED_THOUSAND_DIGITS)) {
			HttpResponse<String> response = office.post(page, page, createSet("2041", "Bộ chỉ số thử", value));
			if (value.contains("e") || value.length() > 40) {
				assertRefused(response, "Điểm thẩm định tối đa: “", "không phải là một số");
			}
			else {
				assertRefused(response, "Điểm thẩm định tối đa: phải từ 0 đến 99.999,9999, tối đa 4 chữ số thập phân");
			}
		}
		assertRefused(office.post(page, page, createSet("2041", "Bộ chỉ số thử", "abc")),
				"Điểm thẩm định tối đa: “abc” không phải là một số");
		assertRefused(office.post(page, page, createSet("2041", "Bộ chỉ số thử", "NaN")),
				"Điểm thẩm định tối đa: “NaN” không phải là một số");
		assertRefused(office.post(page, page, createSet("99999", "Bộ chỉ số thử", "64")), "Năm: phải từ 2000 đến 2100");
		assertRefused(office.post(page, page, createSet("abc", "Bộ chỉ số thử", "64")),
				"Năm: “abc” không phải là một số nguyên");
		HttpResponse<String> longName = office.post(page, page, createSet("2041", "x".repeat(100_000), "64"));
		// a text past its limit says how long it was (walk #1)
		assertRefused(longName, "Tên bộ chỉ số: dài tối đa 300 ký tự; bạn đã nhập 100.000 ký tự");
		HttpResponse<String> english = office.post(page, page + "?lang=en", createSet("99999", "Test", "1e309"));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("Year: must be from 2000 to 2100",
				"Appraisal maximum: “1e309” is not a number");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void nodeFormRefusesValuesOutsideItsColumnsNamingTheField() {
		WebClient office = signedIn("sonoivu");
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2042, this.groupId,
				"Bộ chỉ số nháp", "", Optional.empty(), maxima(), BigDecimal.ONE, BigDecimal.ONE));
		String page = "/admin/methodology/index-sets/" + draft.id();
		String version = Integer.toString(draft.version());
		Map<String, Long> before = counts();
		for (String value : List.of("1e309", "abc", "NaN", HUNDRED_THOUSAND_DIGITS)) {
			assertRefused(
					office.post(page, page + "/nodes", node("version", version, "level", "AREA", "maxPoints", value)),
					"Điểm tối đa: “", "không phải là một số");
		}
		assertRefused(office.post(page, page + "/nodes", node("version", version, "level", "AREA", "maxPoints", "-1")),
				"Điểm tối đa: phải từ 0 đến 99.999,9999, tối đa 4 chữ số thập phân");
		assertRefused(office.post(page, page + "/nodes", node("version", version, "level", "FOO", "maxPoints", "1")),
				"Cấp: “FOO” không có trong các lựa chọn");
		assertRefused(office.post(page, page + "/nodes",
				node("version", version, "level", "CRITERION", "maxPoints", "1", "component", "FOO", "rule", "yes-no")),
				"Phần điểm: “FOO” không có trong các lựa chọn");
		assertRefused(
				office.post(page, page + "/nodes",
						node("version", version, "level", "AREA", "maxPoints", "1", "name", "x".repeat(100_000))),
				"Tên: dài tối đa 1.000 ký tự; bạn đã nhập 100.000 ký tự");
		assertRefused(office.post(page, page + "/nodes/9/move", Map.of("version", version, "direction", "abc")),
				"Biểu mẫu đã gửi giá trị “abc” không đọc được", "tải lại trang");
		assertThat(counts()).isEqualTo(before);
	}

	/**
	 * Text past a field's limit, pasted whole (no field cuts it any more, issue 9): the
	 * save is refused naming the field and its limit, in Vietnamese and English, and the
	 * page again holds every character typed, in a field without {@code maxlength}.
	 */
	@Test
	void longTextIsRefusedNamingTheFieldAndItsLimitAndKeptUncut() {
		// the index-set editor's node name
		WebClient office = signedIn("sonoivu");
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2047, this.groupId,
				"Bộ chỉ số nháp", "", Optional.empty(), maxima(), BigDecimal.ONE, BigDecimal.ONE));
		Map<String, Long> before = counts();
		String setPage = "/admin/methodology/index-sets/" + draft.id();
		String version = Integer.toString(draft.version());
		String longName = "Tên lĩnh vực dán từ văn bản ".repeat(40);
		HttpResponse<String> node = office.post(setPage, setPage + "/nodes",
				node("version", version, "level", "AREA", "maxPoints", "1", "name", longName, "guidance", "Hướng dẫn"));
		assertRefused(node, "Tên: dài tối đa 1.000 ký tự; bạn đã nhập 1.120 ký tự");
		keptUncut(node, "name", longName);
		keptUncut(node, "guidance", "Hướng dẫn");
		HttpResponse<String> english = office.post(setPage + "?lang=en", setPage + "/nodes",
				node("version", version, "level", "AREA", "maxPoints", "1", "name", longName));
		assertRefused(english, "Name: must be at most 1,000 characters long; 1,120 typed");
		keptUncut(english, "name", longName);
		// the unit's explanation of a criterion
		WebClient officer = signedIn("dakpo.canbo");
		String unitPage = "/assessment/cycles/" + this.cycle2022.id() + "/unit";
		String leafVersion = version(officer.page(unitPage + "?area=1").body(), "1.1.2");
		String explanation = "Đơn vị giải trình đầy đủ. ".repeat(170);
		HttpResponse<String> explained = officer.post(unitPage, unitPage + "?area=1",
				Map.of("leaf", "1.1.2", "version.1.1.2", leafVersion, "input.1.1.2.actual", "20", "input.1.1.2.base",
						"25", "explanation.1.1.2", explanation));
		assertRefused(explained, "Tiêu chí 1.1.2 — ", "dài tối đa 4.000 ký tự; bạn đã nhập 4.420 ký tự");
		keptUncut(explained, "explanation.1.1.2", explanation);
		keptUncut(explained, "input.1.1.2.actual", "20");
		// the appraiser's comment
		this.clock.set(this.cycle2022.selfAssessmentUntil().toInstant().plus(Duration.ofHours(1)));
		WebClient appraiser = signedIn("thamdinh");
		long unit = this.organization.findUnit("dak-po").orElseThrow().id();
		String appraisalPage = "/assessment/cycles/" + this.cycle2022.id() + "/units/" + unit;
		String comment = "Nhận xét nội bộ của thẩm định. ".repeat(140);
		HttpResponse<String> appraised = appraiser.post(appraisalPage + "?area=3", appraisalPage,
				Map.of("round", "ROUND1", "area", "3", "leaf", "3.1", "version.3.1", "0", "points.3.1", "0,5",
						"comment.3.1", comment, "question.3.1", "Đề nghị bổ sung"));
		assertRefused(appraised, "Tiêu chí 3.1 (Rà soát, đánh giá thủ tục hành chính theo kế hoạch) — Nhận xét nội bộ",
				"dài tối đa 4.000 ký tự; bạn đã nhập 4.340 ký tự");
		keptUncut(appraised, "comment.3.1", comment);
		keptUncut(appraised, "question.3.1", "Đề nghị bổ sung");
		keptUncut(appraised, "points.3.1", "0,5");
		assertThat(counts()).isEqualTo(before);
	}

	/**
	 * The field of a refused page holds exactly what was typed and no {@code maxlength}
	 * cuts it.
	 */
	private static void keptUncut(HttpResponse<String> response, String name, String typed) {
		org.jsoup.nodes.Element field = org.jsoup.Jsoup.parse(response.body())
			.selectFirst("[name=\"" + name + "\"]:not([type=hidden])");
		assertThat(field).as(name).isNotNull();
		assertThat(field.hasAttr("maxlength")).as(name + " cut by the browser").isFalse();
		String kept = field.tagName().equals("textarea") ? field.wholeText() : field.attr("value");
		assertThat(kept.strip()).as(name + " kept as typed").isEqualTo(typed.strip());
	}

	@Test
	void indexSetFormRefusesAnUnknownUnitGroupNamingTheField() {
		WebClient office = signedIn("sonoivu");
		String page = "/admin/methodology/index-sets";
		Map<String, Long> before = counts();
		Map<String, String> form = createSet("2044", "Bộ chỉ số khối lạ", "64");
		form.put("unitGroupId", "999");
		HttpResponse<String> refused = office.post(page, page, form);
		assertRefused(refused, "Khối đơn vị: “999” không có trong các lựa chọn", "value=\"Bộ chỉ số khối lạ\"");
		HttpResponse<String> english = office.post(page, page + "?lang=en", form);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("Unit group: “999” is not one of the choices");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void nodeFormRefusesCodesThatAreNotDottedLettersAndDigits() {
		WebClient office = signedIn("sonoivu");
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2045, this.groupId,
				"Bộ chỉ số nháp", "", Optional.empty(), maxima(), BigDecimal.ONE, BigDecimal.ONE));
		String page = "/admin/methodology/index-sets/" + draft.id();
		String version = Integer.toString(draft.version());
		Map<String, Long> before = counts();
		for (String code : List.of("1.1.1; DROP", "1.2/b", "..", "1.2\\b", "<b>x</b>", "%25", "1 2")) {
			assertRefused(
					office.post(page, page + "/nodes",
							node("version", version, "code", code, "level", "AREA", "maxPoints", "1", "name",
									"Mã lạ đã gõ")),
					"Mã: chỉ gồm chữ số và chữ cái không dấu", "value=\"Mã lạ đã gõ\"");
			assertRefused(
					office.post(page, page + "/nodes",
							node("version", version, "parentCode", code, "level", "CRITERION", "maxPoints", "1",
									"component", "APPRAISAL", "rule", "yes-no")),
					"Mục cha: chỉ gồm chữ số và chữ cái không dấu");
		}
		HttpResponse<String> english = office.post(page, page + "/nodes?lang=en",
				node("version", version, "code", "1.2/b", "level", "AREA", "maxPoints", "1"));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("may only hold digits and unaccented letters");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void cycleFormRefusesDeadlinesOutsideTheCycleAndUnreadableValues() {
		WebClient office = signedIn("sonoivu");
		String page = "/admin/assessment/cycles/" + this.cycle2022.id();
		String before = deadlines(this.cycle2022.id());
		Map<String, String> form = deadlineForm(office.page(page).body());
		Map<String, String> farFuture = new LinkedHashMap<>(form);
		farFuture.put("publicationOn", "+99999-01-01T00:00");
		assertRefused(office.post(page, page, farFuture), "Công bố: phải trong các năm 2022 đến");
		Map<String, String> malformed = new LinkedHashMap<>(form);
		malformed.put("councilUntil", "2023-13-45T99:99");
		assertRefused(office.post(page, page, malformed),
				"Hội đồng thẩm định: “2023-13-45T99:99” không phải là một ngày giờ hợp lệ");
		Map<String, String> units = new LinkedHashMap<>(form);
		units.put("units", "abc");
		assertRefused(office.post(page, page, units), "Đơn vị tham gia: “abc” không có trong các lựa chọn");
		// among ticked units, only what is not a unit's number is quoted
		List<Map.Entry<String, String>> ticked = new ArrayList<>();
		form.forEach((name, value) -> {
			if (!name.equals("units") && !name.equals("_csrf")) {
				ticked.add(Map.entry(name, value));
			}
		});
		ticked.add(Map.entry("_csrf", office.csrf(page).orElseThrow()));
		ticked.add(Map.entry("units", Long.toString(this.organization.findUnit("dak-po").orElseThrow().id())));
		ticked.add(Map.entry("units", "xyz"));
		HttpResponse<String> refused = office.postFields(page, ticked);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Đơn vị tham gia: “xyz” không có trong các lựa chọn");
		// and the units come back as they were ticked, not as stored
		long dakPo = this.organization.findUnit("dak-po").orElseThrow().id();
		long kbang = this.organization.findUnit("kbang").orElseThrow().id();
		assertThat(refused.body()).containsPattern("id=\"unit-" + dakPo + "\"[^>]*checked")
			.doesNotContainPattern("id=\"unit-" + kbang + "\"[^>]*checked");
		Map<String, String> stranger = new LinkedHashMap<>(form);
		stranger.put("units", "99999");
		// an id is written as a number, never as an amount ("99.999")
		assertThat(office.post(page, page, stranger).body()).contains("Đơn vị mã số 99999 không thuộc khối");
		assertThat(deadlines(this.cycle2022.id())).isEqualTo(before);
	}

	@Test
	void adjustmentFormRefusesPointsThatAreNotNumbersInRange() {
		WebClient office = signedIn("sonoivu");
		String page = "/assessment/cycles/" + this.cycle2022.id() + "/council";
		long unit = this.organization.findUnit("dak-po").orElseThrow().id();
		Map<String, Long> before = counts();
		for (String value : List.of("NaN", "1e309", HUNDRED_THOUSAND_DIGITS)) {
			HttpResponse<String> response = office.post(page,
					"/assessment/cycles/" + this.cycle2022.id() + "/adjustments", Map.of("unitId", Long.toString(unit),
							"kind", "BONUS", "points", value, "reason", "Lý do", "evidence", "Căn cứ"));
			assertRefused(response, "Điểm thưởng cho Đak Pơ: “", "không phải là một số");
			assertThat(response.body()).doesNotContain("Tiêu chí :");
		}
		assertRefused(
				office.post(page, "/assessment/cycles/" + this.cycle2022.id() + "/adjustments", Map.of("unitId",
						Long.toString(unit), "kind", "FOO", "points", "1", "reason", "Lý do", "evidence", "Căn cứ")),
				"Loại: hãy chọn điểm thưởng hoặc điểm trừ");
		// every fault at once, against the index set's cap (not the column's
		// 99.999,9999), naming the unit, each field marked and what was typed kept
		for (String value : List.of("0", "-1", "99")) {
			HttpResponse<String> response = office.post(page,
					"/assessment/cycles/" + this.cycle2022.id() + "/adjustments", Map.of("unitId", Long.toString(unit),
							"kind", "DEDUCTION", "points", value, "reason", " ", "evidence", "Căn cứ"));
			assertRefused(response, "Điểm trừ cho Đak Pơ: phải lớn hơn 0 và không quá",
					"Lý do cho Đak Pơ: chưa nhập (bắt buộc)");
			assertThat(response.body()).doesNotContain("99.999,9999")
				.containsPattern("is-invalid\"[^>]*name=\"points\"")
				.containsPattern("is-invalid\"[^>]*name=\"reason\"")
				.doesNotContainPattern("is-invalid\"[^>]*name=\"evidence\"")
				.contains("value=\"Căn cứ\"");
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void appraisalRefusesPointsWithMoreDecimalsThanStoredOrUnreadable() {
		this.clock.set(this.cycle2022.selfAssessmentUntil().toInstant().plus(Duration.ofHours(1)));
		WebClient appraiser = signedIn("thamdinh");
		long unit = this.organization.findUnit("dak-po").orElseThrow().id();
		String page = "/assessment/cycles/" + this.cycle2022.id() + "/units/" + unit;
		assertThat(appraiser.page(page + "?area=3").statusCode()).isEqualTo(200);
		String version = "0";
		Map<String, Long> before = counts();
		for (String value : List.of("1e309", "NaN", HUNDRED_THOUSAND_DIGITS)) {
			assertRefused(
					appraiser.post(page + "?area=3", page,
							Map.of("round", "ROUND1", "area", "3", "leaf", "3.1", "version.3.1", version, "points.3.1",
									value, "comment.3.1", "Nhận xét", "question.3.1", "")),
					"Tiêu chí 3.1 (", ") — Điểm thẩm định: “", "không phải là một số");
		}
		assertRefused(
				appraiser.post(page + "?area=3", page,
						Map.of("round", "ROUND1", "area", "3", "leaf", "3.1", "version.3.1", version, "points.3.1",
								"0,12345", "comment.3.1", "Nhận xét", "question.3.1", "")),
				"Tiêu chí 3.1 (", ") — Điểm thẩm định: tối đa 4 chữ số thập phân");
		// the criterion's range, not the column's (issue 9)
		HttpResponse<String> negative = appraiser.post(page + "?area=3", page,
				Map.of("round", "ROUND1", "area", "3", "leaf", "3.1", "version.3.1", version, "points.3.1", "-1",
						"comment.3.1", "Nhận xét", "question.3.1", ""));
		// each refusal names the criterion by code and name, and the field (appr9 F4)
		assertThat(negative.body()).contains("Tiêu chí 3.1 (", ") — Điểm thẩm định: điểm phải từ 0 đến ")
			.doesNotContain("99.999,9999");
		assertRefused(appraiser.post(page + "?area=3", page, Map.of("round", "FOO", "area", "3", "leaf", "3.1")),
				"Biểu mẫu đã gửi giá trị “FOO” không đọc được");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void correctionRefusesPointsThatAreNotNumbersInRange() {
		WebClient office = signedIn("sonoivu");
		String page = "/admin/reporting/cycles/" + this.cycle2021.id() + "/publication";
		long unit = this.organization.findUnit("dak-po").orElseThrow().id();
		Map<String, Long> before = counts();
		for (String value : List.of("1e309", "NaN", HUNDRED_THOUSAND_DIGITS)) {
			// a criterion given points: the value is not a number of points
			assertRefused(
					office.post(page, "/admin/reporting/cycles/" + this.cycle2021.id() + "/corrections",
							Map.of("unitId", Long.toString(unit), "leafCode", "1.4", "points", value, "reason", "Sai")),
					"Điểm thẩm định: “", "không phải là một số điểm");
			// a criterion scored from figures takes its figures, never points, said first
			// (walk A of 02/12, finding 3)
			assertRefused(
					office.post(page, "/admin/reporting/cycles/" + this.cycle2021.id() + "/corrections", Map
						.of("unitId", Long.toString(unit), "leafCode", "1.1.2", "points", value, "reason", "Sai")),
					"Tiêu chí 1.1.2 chấm theo số liệu: hãy nhập Số đạt và Tổng số");
		}
		assertRefused(
				office.post(page, "/admin/reporting/cycles/" + this.cycle2021.id() + "/corrections",
						Map.of("unitId", "abc", "leafCode", "1.1.2", "points", "1", "reason", "Sai")),
				"Đơn vị: “abc” không phải là một số nguyên");
		// a correction the workflow refuses comes back as it was typed, in the page's
		// number format
		// a criterion scored from figures is corrected by its figures, never by points
		// (issue 9)
		assertRefused(
				office.post(page, "/admin/reporting/cycles/" + this.cycle2021.id() + "/corrections",
						Map.of("unitId", Long.toString(unit), "leafCode", "1.1.2", "points", "1", "reason", "Sai")),
				"Tiêu chí 1.1.2 chấm theo số liệu: hãy nhập Số đạt và Tổng số ở phần Số liệu");
		// points given by hand (1.4, at most 1 point)
		HttpResponse<String> above = office.post(page,
				"/admin/reporting/cycles/" + this.cycle2021.id() + "/corrections",
				Map.of("unitId", Long.toString(unit), "leafCode", "1.4", "points", "5", "reason", "Sai số liệu gốc"));
		assertRefused(above, "Tiêu chí 1.4: điểm 5 vượt điểm tối đa 1.");
		for (Map.Entry<String, String> refused : Map
			.of("-1", "Tiêu chí 1.4: điểm phải từ 0 đến 1.", "0,12345",
					"Tiêu chí 1.4: điểm có tối đa 4 chữ số thập phân.")
			.entrySet()) {
			assertRefused(office.post(page, "/admin/reporting/cycles/" + this.cycle2021.id() + "/corrections",
					Map.of("unitId", Long.toString(unit), "leafCode", "1.4", "points", refused.getKey(), "reason",
							"Sai số liệu gốc")),
					refused.getValue());
		}
		assertThat(above.body()).contains("value=\"Sai số liệu gốc\"", "value=\"5\"", "value=\"1.4\"");
		// a yes/no criterion takes Đạt or Không đạt, never points (issue 9)
		assertRefused(
				office.post(page, "/admin/reporting/cycles/" + this.cycle2021.id() + "/corrections",
						Map.of("unitId", Long.toString(unit), "leafCode", "1.1.1", "points", "0,25", "reason", "Sai")),
				"Tiêu chí 1.1.1 chấm Đạt/Không đạt: hãy chọn Đạt hoặc Không đạt ở ô Kết quả");
		assertRefused(
				office.post(page, "/admin/reporting/cycles/" + this.cycle2021.id() + "/corrections",
						Map.of("unitId", Long.toString(unit), "leafCode", "1.1.2", "met", "maybe", "reason", "Sai")),
				"Kết quả (tiêu chí Đạt/Không đạt): “maybe”");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void unitFormsRefuseValuesOutsideTheirColumnsNamingTheField() {
		WebClient office = signedIn("sonoivu");
		String page = "/admin/organization/units";
		Map<String, Long> before = counts();
		assertRefused(office.post(page, page,
				Map.of("groupId", Long.toString(this.groupId), "code", "thu-nghiem", "kind", "FOO", "name", "Thử")),
				"Loại: “FOO” không có trong các lựa chọn");
		assertRefused(office.post(page, page, Map.of("groupId", Long.toString(this.groupId), "code", "thu-nghiem",
				"kind", "COMMUNE", "name", "x".repeat(100_000))), "Tên: dài tối đa 200 ký tự");
		assertRefused(office.post(page, page + "/groups", Map.of("code", "Khối Thử", "name", "Khối", "nameEn", "Group",
				"membersLabel", "xã", "membersLabelEn", "communes")), "Mã: chỉ gồm chữ thường không dấu");
		// an empty code is said once, as empty
		HttpResponse<String> empty = office.post(page, page,
				Map.of("groupId", Long.toString(this.groupId), "code", "", "kind", "COMMUNE", "name", "Thử"));
		assertRefused(empty, "Mã: không được để trống");
		assertThat(empty.body()).doesNotContain("Mã: chỉ gồm chữ thường không dấu");
		String unitPage = page + "/dak-po";
		for (String date : List.of("9999-12-31", "0001-01-01", "+999999999-12-31")) {
			assertRefused(
					office.post(unitPage, unitPage + "/rename",
							Map.of("name", "Thị xã Đak Pơ", "kind", "TOWN", "effectiveOn", date, "reason",
									"Nghị quyết")),
					"Ngày có hiệu lực: phải từ ngày 02/09/1945 đến năm năm sau hôm nay");
		}
		assertRefused(
				office.post(unitPage, unitPage + "/deactivate",
						Map.of("effectiveOn", "31/12/2025", "reason", "Nghị quyết")),
				"Ngày có hiệu lực: “31/12/2025” không phải là một ngày hợp lệ");
		assertRefused(office.post(unitPage, unitPage + "/deactivate", Map.of("effectiveOn", "2025-12-31")),
				"Lý do (căn cứ): không được để trống");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void accountFormsRefuseUnreadableChoicesNamingTheField() {
		WebClient admin = signedIn("admin");
		String page = "/admin/identity/accounts";
		Map<String, Long> before = counts();
		assertRefused(
				admin.post(page, page, Map.of("username", "nguoi.thu", "displayName", "Người thử", "role", "FOO")),
				"Vai trò: “FOO” không có trong các lựa chọn");
		assertRefused(admin.post(page, page,
				Map.of("username", "nguoi.thu", "displayName", "Người thử", "role", "UNIT_OFFICER", "unitId", "abc")),
				"Đơn vị: “abc” không phải là một số nguyên");
		assertRefused(
				admin.post(page, page,
						Map.of("username", "x".repeat(100_000), "displayName", "Người thử", "role", "PAR_OFFICE")),
				"Tên đăng nhập: phải dài từ 3 đến 60 ký tự");
		long appraiser = this.jdbc.sql("select id from identity_account where username = 'thamdinh'")
			.query(Long.class)
			.single();
		String areas = page + "/" + appraiser + "/areas";
		assertRefused(admin.post(areas, areas, Map.of("set", "abc")), "set", "abc");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void fiftyIdenticalIndexSetsAtOnceCreateOne() throws Exception {
		String page = "/admin/methodology/index-sets";
		List<HttpResponse<String>> responses = atOnce(50, "sonoivu",
				(client) -> client.post(page, page, createSet("2040", "Bộ chỉ số năm 2040", "64")));
		assertOneCreated(responses, "Đã có bộ chỉ số năm 2040 của khối đơn vị này.");
		assertThat(count("select count(*) from methodology_index_set where index_year = 2040")).isEqualTo(1);
	}

	@Test
	void fiftyIdenticalUnitsAtOnceCreateOne() throws Exception {
		String page = "/admin/organization/units";
		List<HttpResponse<String>> responses = atOnce(50, "sonoivu",
				(client) -> client.post(page, page, Map.of("groupId", Long.toString(this.groupId), "code",
						"xa-dong-thoi", "kind", "COMMUNE", "name", "Xã Đồng Thời")));
		assertOneCreated(responses, "Mã xa-dong-thoi đã được dùng.");
		assertThat(count("select count(*) from organization_unit where code = 'xa-dong-thoi'")).isEqualTo(1);
	}

	@Test
	void fiftyIdenticalUnitGroupsAtOnceCreateOne() throws Exception {
		String page = "/admin/organization/units";
		List<HttpResponse<String>> responses = atOnce(50, "sonoivu",
				(client) -> client.post(page, page + "/groups",
						Map.of("code", "khoi-dong-thoi", "name", "Khối đồng thời", "nameEn", "Concurrent group",
								"membersLabel", "xã", "membersLabelEn", "communes")));
		assertOneCreated(responses, "Mã khối khoi-dong-thoi đã được dùng.");
		assertThat(count("select count(*) from organization_unit_group where code = 'khoi-dong-thoi'")).isEqualTo(1);
	}

	@Test
	void fiftyIdenticalCycleOpeningsAtOnceOpenOne() throws Exception {
		IndexSetView set = this.editor.createDraft(new IndexSetEditor.CreateDraft(2043, this.groupId,
				"Bộ chỉ số năm 2043", "", Optional.of(this.set2022.id()), maxima(), BigDecimal.ONE, BigDecimal.ONE));
		String page = "/admin/assessment/cycles";
		List<HttpResponse<String>> responses = atOnce(50, "sonoivu",
				(client) -> client.post(page, page, Map.of("indexSetId", Long.toString(set.id()))));
		assertOneCreated(responses, "Bộ chỉ số năm 2043 đã có kỳ đánh giá.");
		assertThat(count("select count(*) from assessment_cycle where index_set_id = " + set.id())).isEqualTo(1);
	}

	/** Sends the same request from so many signed-in browsers at the same moment. */
	private List<HttpResponse<String>> atOnce(int times, String username, Request request) throws Exception {
		List<WebClient> clients = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			clients.add(signedIn(username));
		}
		ExecutorService pool = Executors.newFixedThreadPool(times);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (WebClient client : clients) {
				Callable<HttpResponse<String>> call = () -> {
					start.await();
					return request.send(client);
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * One request was answered with the redirect to what it created; every other one saw
	 * the clash explained, and none failed.
	 */
	private void assertOneCreated(List<HttpResponse<String>> responses, String clash) {
		assertThat(responses).extracting(HttpResponse::statusCode)
			.allSatisfy((status) -> assertThat(status).as("no request fails").isLessThan(500));
		List<HttpResponse<String>> created = new ArrayList<>();
		for (HttpResponse<String> response : responses) {
			if (response.statusCode() == 302) {
				created.add(response);
			}
			else {
				assertThat(response.body()).as("a refused duplicate says why").contains(clash);
			}
		}
		assertThat(created).as("exactly one is created").hasSize(1);
	}

	/**
	 * Issue 9, num9 F1: the live score's hint and the save's message are built from what
	 * was typed: "0.250" says to write 0,25 (never "1 hoặc 1,000"), "12.500" names 12500
	 * and 12,5; a count typed "1.000" is a thousand, never ambiguous.
	 */
	@Test
	void theHintForAnAmbiguousNumberIsBuiltFromWhatWasTyped() {
		WebClient officer = signedIn("dakpo.canbo");
		String page = "/assessment/cycles/" + this.cycle2022.id() + "/unit";
		String preview = page + "/preview";
		assertThat(officer.page(preview + "?leaf=1.4&input.1.4.score=0.250").body())
			.contains("Không rõ nghĩa: viết 0,25 (dấu phẩy thập phân)")
			.doesNotContain("1,000");
		assertThat(officer.page(preview + "?leaf=1.4&input.1.4.score=12.500").body())
			.contains("Không rõ nghĩa: “12.500” là 12500 hay 12,5? Viết 12,5");
		assertThat(officer.page(preview + "?leaf=1.4&input.1.4.score=0.250&lang=en").body())
			.contains("Ambiguous: write 0.25");
		assertThat(officer.page(preview + "?leaf=1.1.2&input.1.1.2.actual=1.000&input.1.1.2.base=2.000&lang=vi").body())
			.doesNotContain("Không rõ nghĩa");

		String version = version(officer.page(page + "?area=1").body(), "1.4");
		Map<String, Long> before = counts();
		HttpResponse<String> response = officer.post(page, page + "?area=1&lang=vi",
				Map.of("leaf", "1.4", "version.1.4", version, "input.1.4.score", "0.250"));
		assertRefused(response, "Tiêu chí 1.4 — Điểm tự chấm: “0.250” không rõ nghĩa", "hãy viết 0,25.",
				"Không rõ nghĩa: viết 0,25 (dấu phẩy thập phân)");
		assertThat(response.body()).as("what was typed is kept").contains("value=\"0.250\"");
		assertThat(counts()).isEqualTo(before);
	}

	/**
	 * Issue 9, num9 F2: the submission's confirmation says first, before the totals and
	 * the button, what would keep the dossier from being submitted, each criterion linked
	 * to its card on its area's page; then the unit's totals by component and area.
	 */
	@Test
	void theSubmissionConfirmationSaysFirstWhatKeepsItFromBeingSubmitted() {
		WebClient leader = signedIn("dakpo.lanhdao");
		String page = "/assessment/cycles/" + this.cycle2022.id() + "/unit";
		String body = leader.page(page + "/submit").body();
		org.jsoup.nodes.Element blockers = org.jsoup.Jsoup.parse(body).getElementById("submit-blockers");
		assertThat(blockers).as("a draft with criteria not entered").isNotNull();
		assertThat(blockers.text()).contains("Chưa nộp được: hồ sơ còn thiếu", "tiêu chí chưa nhập số liệu hoặc điểm");
		org.jsoup.select.Elements notEntered = blockers.select("li[data-not-entered]");
		long entered = this.jdbc
			.sql("select count(*) from assessment_leaf_entry e where e.index_set_id = ? and e.unit_id = ? "
					+ "and exists (select 1 from assessment_leaf_input i where i.entry_id = e.id)")
			.params(this.set2022.id(), this.organization.findUnit("dak-po").orElseThrow().id())
			.query(Long.class)
			.single();
		// the unit enters the appraisal's leaves; the survey's come from the survey
		long leaves = this.set2022.nodes()
			.stream()
			.filter((node) -> node.component().filter(Component.APPRAISAL::equals).isPresent())
			.count();
		assertThat(notEntered).hasSize((int) (leaves - entered));
		String code = notEntered.first().attr("data-not-entered");
		String area = code.substring(0, code.indexOf('.'));
		assertThat(notEntered.first().selectFirst("a").attr("href"))
			.isEqualTo(page + "?area=" + area + "#leaf-" + code);
		assertThat(notEntered.first().text()).startsWith("Tiêu chí " + code + " — ");
		assertThat(leader.page(page + "?area=" + area).body()).contains("id=\"leaf-" + code + "\"");
		assertThat(body.indexOf("id=\"submit-blockers\"")).isLessThan(body.indexOf("id=\"self-totals\""));
		assertThat(body.indexOf("id=\"self-totals\"")).isLessThan(body.indexOf("name=\"confirmed\""));
		assertThat(body).contains("data-total=\"APPRAISAL\"", "data-area-total=\"1\"");
	}

	@FunctionalInterface
	private interface Request {

		HttpResponse<String> send(WebClient client);

	}

	private static void assertRefused(HttpResponse<String> response, String... fragments) {
		assertThat(response.statusCode()).as("status of a refused form").isEqualTo(400);
		assertThat(response.body()).contains(fragments).doesNotContain(FOREIGN_MESSAGE);
	}

	private WebClient signedIn(String username) {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private static String version(String page, String leaf) {
		Matcher matcher = Pattern.compile("name=\"version\\." + Pattern.quote(leaf) + "\" value=\"(-?\\d+)\"")
			.matcher(page);
		assertThat(matcher.find()).as("version field of %s", leaf).isTrue();
		return matcher.group(1);
	}

	private static Map<String, String> deadlineForm(String page) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String field : List.of("selfAssessmentUntil", "appraisalUntil", "explanationUntil", "councilUntil",
				"publicationOn")) {
			Matcher matcher = Pattern.compile("name=\"" + field + "\" value=\"([^\"]+)\"").matcher(page);
			assertThat(matcher.find()).as(field).isTrue();
			form.put(field, matcher.group(1));
		}
		return form;
	}

	private Map<String, String> createSet(String year, String name, String appraisalMax) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("year", year);
		form.put("unitGroupId", Long.toString(this.groupId));
		form.put("name", name);
		form.put("legalBasis", "");
		form.put("copyFrom", "");
		form.put("appraisalMax", appraisalMax);
		form.put("surveyMax", "30");
		form.put("bonusCap", "6");
		form.put("deductionCap", "8");
		return form;
	}

	/** A node form with a fresh code, changed by the given name-value pairs. */
	private static Map<String, String> node(String... changes) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("originalCode", "");
		form.put("code", "9");
		form.put("parentCode", "");
		form.put("name", "Lĩnh vực thử");
		form.put("nameEn", "");
		form.put("component", "");
		form.put("rule", "");
		form.put("guidance", "");
		form.put("evidence", "");
		for (int i = 0; i < changes.length; i += 2) {
			form.put(changes[i], changes[i + 1]);
		}
		return form;
	}

	private static Map<Component, BigDecimal> maxima() {
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.APPRAISAL, new BigDecimal("64"));
		maxima.put(Component.SURVEY, new BigDecimal("30"));
		return maxima;
	}

	private String deadlines(long cycleId) {
		return this.jdbc
			.sql("select self_assessment_until, appraisal_until, explanation_until, council_until, "
					+ "publication_on from assessment_cycle where id = ?")
			.param(cycleId)
			.query((row, n) -> row.getObject(1) + " " + row.getObject(2) + " " + row.getObject(3) + " "
					+ row.getObject(4) + " " + row.getObject(5))
			.single() + " units=" + count("select count(*) from assessment_cycle_unit where cycle_id = " + cycleId);
	}

	/** Rows of every table a refused form could have written. */
	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("methodology_index_set", "methodology_node", "assessment_leaf_entry",
				"assessment_leaf_input", "assessment_leaf_event", "assessment_evidence", "assessment_adjustment",
				"assessment_cycle", "reporting_publication", "organization_unit", "organization_unit_group",
				"organization_unit_event", "identity_account", "identity_appraiser_area")) {
			counts.put(table, count("select count(*) from " + table));
		}
		counts.put("inputs", count("select count(*) from assessment_leaf_input where input_value > 1000000"));
		return counts;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/** The application's clock, moved by a test past a deadline and back. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Clock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now(), ZoneId.of("Asia/Ho_Chi_Minh"));
		}

	}

}
