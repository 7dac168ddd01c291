package org.parindex.reporting.improvement;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.assessment.CycleService;
import org.parindex.identity.AuditEventView;
import org.parindex.identity.AuditQuery;
import org.parindex.identity.AuditTrail;
import org.parindex.identity.CreateAccount;
import org.parindex.identity.IdentityService;
import org.parindex.identity.Role;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The improvement plan through its pages (issue 12, item 7), on the demo: Đak Pơ's plan
 * after 2021 edited by its officer, refused input named at its field with nothing stored,
 * another unit refused, the PAR office's overview, and the 2022 self-assessment showing
 * last year's remedies beside the criteria. Its own context (it changes the demo's plan).
 * Run against H2 ({@link ImprovementPlanH2IT}) and PostgreSQL
 * ({@link ImprovementPlanPostgresIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "parindex.test.context=improvement-plan" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ImprovementPlanScenario {

	private static final String GROUP = "gia-lai-district";

	private static final String PASSWORD = "parindex-demo";

	private static final String PLAN = "/reporting/plans/2021/" + GROUP + "/dak-po";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	OrganizationService organization;

	@Autowired
	MethodologyService methodology;

	@Autowired
	CycleService cycles;

	@Autowired
	AuditTrail audit;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theUnitKeepsItsPlanAndSeesItInNextYearsSelfAssessment() {
		WebClient officer = WebClient.signedIn(this.port, "dakpo.canbo", PASSWORD);
		HttpResponse<String> page = officer.page(PLAN);
		assertThat(page.statusCode()).isEqualTo(200);
		String text = text(page.body());
		// prefilled from the published 2021 results: the lost criteria, their public
		// reasons, and the demo's remedies
		assertThat(text).contains("kế hoạch khắc phục sau năm 2021", "3.1",
				"Việc thực hiện rà soát, đánh giá thủ tục hành chính chưa được quan tâm thực hiện",
				"Ban hành kế hoạch rà soát, đánh giá thủ tục hành chính năm 2022", "Quá hạn chưa hoàn thành");
		// 3.2.1 scored its maximum: no remedy; three remedies past their 2022 deadlines,
		// not done
		assertThat(page.body()).contains("id=\"remedy-3.1\"", "id=\"remedy-7.1.1\"")
			.doesNotContain("id=\"remedy-3.2.1\"");
		// the 18 appraised criteria that lost points each have a remedy; the 8 survey
		// criteria are listed in their own section under one shared remedy, not as 8
		// more owners and deadlines
		assertThat(text).contains("18 tiêu chí thẩm định và 8 tiêu chí điều tra xã hội học bị trừ điểm",
				"cho đến khi kết quả năm 2022 được công bố");
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());
		assertThat(html.select("#plan-form > fieldset > fieldset.card")).hasSize(18 + 1);
		assertThat(html.select("#survey-losses #survey-table tbody tr").eachAttr("data-code")).containsExactly("1.6",
				"2.5", "3.6", "4.5", "5.7", "6.5", "7.6", "8.5");
		assertThat(html.select("#survey-losses ~ fieldset#remedy-survey-part legend").text())
			.startsWith("Biện pháp nâng mức hài lòng của người dân, tổ chức: bị trừ 2,07 điểm");
		// the total said above the rows is the sum of the rows as shown (walk A of 02/12,
		// finding 10: 2,06 over rows adding up to 2,07)
		java.math.BigDecimal rowsShown = html.select("#survey-table tbody tr td:last-child")
			.eachText()
			.stream()
			.map((t) -> new java.math.BigDecimal(t.replace(",", ".")))
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		assertThat(html.select("#survey-table caption").text())
			.isEqualTo("8 tiêu chí điều tra xã hội học bị trừ tổng cộng " + rowsShown.toPlainString().replace(".", ",")
					+ " điểm.");
		assertThat(html.select("#remedy-1\\.6, #remedy-8\\.5")).isEmpty();
		assertThat(html.select("#plan-form fieldset[disabled]")).isEmpty();

		// refused input: named at the field, nothing stored
		Map<String, String> bad = fields(page.body());
		bad.put("remedy.3.3.1", "");
		bad.put("status.3.3.1", "DONE");
		bad.put("deadline.5.2.3", "31/02/2022");
		bad.put("owner.7.1.1", "x".repeat(2001));
		bad.put("note.3.1", "đổi ghi chú");
		HttpResponse<String> refused = officer.postFields(PLAN, entries(bad));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(text(refused.body())).contains("Chưa lưu gì",
				"Cần ghi biện pháp khắc phục khi tình trạng là đang thực hiện hoặc hoàn thành",
				"Thời hạn không đọc được: ghi ngày theo dạng dd/mm/yyyy", "Nội dung dài quá 2000 ký tự");
		assertThat(text(officer.page(PLAN).body())).doesNotContain("đổi ghi chú");
		// an owner of spaces, a deadline before the plan could be made, a deadline
		// without a remedy: each named beside its field, nothing stored (walk A of
		// 02/12, finding 9)
		Map<String, String> careless = fields(officer.page(PLAN).body());
		careless.put("owner.3.1", "   ");
		careless.put("deadline.5.2.3", "01/01/2019");
		String bare = org.jsoup.Jsoup.parse(officer.page(PLAN).body())
			.select("#plan-form textarea[name^=remedy.]")
			.stream()
			.filter((area) -> area.text().isBlank())
			.map((area) -> area.attr("name").substring("remedy.".length()))
			.findFirst()
			.orElseThrow();
		careless.put("deadline." + bare, "30/06/2022");
		HttpResponse<String> carelessRefused = officer.postFields(PLAN, entries(careless));
		assertThat(carelessRefused.statusCode()).isEqualTo(422);
		org.jsoup.nodes.Document carelessPage = org.jsoup.Jsoup.parse(carelessRefused.body());
		assertThat(carelessPage.select("#remedy-3\\.1").text())
			.contains("Cần ghi cơ quan hoặc người phụ trách biện pháp khắc phục.");
		assertThat(carelessPage.select("#remedy-5\\.2\\.3").text())
			.contains("Thời hạn sớm quá: kế hoạch khắc phục sau năm 2021", "từ 01/01/2022 trở đi");
		assertThat(carelessPage.select("#remedy-" + bare.replace(".", "\\.")).text())
			.contains("Cần ghi biện pháp khắc phục: người phụ trách và thời hạn là của một biện pháp.");
		assertThat(text(officer.page(PLAN).body())).doesNotContain("01/01/2019");

		// a good change: stored, audited old → new
		Map<String, String> good = fields(officer.page(PLAN).body());
		good.put("status.7.2.1", "IN_PROGRESS");
		good.put("deadline.7.2.1", "31/12/2030");
		good.put("note.7.2.1", "Đã lập tổ công nghệ số ở 5/8 xã");
		HttpResponse<String> saved = officer.postFields(PLAN, entries(good));
		assertThat(saved.statusCode()).isEqualTo(302);
		String after = officer.page(PLAN).body();
		assertThat(text(after)).contains("Đã lưu 1 biện pháp thay đổi");
		assertThat(after).contains("value=\"Đã lập tổ công nghệ số ở 5/8 xã\"");
		List<AuditEventView> events = this.audit.events(new AuditQuery(Optional.of("improvement-remedy"),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
		assertThat(events).anySatisfy((event) -> {
			assertThat(event.entityId()).isEqualTo("2021/" + GROUP + "/dak-po/7.2.1");
			assertThat(event.actor()).isEqualTo("dakpo.canbo");
			assertThat(event.before()).contains("status=NOT_STARTED", "deadline=2022-06-30");
			assertThat(event.after()).contains("status=IN_PROGRESS", "deadline=2030-12-31");
		});

		// the survey's shared remedy is written like any other, and audited
		Map<String, String> survey = fields(officer.page(PLAN).body());
		survey.put("remedy.survey-part",
				"Tập huấn kỹ năng giao tiếp cho công chức Bộ phận Một cửa; khảo sát ý kiến người dân hằng quý");
		survey.put("owner.survey-part", "Phòng Nội vụ huyện");
		survey.put("deadline.survey-part", "30/09/2022");
		survey.put("status.survey-part", "IN_PROGRESS");
		assertThat(officer.postFields(PLAN, entries(survey)).statusCode()).isEqualTo(302);
		org.jsoup.nodes.Document withSurvey = org.jsoup.Jsoup.parse(officer.page(PLAN).body());
		assertThat(withSurvey.select("#saved").text()).isEqualTo("Đã lưu 1 biện pháp thay đổi.");
		assertThat(withSurvey.select("#remedy-survey-part textarea").text()).startsWith("Tập huấn kỹ năng giao tiếp");
		assertThat(withSurvey.select("#overdue li").eachText())
			.contains("Biện pháp chung cho điều tra xã hội học: hạn 30/09/2022, Đang thực hiện");
		assertThat(this.audit.events(new AuditQuery(Optional.of("improvement-remedy"), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty())))
			.anySatisfy((event) -> assertThat(event.entityId()).isEqualTo("2021/" + GROUP + "/dak-po/survey-part"));

		// reached from the scorecard and the home page
		assertThat(officer.page("/reporting/scorecards/2021/" + GROUP + "/dak-po").body()).contains("href=\"" + PLAN);
		assertThat(officer.page("/account").body()).contains("href=\"" + PLAN);
		assertThat(new WebClient(this.port).page("/reporting/scorecards/2021/" + GROUP + "/dak-po").body())
			.doesNotContain("href=\"" + PLAN);

		// the 2022 self-assessment: last year's remedy beside the criterion, linked
		long groupId = this.organization.findGroup(GROUP).orElseThrow().id();
		long cycleId = this.cycles.findForSet(this.methodology.find(2022, groupId).orElseThrow().id())
			.orElseThrow()
			.id();
		String area7 = officer.page("/assessment/cycles/" + cycleId + "/unit?area=7").body();
		// linked to the remedy itself, not the top of the plan (walk of issue 12)
		assertThat(area7).contains("data-remedy=\"7.2.1\"", "href=\"" + PLAN + "#remedy-7.2.1\"");
		assertThat(text(area7)).contains(
				"Khắc phục năm 2021: Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa",
				"UBND các xã, thị trấn; Đoàn Thanh niên huyện, hạn 31/12/2030, Đang thực hiện");
		String area3 = officer.page("/assessment/cycles/" + cycleId + "/unit?area=3").body();
		assertThat(text(area3)).contains("Khắc phục năm 2021: Theo dõi hồ sơ sắp đến hạn");
		// an overdue remedy keeps its status beside "quá hạn" (walk of issue 12: the
		// status was replaced)
		assertThat(text(area3)).containsPattern(
				"Khắc phục năm 2021: Theo dõi hồ sơ sắp đến hạn[^)]*, hạn \\d{2}/\\d{2}/\\d{4}, (Chưa thực hiện|Đang thực hiện), quá hạn\\)");
		assertThat(area3).doesNotContain("data-remedy=\"3.2.1\"");
	}

	@Test
	void anotherUnitNeverSeesThePlan() {
		long kbang = this.organization.findUnit("kbang").orElseThrow().id();
		if (this.identity.findByUsername("kbang.canbo").isEmpty()) {
			this.identity.createAccount(new CreateAccount("kbang.canbo", "Cán bộ Kbang", Role.UNIT_OFFICER,
					Optional.of(kbang), "kbang-password-1", false));
		}
		WebClient other = WebClient.signedIn(this.port, "kbang.canbo", "kbang-password-1");
		HttpResponse<String> notFound = other.page(PLAN);
		assertThat(notFound.statusCode()).isEqualTo(404);
		// the refusal names what is missing, never the raw code of the address (walk A
		// of 02/12, finding 14)
		assertThat(text(notFound.body())).contains("Không tìm thấy kế hoạch khắc phục của đơn vị này.")
			.doesNotContain("khắc phục dak-po");
		Map<String, String> tried = new LinkedHashMap<>();
		tried.put("code", "3.1");
		tried.put("remedy.3.1", "sửa trộm");
		tried.put("status.3.1", "DONE");
		assertThat(other.post("/account", PLAN, tried).statusCode()).isEqualTo(404);
		assertThat(other.page("/reporting/plans/2021/" + GROUP).statusCode()).isEqualTo(403);
		// its own plan is there
		assertThat(other.page("/reporting/plans/2021/" + GROUP + "/kbang").statusCode()).isEqualTo(200);
		// an appraiser is no unit and no PAR office
		WebClient appraiser = WebClient.signedIn(this.port, "thamdinh", PASSWORD);
		assertThat(appraiser.page(PLAN).statusCode()).isEqualTo(403);
		WebClient office = WebClient.signedIn(this.port, "sonoivu", PASSWORD);
		assertThat(text(office.page(PLAN).body())).doesNotContain("sửa trộm");
	}

	/**
	 * Once the next year is published the plan is the record: Đak Pơ's plan after 2020
	 * (2021 is published) says so, offers nothing to save, and a change posted anyway, by
	 * the unit or the PAR office, is refused with the reason and stores nothing.
	 */
	@Test
	void aPlanIsTheRecordOnceTheNextYearIsPublished() {
		String plan2020 = "/reporting/plans/2020/" + GROUP + "/dak-po";
		WebClient officer = WebClient.signedIn(this.port, "dakpo.canbo", PASSWORD);
		HttpResponse<String> page = officer.page(plan2020);
		assertThat(page.statusCode()).isEqualTo(200);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());
		assertThat(html.select("#closed").text()).isEqualTo(
				"Kết quả năm 2021 đã được công bố: kế hoạch khắc phục sau năm 2020 là hồ sơ lưu, chỉ để xem, không sửa được nữa.");
		assertThat(html.select("#open-until, #plan-form button[type=submit]")).isEmpty();
		assertThat(html.select("#plan-form > fieldset[disabled]")).hasSize(1);
		String code = html.select("#plan-form input[name=code]").first().attr("value");
		// the record reads as text, each field said even when nothing was written, never
		// as empty greyed boxes (walk of issue 12)
		assertThat(html.select("#plan-form textarea, #plan-form select, #plan-form input[type=text]")).isEmpty();
		org.jsoup.nodes.Element recorded = html.select("#remedy-" + code.replace(".", "\\.") + " dl.recorded").first();
		assertThat(recorded).isNotNull();
		assertThat(recorded.select("dt").eachText()).containsExactly("Biện pháp khắc phục",
				"Người/cơ quan chịu trách nhiệm", "Thời hạn", "Tình trạng", "Ghi chú");
		assertThat(recorded.select("dd")).hasSize(5).allSatisfy((dd) -> assertThat(dd.text()).isNotBlank());
		for (WebClient writer : List.of(officer, WebClient.signedIn(this.port, "sonoivu", PASSWORD))) {
			Map<String, String> tried = new LinkedHashMap<>();
			tried.put("code", code);
			tried.put("remedy." + code, "ghi muộn sau khi năm 2021 đã công bố");
			tried.put("owner." + code, "");
			tried.put("deadline." + code, "");
			tried.put("status." + code, "DONE");
			tried.put("note." + code, "");
			HttpResponse<String> refused = writer.post(plan2020, plan2020, tried);
			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(org.jsoup.Jsoup.parse(refused.body()).select("#closed-refused").text()).isEqualTo(
					"Chưa lưu gì: kết quả năm 2021 đã được công bố nên kế hoạch khắc phục sau năm 2020 không sửa được nữa.");
		}
		assertThat(officer.page(plan2020).body()).doesNotContain("ghi muộn");
		assertThat(this.audit.events(new AuditQuery(Optional.of("improvement-remedy"), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty())))
			.noneSatisfy((event) -> assertThat(event.entityId()).startsWith("2020/"));
		// the plan after 2021 is open while 2022's cycle runs
		assertThat(org.jsoup.Jsoup.parse(officer.page(PLAN).body()).select("#closed")).isEmpty();
	}

	/**
	 * A remedy stored for a single survey criterion before the survey criteria shared one
	 * stays readable and editable in the survey section, beside the shared remedy.
	 */
	@Test
	void aRemedyStoredForOneSurveyCriterionStaysInThePlan() {
		long unit = this.organization.findUnit("chu-prong").orElseThrow().id();
		this.jdbc.sql("""
				insert into reporting_remedy (plan_year, group_code, unit_id, leaf_code, remedy, owner, status,
				note, updated_by, updated_at) values (2021, ?, ?, '3.6', ?, 'Văn phòng HĐND và UBND huyện',
				'IN_PROGRESS', '', 'sonoivu', current_timestamp)""")
			.params(GROUP, unit, "Niêm yết số điện thoại đường dây nóng tại Bộ phận Một cửa")
			.update();
		WebClient office = WebClient.signedIn(this.port, "sonoivu", PASSWORD);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup
			.parse(office.page("/reporting/plans/2021/" + GROUP + "/chu-prong").body());
		assertThat(html.select("#survey-losses #survey-table tr[data-code=3.6]")).hasSize(1);
		org.jsoup.select.Elements own = html.select("#remedy-survey-part ~ fieldset#remedy-3\\.6");
		assertThat(own).hasSize(1);
		assertThat(own.select("textarea").text())
			.isEqualTo("Niêm yết số điện thoại đường dây nóng tại Bộ phận Một cửa");
		assertThat(own.select("option[selected]").attr("value")).isEqualTo("IN_PROGRESS");
		assertThat(own.text()).contains("Biện pháp riêng cho tiêu chí điều tra này");
	}

	/**
	 * Two people on one plan: a row sent as the page showed it never writes over what
	 * another saved since; a row changed over it is refused, said, and saved when sent
	 * again (walk of issue 12: a save reverted another's note without a word).
	 */
	@Test
	void aSaveNeverRevertsAnotherPersonsChangeUnseen() {
		WebClient officer = WebClient.signedIn(this.port, "dakpo.canbo", PASSWORD);
		WebClient office = WebClient.signedIn(this.port, "sonoivu", PASSWORD);
		Map<String, String> original = fields(officer.page(PLAN).body());
		List<String> codes = original.keySet()
			.stream()
			.filter((name) -> name.startsWith("code:"))
			.map((name) -> name.substring(5))
			.filter((code) -> !code.equals(org.parindex.reporting.improvement.ImprovementRules.SURVEY_PART))
			.toList();
		String theirs = codes.get(0);
		String mine = codes.get(1);
		Map<String, String> stale = new LinkedHashMap<>(original);
		try {
			Map<String, String> officeForm = fields(office.page(PLAN).body());
			officeForm.put("note." + theirs, "SNV ghi: đã kiểm tra");
			assertThat(office.postFields(PLAN, entries(officeForm)).statusCode()).isEqualTo(302);

			// the unit, on the page opened before, changes another row only
			Map<String, String> unit = new LinkedHashMap<>(stale);
			unit.put("note." + mine, "Đơn vị ghi");
			assertThat(officer.postFields(PLAN, entries(unit)).statusCode()).isEqualTo(302);
			String after = officer.page(PLAN).body();
			assertThat(text(after)).contains("Đã lưu 1 biện pháp thay đổi");
			assertThat(after).contains("value=\"SNV ghi: đã kiểm tra\"", "value=\"Đơn vị ghi\"");

			// the same stale page changing the row the office saved: refused, said,
			// nothing stored, what was typed kept
			Map<String, String> over = new LinkedHashMap<>(stale);
			over.put("note." + theirs, "Đơn vị sửa đè");
			HttpResponse<String> refused = officer.postFields(PLAN, entries(over));
			assertThat(refused.statusCode()).isEqualTo(422);
			org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.body());
			assertThat(page.select("#remedy-" + theirs.replace(".", "\\.")).text())
				.contains("Biện pháp này đã được người khác lưu lại sau khi bạn mở trang.");
			assertThat(refused.body()).contains("value=\"Đơn vị sửa đè\"");
			assertThat(officer.page(PLAN).body()).contains("value=\"SNV ghi: đã kiểm tra\"");
			// sent again from the page refused: saved, knowingly
			Map<String, String> again = fields(refused.body());
			assertThat(officer.postFields(PLAN, entries(again)).statusCode()).isEqualTo(302);
			assertThat(officer.page(PLAN).body()).contains("value=\"Đơn vị sửa đè\"")
				.doesNotContain("value=\"SNV ghi: đã kiểm tra\"");
			// the audit trail names the plan's fields and statuses in words (walk of
			// issue 12: "audit.field.remedy", "IN_PROGRESS")
			String audit = text(office.page("/admin/audit").body());
			assertThat(audit).contains("Kế hoạch khắc phục", "Ghi chú")
				.doesNotContain("audit.field", "audit.entity", "NOT_STARTED", "IN_PROGRESS");
		}
		finally {
			// back as it was, for the other tests
			Map<String, String> now = fields(officer.page(PLAN).body());
			now.put("note." + theirs, original.get("note." + theirs));
			now.put("note." + mine, original.get("note." + mine));
			assertThat(officer.postFields(PLAN, entries(now)).statusCode()).isEqualTo(302);
		}
	}

	@Test
	void theParOfficeSeesEveryUnitsPlan() {
		WebClient office = WebClient.signedIn(this.port, "sonoivu", PASSWORD);
		String html = office.page("/reporting/plans/2021/" + GROUP).body();
		assertThat(text(html)).contains("Kế hoạch khắc phục của các đơn vị sau năm 2021");
		String dakPo = html.substring(html.indexOf("data-unit=\"dak-po\""));
		dakPo = dakPo.substring(0, dakPo.indexOf("</tr>"));
		// 18 appraised criteria and the survey's shared remedy
		assertThat(dakPo).contains("data-column=\"lost\">19<", "data-column=\"done\">2<");
		assertThat(dakPo).containsPattern("data-column=\"written\">[56]<");
		assertThat(dakPo).containsPattern("data-column=\"overdue\"[^>]*>[2-4]<");
		assertThat(html).contains("data-unit=\"kbang\"", "href=\"" + PLAN);
		assertThat(office.page("/account").body()).contains("href=\"/reporting/plans/2021/" + GROUP + "\"");
		assertThat(office.page(PLAN).statusCode()).isEqualTo(200);
	}

	/**
	 * The plan form's fields as the page fills them (with its CSRF token), and each
	 * criterion's chosen status.
	 */
	private static Map<String, String> fields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : WebClient.form(html, PLAN).fields()) {
			String name = field.getKey();
			fields.put(name.equals("code") ? "code:" + field.getValue() : name, field.getValue());
			if (name.equals("code")) {
				java.util.regex.Matcher status = java.util.regex.Pattern
					.compile("(?s)name=\"" + java.util.regex.Pattern.quote("status." + field.getValue())
							+ "\"[^>]*>.*?<option value=\"([A-Z_]+)\" selected")
					.matcher(html);
				fields.put("status." + field.getValue(), status.find() ? status.group(1) : "NOT_STARTED");
			}
		}
		return fields;
	}

	private static List<Map.Entry<String, String>> entries(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> Map.entry(e.getKey().startsWith("code:") ? "code" : e.getKey(), e.getValue()))
			.toList();
	}

	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
			.replaceAll("\\s+", " ");
	}

}
