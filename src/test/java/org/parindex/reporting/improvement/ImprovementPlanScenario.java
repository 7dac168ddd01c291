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
		assertThat(area7).contains("data-remedy=\"7.2.1\"", "href=\"" + PLAN);
		assertThat(text(area7)).contains(
				"Khắc phục năm 2021: Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa",
				"UBND các xã, thị trấn; Đoàn Thanh niên huyện, hạn 31/12/2030, Đang thực hiện");
		String area3 = officer.page("/assessment/cycles/" + cycleId + "/unit?area=3").body();
		assertThat(text(area3)).contains("Khắc phục năm 2021: Theo dõi hồ sơ sắp đến hạn");
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
		assertThat(other.page(PLAN).statusCode()).isEqualTo(404);
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

	@Test
	void theParOfficeSeesEveryUnitsPlan() {
		WebClient office = WebClient.signedIn(this.port, "sonoivu", PASSWORD);
		String html = office.page("/reporting/plans/2021/" + GROUP).body();
		assertThat(text(html)).contains("Kế hoạch khắc phục của các đơn vị sau năm 2021");
		String dakPo = html.substring(html.indexOf("data-unit=\"dak-po\""));
		dakPo = dakPo.substring(0, dakPo.indexOf("</tr>"));
		assertThat(dakPo).contains("data-column=\"written\">5<", "data-column=\"done\">2<");
		assertThat(dakPo).containsPattern("data-column=\"overdue\"[^>]*>[23]<");
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
