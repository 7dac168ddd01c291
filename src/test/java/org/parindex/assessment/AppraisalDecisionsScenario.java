package org.parindex.assessment;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The later stages of the demo's 2022 year as the walk of issue 9 met them (appr9), the
 * year moved by the demo's stage mover: round 1 scores every criterion (F7 of the demo),
 * the council's decisions ask first and take a reason (F7), a refused appraisal save says
 * every fault at once, naming each criterion by code and name (F4), points fields refuse
 * the ambiguous {@code 1.000}, and the scorecard shows the self-score beside an adjusted
 * score (F16). Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class AppraisalDecisionsScenario {

	private static final String PASSWORD = "parindex-demo";

	@LocalServerPort
	int port;

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

	@BeforeEach
	void findTheYearInProgress() {
		// the set-up the workflow scenarios share (review D3)
		YearInProgress year = YearInProgress.find(this.organization, this.methodology, this.cycles);
		this.set = year.set();
		this.cycle = year.cycle();
		this.dakPo = year.dakPo();
	}

	@Test
	void theCouncilStageScoresEverythingAsksFirstAndNamesEveryFault() {
		String preview = "/assessment/cycles/" + this.cycle.id() + "/unit/preview";
		WebClient officer = signedIn("dakpo.canbo");
		// self-assessment: a manual score of 1.000 is a thousand or one; 1,000 is one
		assertThat(officer.page(preview + "?leaf=1.4&input.1.4.score=1.000").body())
			.contains("Không rõ nghĩa: “1.000” là 1000 hay 1? Viết 1");
		assertThat(officer.page(preview + "?leaf=1.4&input.1.4.score=1,000").body()).doesNotContain("Không rõ nghĩa");

		WebClient office = signedIn("sonoivu");
		assertThat(
				office.post("/admin/demo/stage", "/admin/demo/stage", Map.of("stage", "COUNCIL", "confirmed", "true"))
					.statusCode())
			.isEqualTo(302);
		// round 1 of the moves scored every criterion of every submitted dossier, also
		// those whose self-assessed points have more than four decimals
		assertThat(this.jdbc.sql("""
				select count(*) from assessment_leaf_entry e join assessment_dossier d
				    on d.index_set_id = e.index_set_id and d.unit_id = e.unit_id
				where e.index_set_id = ? and d.status = 'SUBMITTED' and e.round1_points is null
				""").param(this.set.id()).query(Long.class).single()).isZero();
		// a self-score accepted at the points column's four decimals is no change: Ayun
		// Pa, whose every score round 1 accepted, is not marked changed in the council's
		// table, and no rounding asks the PAR office for a public reason (walk of 02/12)
		org.jsoup.nodes.Element ayunPa = Jsoup
			.parse(signedIn("hoidong").page("/assessment/cycles/" + this.cycle.id() + "/council").body())
			.selectFirst("tr[data-unit=ayun-pa]");
		assertThat(ayunPa).isNotNull();
		assertThat(ayunPa.hasClass("table-warning")).isFalse();
		assertThat(this.jdbc.sql("""
				select count(*) from assessment_leaf_entry
				where index_set_id = ? and public_reason like '%làm tròn%'
				""").param(this.set.id()).query(Long.class).single()).isZero();
		assertThat(Jsoup
			.parse(signedIn("hoidong").page("/assessment/cycles/" + this.cycle.id() + "/council/approval").body())
			.select("[data-missing=ROUND_ONE_UNFINISHED]")
			.eachText()).noneMatch((text) -> text.endsWith("theo điểm tự chấm"));

		// a proposal of 1.000 points is refused, naming the field and how to write it
		String councilPage = "/assessment/cycles/" + this.cycle.id() + "/council";
		HttpResponse<String> ambiguous = office.post(councilPage,
				"/assessment/cycles/" + this.cycle.id() + "/adjustments",
				Map.of("unitId", Long.toString(this.dakPo.id()), "kind", "BONUS", "points", "1.000", "reason",
						"Sáng kiến được công nhận", "evidence", "Quyết định 12/QĐ-UBND"));
		assertThat(ambiguous.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(ambiguous.body()).text()).contains("“1.000” không rõ nghĩa",
				"là 1000 (dấu chấm ngăn hàng nghìn) hay 1 (dấu chấm thập phân)", "hãy viết 1.", this.dakPo.name());
		assertThat(adjustments()).isZero();
		// an unreadable proposal says how to write points within the bonus cap (issue 9,
		// #4)
		HttpResponse<String> unreadable = office.post(councilPage,
				"/assessment/cycles/" + this.cycle.id() + "/adjustments",
				Map.of("unitId", Long.toString(this.dakPo.id()), "kind", "BONUS", "points", "abc", "reason",
						"Sáng kiến được công nhận", "evidence", "Quyết định 12/QĐ-UBND"));
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(unreadable.body()).text())
			.contains("“abc” không phải là một số điểm: hãy viết số từ 0 đến " + vietnamese(this.set.bonusCap())
					+ ", phần thập phân sau dấu phẩy (ví dụ " + vietnamese(decimalWithin(this.set.bonusCap())) + ")");
		assertThat(adjustments()).isZero();
		assertThat(
				office.post(councilPage, "/assessment/cycles/" + this.cycle.id() + "/adjustments",
						Map.of("unitId", Long.toString(this.dakPo.id()), "kind", "BONUS", "points", "0,5", "reason",
								"Sáng kiến được công nhận", "evidence", "Quyết định 12/QĐ-UBND"))
					.statusCode())
			.isEqualTo(302);
		long proposed = this.jdbc.sql("select id from assessment_adjustment where index_set_id = ?")
			.param(this.set.id())
			.query(Long.class)
			.single();

		// F7: rejecting asks first, stating the consequence, and changes nothing
		WebClient council = signedIn("hoidong");
		String decide = "/assessment/cycles/" + this.cycle.id() + "/adjustments/" + proposed;
		HttpResponse<String> asked = council.post(councilPage, decide, Map.of("approve", "false"));
		assertThat(asked.statusCode()).isEqualTo(200);
		Document question = Jsoup.parse(asked.body());
		assertThat(question.select("#adjustment-confirm").text()).contains("không chấp thuận", "không thể hoàn tác",
				this.dakPo.name());
		assertThat(question.select("#adjustment-confirm textarea[name=reason]")).hasSize(1);
		// the buttons and the question post to the question's place on the page, so that
		// a
		// phone lands on it, not 4.000 px above it (walk of 02/12)
		assertThat(Jsoup.parse(council.page(councilPage).body())
			.select("form[action*=/adjustments/" + proposed + "]")
			.eachAttr("action")).isNotEmpty().allMatch((action) -> action.endsWith("#adjustment-confirm"));
		assertThat(question.select("#adjustment-confirm form").attr("action")).endsWith("#adjustment-confirm");
		assertThat(status(proposed)).isEqualTo("PROPOSED");
		// confirmed without a reason: refused naming the field, nothing changes
		HttpResponse<String> noReason = council.post(councilPage, decide,
				Map.of("approve", "false", "confirmed", "true", "reason", "   "));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(noReason.body()).text()).contains("Lý do quyết định (Điểm thưởng cho "
				+ this.dakPo.name() + "): cần ghi lý do Hội đồng không chấp thuận đề xuất; chưa có gì thay đổi");
		assertThat(status(proposed)).isEqualTo("PROPOSED");
		assertThat(audits(proposed)).isZero();
		// with a reason: decided, the reason stored, audited and shown
		assertThat(council
			.post(councilPage, decide,
					Map.of("approve", "false", "confirmed", "true", "reason", "Sáng kiến chưa được cấp tỉnh công nhận"))
			.statusCode()).isEqualTo(302);
		assertThat(status(proposed)).isEqualTo("REJECTED");
		assertThat(this.jdbc.sql("select decision_reason from assessment_adjustment where id = ?")
			.param(proposed)
			.query(String.class)
			.single()).isEqualTo("Sáng kiến chưa được cấp tỉnh công nhận");
		assertThat(this.jdbc
			.sql("select reason from identity_audit_event where entity_type = 'adjustment' and entity_id = ? "
					+ "and action = 'decided'")
			.param(Long.toString(proposed))
			.query(String.class)
			.single()).isEqualTo("Sáng kiến chưa được cấp tỉnh công nhận");
		assertThat(
				Jsoup.parse(office.page(councilPage).body()).select("[data-decision-reason=" + proposed + "]").text())
			.isEqualTo("Lý do: Sáng kiến chưa được cấp tỉnh công nhận");

		// F4: a refused round-2 save says every fault at once, each naming the
		// criterion (code and name) and the field, and keeps what was typed (a unit
		// that submitted: Đak Pơ's draft was locked)
		long submitted = this.jdbc
			.sql("select min(unit_id) from assessment_dossier where index_set_id = ? and status = 'SUBMITTED'")
			.param(this.set.id())
			.query(Long.class)
			.single();
		String unitPage = "/assessment/cycles/" + this.cycle.id() + "/units/" + submitted;
		// the council's inputs show the scores at the index set's published precision
		// (0,54, never the stored 0,5399; issue 9, #9), and a form sent back as shown
		// keeps the exact stored scores
		int places = this.set.publishedPlaces();
		String storedScores = "select leaf_code || '=' || coalesce(cast(round1_points as varchar(40)), '') || '/' "
				+ "|| coalesce(cast(final_points as varchar(40)), '') from assessment_leaf_entry "
				+ "where index_set_id = ? and unit_id = ? order by leaf_code";
		List<java.math.BigDecimal> round1 = this.jdbc
			.sql("select round1_points from assessment_leaf_entry where index_set_id = ? and unit_id = ? "
					+ "and round1_points is not null")
			.params(this.set.id(), submitted)
			.query(java.math.BigDecimal.class)
			.list();
		assertThat(round1).as("round 1's exact scores").anyMatch((p) -> p.stripTrailingZeros().scale() > places);
		List<String> before = this.jdbc.sql(storedScores).params(this.set.id(), submitted).query(String.class).list();
		String councilView = council.page(unitPage).body();
		assertThat(Jsoup.parse(councilView).select("input[name^=points.]").eachAttr("value")).isNotEmpty()
			.allSatisfy(
					(value) -> assertThat(value).as("a prefilled score").matches("(\\d+(,\\d{1," + places + "})?)?"));
		assertThat(council.submit(WebClient.form(councilView, unitPage)).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql(storedScores).params(this.set.id(), submitted).query(String.class).list())
			.as("the exact scores, after the form went back as shown")
			.isEqualTo(before);
		WebClient.Form form = WebClient.form(council.page(unitPage).body(), unitPage);
		List<Map.Entry<String, String>> fields = form.fields();
		List<String> codes = fields.stream().filter((f) -> f.getKey().equals("leaf")).map(Map.Entry::getValue).toList();
		assertThat(codes).hasSizeGreaterThanOrEqualTo(3);
		String ambiguousLeaf = codes.get(0);
		String overLeaf = codes.get(1);
		String unreadableLeaf = codes.get(2);
		Map<String, String> typed = Map.of("points." + ambiguousLeaf, "1.000", "points." + overLeaf, "99",
				"reason." + overLeaf, "", "points." + unreadableLeaf, "abc");
		fields.replaceAll((f) -> typed.containsKey(f.getKey()) ? Map.entry(f.getKey(), typed.get(f.getKey())) : f);
		long events = leafEvents();
		HttpResponse<String> refused = council.submit(form);
		assertThat(refused.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(refused.body());
		String errors = page.text();
		assertThat(errors).contains(named(ambiguousLeaf, "Điểm thẩm định") + ": “1.000” không rõ nghĩa",
				named(unreadableLeaf, "Điểm thẩm định") + ": “abc” không phải là một số",
				named(overLeaf, "Điểm thẩm định") + ": ");
		// an unreadable score says how to write points that fit its criterion, a decimal
		// within its maximum, never "75,5" (issue 9, #4)
		java.math.BigDecimal unreadableMax = this.set.nodes()
			.stream()
			.filter((node) -> node.code().equals(unreadableLeaf))
			.findFirst()
			.orElseThrow()
			.maxPoints();
		assertThat(errors)
			.contains("“abc” không phải là một số điểm: hãy viết số từ 0 đến " + vietnamese(unreadableMax)
					+ ", phần thập phân sau dấu phẩy (ví dụ " + vietnamese(decimalWithin(unreadableMax)) + ")")
			.doesNotContain("75,5");
		// a score that is not valid (unreadable, over the maximum) is the only fault said
		// of its criterion: no "reason required" until the score is valid (issue 9, #5)
		for (String leaf : List.of(ambiguousLeaf, overLeaf, unreadableLeaf)) {
			assertThat(errors).as("criterion %s", leaf).doesNotContain(named(leaf, "Lý do công khai"));
			assertThat(page.select("textarea[name=\"reason." + leaf + "\"].is-invalid")).as("criterion %s", leaf)
				.isEmpty();
		}
		assertThat(page.select("input[name=\"points." + ambiguousLeaf + "\"]").val()).isEqualTo("1.000");
		assertThat(page.select("input[name=\"points." + overLeaf + "\"]").val()).isEqualTo("99");
		assertThat(page.select("input[name=\"points." + unreadableLeaf + "\"]").val()).isEqualTo("abc");
		assertThat(leafEvents()).as("nothing saved").isEqualTo(events);
	}

	@Test
	void correctionsReadPointsUnambiguouslyAndNameWhatTheyReplace() {
		WebClient office = signedIn("sonoivu");
		assertThat(office
			.post("/admin/demo/stage", "/admin/demo/stage", Map.of("stage", "PUBLICATION", "confirmed", "true"))
			.statusCode()).isEqualTo(302);
		String page = "/admin/reporting/cycles/" + this.cycle.id() + "/publication";
		String corrections = "/admin/reporting/cycles/" + this.cycle.id() + "/corrections";
		// points of 1.000: a thousand or one? Refused naming the field
		HttpResponse<String> ambiguous = office.post(page, corrections, Map.of("unitId", Long.toString(this.dakPo.id()),
				"leafCode", "1.4", "points", "1.000", "reason", "Sai sót khi nhập"));
		assertThat(ambiguous.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(ambiguous.body()).text()).contains("Điểm thẩm định: “1.000” không rõ nghĩa",
				"là 1000 (dấu chấm ngăn hàng nghìn) hay 1 (dấu chấm thập phân)", "hãy viết 1.");
		// F16: a corrected manual score shows the unit's self-score beside it
		java.math.BigDecimal self = this.jdbc.sql("""
				select i.input_value from assessment_leaf_input i join assessment_leaf_entry e on e.id = i.entry_id
				where e.index_set_id = ? and e.unit_id = ? and e.leaf_code = '1.4'
				""").params(this.set.id(), this.dakPo.id()).query(java.math.BigDecimal.class).single();
		String corrected = (self.compareTo(new java.math.BigDecimal("0.25")) == 0) ? "0,5" : "0,25";
		assertThat(office
			.post(page, corrections,
					Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", "1.4", "points", corrected, "reason",
							"Sai sót khi nhập", "publicReason", "Chưa đủ tài liệu kiểm chứng", "confirmed", "true"))
			.statusCode()).isEqualTo(302);
		String scorecard = new WebClient(this.port)
			.page("/reporting/scorecards/2022/gia-lai-district/" + this.dakPo.code())
			.body();
		// called a correction, from the points published to the corrected ones, never
		// "self-assessed → appraised" (walk A of 02/12, finding 4)
		assertThat(Jsoup.parse(scorecard).select("[data-overridden=1.4]")).isEmpty();
		assertThat(Jsoup.parse(scorecard).select("[data-corrected=1.4]").text())
			.matches("Đính chính sau công bố: \\d+,\\d\\d → " + Pattern.quote(corrected.equals("0,5") ? "0,50" : "0,25")
					+ " điểm \\(đơn vị tự chấm "
					+ Pattern.quote(String.format(java.util.Locale.ROOT, "%.2f", self).replace('.', ',')) + "\\)");
		// F20: the notices name the unit, its total and its rank, before and after
		String standing = "^" + Pattern.quote(this.dakPo.name())
				+ ": tổng điểm \\d+,\\d\\d → \\d+,\\d\\d, xếp hạng \\d+/17 → \\d+/17\\.$";
		assertThat(Jsoup.parse(office.page(page).body()).select("[data-standing]").text()).matches(standing);
		assertThat(Jsoup.parse(scorecard).select("#corrected [data-standing]").text()).matches(standing);
		assertThat(Jsoup.parse(signedIn("dakpo.canbo").page("/account").body()).text())
			.containsPattern("đính chính kết quả năm 2022 của " + Pattern.quote(this.dakPo.name())
					+ " ngày .*Tổng điểm \\d+,\\d\\d → \\d+,\\d\\d, xếp hạng \\d+/17 → \\d+/17\\.");
		// F22: a correction by figures names the old points and figures and the new ones
		String ratio = this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == org.parindex.engine.Component.APPRAISAL
					&& leaf.rule().inputNames().equals(List.of("actual", "base")))
			.map(org.parindex.engine.Leaf::code)
			.findFirst()
			.orElseThrow();
		Map<String, java.math.BigDecimal> entered = new java.util.HashMap<>();
		this.jdbc.sql("""
				select i.input_name, i.input_value from assessment_leaf_input i
				join assessment_leaf_entry e on e.id = i.entry_id
				where e.index_set_id = ? and e.unit_id = ? and e.leaf_code = ?
				""").params(this.set.id(), this.dakPo.id(), ratio).query((row) -> {
			entered.put(row.getString(1), row.getBigDecimal(2));
		});
		long base = entered.get("base").longValue();
		long actual = Math.max(0, entered.get("actual").longValue() - 1);
		assertThat(office.post(page, corrections,
				Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", ratio, "actual", Long.toString(actual),
						"base", Long.toString(base), "reason", "Số liệu thống kê sai", "publicReason",
						"Tỷ lệ hồ sơ đạt thấp hơn chỉ tiêu", "confirmed", "true"))
			.statusCode()).isEqualTo(302);
		Map<String, Object> audit = this.jdbc.sql("""
				select old_value, new_value from identity_audit_event
				where entity_type = 'leaf' and entity_id = ? and action = 'correction-corrected'
				""").param(this.set.id() + "/" + this.dakPo.id() + "/" + ratio).query().singleRow();
		assertThat((String) audit.get("old_value")).startsWith(
				"actual=" + entered.get("actual").stripTrailingZeros().toPlainString() + ", base=" + base + " → ");
		assertThat((String) audit.get("new_value")).startsWith("actual=" + actual + ", base=" + base + " → ")
			.endsWith("; Số liệu thống kê sai");
		assertThat(Jsoup.parse(signedIn("admin").page("/admin/audit").body()).text()).contains("Số đạt "
				+ java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi")).format(actual));
		// the corrected figures are kept (not only in the history's text), the unit's own
		// stay as entered, and the scorecard shows the corrected figures beside the
		// points the rule gives for them, so the shown parts add up (issue 9)
		Map<String, java.math.BigDecimal> kept = new java.util.HashMap<>();
		this.jdbc.sql("""
				select input_name, input_value from assessment_leaf_corrected_input
				where index_set_id = ? and unit_id = ? and leaf_code = ?
				""").params(this.set.id(), this.dakPo.id(), ratio).query((row) -> {
			kept.put(row.getString(1), row.getBigDecimal(2));
		});
		assertThat(kept).containsOnlyKeys("actual", "base");
		assertThat(kept.get("actual")).isEqualByComparingTo(java.math.BigDecimal.valueOf(actual));
		assertThat(kept.get("base")).isEqualByComparingTo(java.math.BigDecimal.valueOf(base));
		org.parindex.engine.Leaf leaf = this.set.definition()
			.leaves()
			.stream()
			.filter((l) -> l.code().equals(ratio))
			.findFirst()
			.orElseThrow();
		java.math.BigDecimal given = leaf.rule()
			.evaluate(ratio, leaf.maxPoints(),
					Map.of("actual", java.math.BigDecimal.valueOf(actual), "base", java.math.BigDecimal.valueOf(base)))
			.points();
		java.math.BigDecimal published = this.jdbc
			.sql("""
					select n.points from reporting_publication_node n join reporting_publication p on p.id = n.publication_id
					where p.index_set_id = ? and n.unit_id = ? and n.node_code = ?
					order by p.revision desc limit 1
					""")
			.params(this.set.id(), this.dakPo.id(), ratio)
			.query(java.math.BigDecimal.class)
			.single();
		assertThat(published).as("the points the corrected figures give").isEqualByComparingTo(given);
		java.text.NumberFormat vi = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi"));
		Document card = Jsoup
			.parse(new WebClient(this.port).page("/reporting/scorecards/2022/gia-lai-district/" + this.dakPo.code())
				.body());
		assertThat(card.select("tr[data-code=" + ratio + "] .scorecard-inputs").text())
			.as("the corrected figures, not the unit's %s", entered)
			.isEqualTo(vi.format(actual) + " / " + vi.format(base));
		assertThat(this.jdbc.sql("""
				select i.input_value from assessment_leaf_input i join assessment_leaf_entry e on e.id = i.entry_id
				where e.index_set_id = ? and e.unit_id = ? and e.leaf_code = ? and i.input_name = 'actual'
				""").params(this.set.id(), this.dakPo.id(), ratio).query(java.math.BigDecimal.class).single())
			.as("the unit's own figures stay as entered")
			.isEqualByComparingTo(entered.get("actual"));
	}

	/** "Tiêu chí 1.1.2 (name) — field", as a refusal names a criterion's field. */
	/**
	 * The decimal a points field's hint shows: its maximum when that has decimals (0,25),
	 * else half a point below it (0,5 for 1, 5,5 for 6).
	 */
	private static java.math.BigDecimal decimalWithin(java.math.BigDecimal max) {
		return (max.stripTrailingZeros().scale() > 0) ? max : max.subtract(new java.math.BigDecimal("0.5"));
	}

	/** A number as Vietnamese write it, without trailing zeros: 0,25; 1; 63,5. */
	private static String vietnamese(java.math.BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private String named(String code, String field) {
		String name = this.set.nodes()
			.stream()
			.filter((node) -> node.code().equals(code))
			.findFirst()
			.orElseThrow()
			.name();
		return "Tiêu chí " + code + " (" + name + ") — " + field;
	}

	/**
	 * Walk of 02/12, findings 4, 10, 11 and 12: undecided proposals block the approval by
	 * name and the ticks stay; the unit reads each decision on its dossier page and is
	 * told on its home page (never another unit's); the audit names the decisions and
	 * writes times as the other pages do.
	 */
	@Test
	void councilDecisionsReachTheUnitAndUndecidedOnesBlockTheApprovalByName() {
		WebClient office = signedIn("sonoivu");
		assertThat(
				office.post("/admin/demo/stage", "/admin/demo/stage", Map.of("stage", "COUNCIL", "confirmed", "true"))
					.statusCode())
			.isEqualTo(302);
		UnitView iaGrai = this.organization.findUnit("ia-grai").orElseThrow();
		String councilPage = "/assessment/cycles/" + this.cycle.id() + "/council";
		String propose = "/assessment/cycles/" + this.cycle.id() + "/adjustments";
		for (Map<String, String> proposal : List.of(
				Map.of("unitId", Long.toString(this.dakPo.id()), "kind", "BONUS", "points", "1,5", "reason",
						"Sáng kiến cải cách thủ tục được công nhận", "evidence", "Quyết định 12/QĐ-UBND"),
				Map.of("unitId", Long.toString(this.dakPo.id()), "kind", "DEDUCTION", "points", "0,5", "reason",
						"Vi phạm kỷ luật hành chính", "evidence", "KL 45/KL-TTr"),
				Map.of("unitId", Long.toString(iaGrai.id()), "kind", "BONUS", "points", "1", "reason",
						"Sáng kiến riêng của Ia Grai", "evidence", "Quyết định 99/QĐ-UBND"))) {
			assertThat(office.post(councilPage, propose, proposal).statusCode()).isEqualTo(302);
		}
		List<Long> ids = this.jdbc.sql("select id from assessment_adjustment where index_set_id = ? order by id")
			.param(this.set.id())
			.query(Long.class)
			.list();
		long bonus = ids.get(0);
		long deduction = ids.get(1);
		long other = ids.get(2);

		// finding 4: the preview lists the undecided proposals apart, as blocking, each
		// named with a link to decide it
		WebClient council = signedIn("hoidong");
		String approval = councilPage + "/approval";
		Document preview = Jsoup.parse(council.page(approval).body());
		assertThat(preview.select("#blocking-adjustments li").eachText()).hasSize(3)
			.anyMatch((item) -> item.startsWith(this.dakPo.name() + " · Điểm thưởng 1,50 điểm"))
			.anyMatch((item) -> item.startsWith(this.dakPo.name() + " · Điểm trừ 0,50 điểm"));
		assertThat(preview.select("#blocking-adjustments a").eachAttr("href"))
			.contains(councilPage + "#adjustment-" + bonus, councilPage + "#adjustment-" + deduction);
		assertThat(Jsoup.parse(council.page(councilPage).body()).select("#adjustment-" + bonus)).hasSize(1);
		// confirming refuses naming them, and keeps both ticks
		HttpResponse<String> refused = council.post(approval, approval,
				Map.of("confirmConsequence", "true", "confirmMissing", "true"));
		assertThat(refused.statusCode()).isEqualTo(302);
		Document again = Jsoup.parse(council.page(approval).body());
		assertThat(again.text()).contains("Chưa thông qua: còn 3 đề xuất điểm thưởng, điểm trừ chờ Hội đồng quyết định",
				this.dakPo.name() + " · Điểm trừ 0,50 điểm", iaGrai.name() + " · Điểm thưởng 1,00 điểm");
		assertThat(again.select("input[name=confirmConsequence]").hasAttr("checked")).isTrue();
		assertThat(again.select("input[name=confirmMissing]").hasAttr("checked")).isTrue();

		String refusal = "Quyết định công nhận sáng kiến thuộc năm 2023, không tính cho năm 2022.";
		for (Map.Entry<Long, Map<String, String>> decision : List.of(
				Map.entry(bonus, Map.of("approve", "false", "confirmed", "true", "reason", refusal)),
				Map.entry(deduction,
						Map.of("approve", "true", "confirmed", "true", "reason", "Có kết luận thanh tra 45/KL-TTr.")),
				Map.entry(other, Map.of("approve", "true", "confirmed", "true", "reason", "Đúng quy định")))) {
			assertThat(council
				.post(councilPage, "/assessment/cycles/" + this.cycle.id() + "/adjustments/" + decision.getKey(),
						decision.getValue())
				.statusCode()).isEqualTo(302);
		}

		// finding 10: the unit reads each proposal concerning it with the decision, and
		// never another unit's
		String unitPage = "/assessment/cycles/" + this.cycle.id() + "/unit";
		for (String account : List.of("dakpo.canbo", "dakpo.lanhdao")) {
			Document dossier = Jsoup.parse(signedIn(account).page(unitPage).body());
			assertThat(dossier.select("[data-unit-adjustment]").eachAttr("data-unit-adjustment"))
				.containsExactly(Long.toString(bonus), Long.toString(deduction));
			assertThat(dossier.text()).doesNotContain("Sáng kiến riêng của Ia Grai", "Quyết định 99/QĐ-UBND");
			org.jsoup.nodes.Element refusedBonus = dossier.selectFirst("[data-unit-adjustment=" + bonus + "]");
			assertThat(refusedBonus.select("h3").text()).isEqualTo("Điểm thưởng 1,50 điểm");
			assertThat(refusedBonus.select("[data-field=reason]").text())
				.isEqualTo("Sáng kiến cải cách thủ tục được công nhận");
			assertThat(refusedBonus.select("[data-field=evidence]").text()).isEqualTo("Quyết định 12/QĐ-UBND");
			assertThat(refusedBonus.select("[data-field=decision]").text()).isEqualTo("Không duyệt");
			assertThat(refusedBonus.select("[data-field=counted]").text()).isEqualTo("0,00 điểm");
			assertThat(refusedBonus.select("[data-field=decision-reason]").text()).isEqualTo(refusal);
			assertThat(refusedBonus.select("[data-field=decided]").text()).isNotEmpty().doesNotContain("hoidong");
			org.jsoup.nodes.Element approved = dossier.selectFirst("[data-unit-adjustment=" + deduction + "]");
			assertThat(approved.select("[data-field=decision]").text()).isEqualTo("Duyệt");
			assertThat(approved.select("[data-field=counted]").text()).isEqualTo("0,50 điểm");
			assertThat(approved.select("[data-field=evidence]").text()).isEqualTo("KL 45/KL-TTr");
		}
		// and is told on its home page, its reason's own full stop not doubled (finding
		// 12)
		String home = Jsoup.parse(signedIn("dakpo.canbo").page("/account").body()).text();
		assertThat(home)
			.contains("Hội đồng thẩm định đã không duyệt đề xuất điểm thưởng 1,50 điểm năm 2022 của đơn vị lúc ",
					"Lý do: Quyết định công nhận sáng kiến thuộc năm 2023, không tính cho năm 2022. Xem đề xuất",
					"Hội đồng thẩm định đã duyệt đề xuất điểm trừ 0,50 điểm năm 2022")
			.doesNotContain("2022..", "45/KL-TTr..", "Sáng kiến riêng của Ia Grai");

		// finding 11: the audit names each decision by unit, kind and points
		Document audit = Jsoup.parse(office.page("/admin/audit?type=adjustment").body());
		assertThat(audit.text())
			.contains(this.dakPo.name() + " · Điểm thưởng 1,50", this.dakPo.name() + " · Điểm trừ 0,50",
					iaGrai.name() + " · Điểm thưởng 1,00")
			.doesNotContain("Số " + bonus, "Số " + deduction);
		// times as everywhere else: 12h14 02/12/2026
		assertThat(audit.select("#audit tbody tr td:first-child, table tbody tr td:first-child").eachText())
			.isNotEmpty()
			.allMatch((time) -> time.matches("\\d{2}h\\d{2} \\d{2}/\\d{2}/\\d{4}"));
	}

	/**
	 * Walk of 02/12, finding 5 and the public side of finding 10: the reasons review
	 * filters by unit and state, returns to the row approved with its confirmation and
	 * approves a unit's reasons at once; once published, the public scorecard says what
	 * the approved deduction was for. The demo's stage mover accepts self-scores without
	 * reasons, so the appraisers' public reasons are written here for every appraised
	 * criterion that lost points.
	 */
	@Test
	void reasonsReviewKeepsItsPlaceAndTheScorecardSaysWhatADeductionWasFor() {
		WebClient office = signedIn("sonoivu");
		assertThat(
				office.post("/admin/demo/stage", "/admin/demo/stage", Map.of("stage", "COUNCIL", "confirmed", "true"))
					.statusCode())
			.isEqualTo(302);
		this.jdbc.sql(
				"update assessment_leaf_entry set public_reason = 'Chưa đủ hồ sơ chứng minh theo yêu cầu của tiêu chí.' "
						+ "where index_set_id = ? and public_reason = ''")
			.param(this.set.id())
			.update();
		String councilPage = "/assessment/cycles/" + this.cycle.id() + "/council";
		assertThat(
				office
					.post(councilPage, "/assessment/cycles/" + this.cycle.id() + "/adjustments",
							Map.of("unitId", Long.toString(this.dakPo.id()), "kind", "DEDUCTION", "points", "0,5",
									"reason", "Vi phạm kỷ luật hành chính", "evidence", "KL 45/KL-TTr"))
					.statusCode())
			.isEqualTo(302);
		long deduction = this.jdbc.sql("select id from assessment_adjustment where index_set_id = ?")
			.param(this.set.id())
			.query(Long.class)
			.single();
		WebClient council = signedIn("hoidong");
		assertThat(council
			.post(councilPage, "/assessment/cycles/" + this.cycle.id() + "/adjustments/" + deduction,
					Map.of("approve", "true", "confirmed", "true", "reason", "Có kết luận thanh tra 45/KL-TTr."))
			.statusCode()).isEqualTo(302);
		String approval = councilPage + "/approval";
		// the year can be approved once every proposal is decided
		assertThat(council.post(approval, approval, Map.of("confirmConsequence", "true", "confirmMissing", "true"))
			.headers()
			.firstValue("location")
			.orElse("")).endsWith("/council");

		// finding 5: the reasons review filters by unit and state, returns to the row
		// approved with its confirmation, keeps the filter, approves a unit's at once
		String reasons = "/admin/assessment/cycles/" + this.cycle.id() + "/reasons";
		// a unit with at least two reasons waiting (the stage mover's round 1 writes
		// them)
		List<String> every = Jsoup.parse(office.page(reasons).body()).select("tr[data-reason]").eachAttr("data-reason");
		String unitCode = every.stream()
			.map((row) -> row.substring(0, row.indexOf('/')))
			.filter((code) -> every.stream().filter((row) -> row.startsWith(code + "/")).count() >= 2)
			.findFirst()
			.orElseThrow();
		UnitView reviewedUnit = this.organization.findUnit(unitCode).orElseThrow();
		String filtered = reasons + "?unit=" + reviewedUnit.id() + "&state=pending";
		Document pending = Jsoup.parse(office.page(filtered).body());
		List<String> rows = pending.select("tr[data-reason]").eachAttr("data-reason");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2).allMatch((row) -> row.startsWith(unitCode + "/"));
		String code = rows.get(0).substring(unitCode.length() + 1);
		String key = reviewedUnit.id() + "-" + code;
		String replaced = pending.getElementById("text-" + key).text();
		HttpResponse<String> reviewed = office.post(filtered, reasons,
				Map.of("unitId", Long.toString(reviewedUnit.id()), "leafCode", code, "text",
						"Chưa công khai tiến độ, kết quả giải quyết hồ sơ.", "filterUnit",
						Long.toString(reviewedUnit.id()), "filterState", "pending"));
		assertThat(reviewed.statusCode()).isEqualTo(302);
		String back = reviewed.headers().firstValue("location").orElseThrow();
		assertThat(back).contains("unit=" + reviewedUnit.id(), "state=pending").endsWith("#reason-" + key);
		Document returned = Jsoup.parse(office.page(back.substring(back.indexOf("/admin"), back.indexOf('#'))).body());
		assertThat(returned.getElementById("reason-" + key)).isNotNull();
		assertThat(returned.getElementById("reason-" + key).select("#reason-just-reviewed").text())
			.isEqualTo("Đã duyệt lý do công khai của tiêu chí " + code + ".");
		assertThat(returned.select("tr[data-reason]").eachAttr("data-reason"))
			.allMatch((row) -> row.startsWith(unitCode + "/"));
		// the audit keeps the text replaced and the text approved, with the points
		String before = this.jdbc
			.sql("select old_value from identity_audit_event where entity_type = 'leaf' and entity_id = ? "
					+ "and action = 'reason-reviewed'")
			.param(this.set.id() + "/" + reviewedUnit.id() + "/" + code)
			.query(String.class)
			.single();
		assertThat(before).endsWith("; " + replaced).doesNotStartWith("—");
		assertThat(Jsoup.parse(office.page("/admin/audit?type=leaf").body()).text())
			.contains("lý do công khai: Chưa công khai tiến độ, kết quả giải quyết hồ sơ.")
			.doesNotContain("chưa có điểm; nhận xét: Chưa công khai tiến độ");
		// approve all of the unit: asked first, then done, the filter kept
		String unitReasons = reasons + "/unit";
		HttpResponse<String> asked = office.post(filtered, unitReasons,
				Map.of("unitId", Long.toString(reviewedUnit.id()), "state", "pending"));
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(asked.body()).select("#reasons-unit-confirm").text()).contains(reviewedUnit.name(),
				(rows.size() - 1) + " lý do công khai chờ duyệt");
		HttpResponse<String> all = office.post(filtered, unitReasons,
				Map.of("unitId", Long.toString(reviewedUnit.id()), "state", "pending", "confirmed", "true"));
		assertThat(all.statusCode()).isEqualTo(302);
		Document done = Jsoup.parse(office.page(filtered).body());
		assertThat(done.select("tr[data-reason]")).isEmpty();
		assertThat(done.text())
			.contains("Đã duyệt " + (rows.size() - 1) + " lý do công khai của " + reviewedUnit.name());

		// the public scorecard says what the approved deduction was for, never the
		// refused bonus: every unit's reasons approved at once, then published
		for (String unit : done.select("#filter-unit option").eachAttr("value")) {
			if (!unit.isEmpty()) {
				assertThat(office.post(reasons, unitReasons, Map.of("unitId", unit, "state", "", "confirmed", "true"))
					.statusCode()).isEqualTo(302);
			}
		}
		String publication = "/admin/reporting/cycles/" + this.cycle.id() + "/publication";
		assertThat(office
			.post(publication, "/admin/reporting/cycles/" + this.cycle.id() + "/publish",
					Map.of("confirmConsequence", "true", "confirmMissing", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(this.methodology.find(this.set.id()).orElseThrow().published()).isTrue();
		Document scorecard = Jsoup
			.parse(new WebClient(this.port).page("/reporting/scorecards/2022/gia-lai-district/dak-po").body());
		assertThat(scorecard.select("[data-counted-adjustment]").eachText())
			.containsExactly("Điểm trừ 0,50 điểm: Vi phạm kỷ luật hành chính (căn cứ: KL 45/KL-TTr)");
		assertThat(scorecard.text()).doesNotContain("Sáng kiến cải cách thủ tục");
	}

	private long adjustments() {
		return this.jdbc.sql("select count(*) from assessment_adjustment where index_set_id = ?")
			.param(this.set.id())
			.query(Long.class)
			.single();
	}

	private String status(long adjustment) {
		return this.jdbc.sql("select status from assessment_adjustment where id = ?")
			.param(adjustment)
			.query(String.class)
			.single();
	}

	private long audits(long adjustment) {
		return this.jdbc
			.sql("select count(*) from identity_audit_event where entity_type = 'adjustment' and entity_id = ? "
					+ "and action = 'decided'")
			.param(Long.toString(adjustment))
			.query(Long.class)
			.single();
	}

	private long leafEvents() {
		return this.jdbc.sql("select count(*) from assessment_leaf_event where index_set_id = ?")
			.param(this.set.id())
			.query(Long.class)
			.single();
	}

	private WebClient signedIn(String username) {
		return WebClient.signedIn(this.port, username, PASSWORD);
	}

}
