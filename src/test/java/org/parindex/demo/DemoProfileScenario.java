package org.parindex.demo;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.PackagedApplication;
import org.parindex.PackagedDatabase;
import org.parindex.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo accounts never reach production: the packaged jar started as an operator starts it
 * ({@code java -jar}, default settings) on an empty database loads nothing of the demo,
 * so no account with the README's password exists; started with the {@code demo} profile
 * (what {@code mvn spring-boot:run} switches on) it loads the whole demo. Run against the
 * default embedded database and PostgreSQL.
 */
abstract class DemoProfileScenario {

	private static final String DEMO_PASSWORD = "parindex-demo";

	private static final String RANKING = "/reporting/rankings/2021/gia-lai-district";

	private static final String RANKING_2022 = "/reporting/rankings/2022/gia-lai-district";

	/**
	 * @param workDir the application's working directory
	 * @return an empty database
	 */
	abstract PackagedDatabase database(Path workDir);

	@Test
	void loadsTheDemoOnlyWhenItsProfileIsActive(@TempDir Path workDir) {
		Path jar = PackagedApplication.jar();
		try (PackagedDatabase database = database(workDir)) {
			try (PackagedApplication application = PackagedApplication.start(jar, workDir, database, List.of())) {
				assertThat(signsIn(application, "admin")).as("admin with the README's password").isFalse();
				assertThat(signsIn(application, "dakpo.canbo")).as("a unit officer of the demo").isFalse();
				assertThat(new WebClient(application.port()).page(RANKING).statusCode()).isEqualTo(404);
			}
			assertThat(database.count("identity_account")).as("accounts").isZero();
			assertThat(database.count("organization_unit_group")).as("unit groups").isZero();
			assertThat(database.count("organization_unit")).as("units").isZero();
			assertThat(database.count("methodology_index_set")).as("index sets").isZero();
			assertThat(database.count("flyway_schema_history")).as("the schema is there").isPositive();

			try (PackagedApplication application = PackagedApplication.start(jar, workDir, database,
					List.of("--spring.profiles.active=demo"))) {
				assertThat(signsIn(application, "admin")).isTrue();
				assertThat(signsIn(application, "dakpo.canbo")).isTrue();
				assertThat(new WebClient(application.port()).page(RANKING).statusCode()).isEqualTo(200);
			}
			assertThat(database.count("identity_account")).isEqualTo(11); // with the
																			// second
																			// survey
																			// staff
																			// account
																			// (double
																			// entry)
			assertThat(database.count("organization_unit")).isEqualTo(17);
		}
	}

	/**
	 * The demo's year in progress can be walked through: its 17 units start in varied
	 * states, the banner of its pages speaks of 2022, the accounts whose modules come
	 * later say so, and the PAR office moves the cycle stage by stage to publication,
	 * which publishes a ranking of all 17 units, while 2021's published figures stay
	 * exact.
	 */
	@Test
	void walksTheDemoYearFromSelfAssessmentToPublication(@TempDir Path workDir) {
		Path jar = PackagedApplication.jar();
		try (PackagedDatabase database = database(workDir);
				PackagedApplication application = PackagedApplication.start(jar, workDir, database,
						List.of("--spring.profiles.active=demo"))) {
			int port = application.port();
			assertThat(new WebClient(port).page("/methodology/index-sets/2022/gia-lai-district").body())
				.contains("bộ chỉ số và mọi số liệu năm 2022 là minh họa")
				.doesNotContain("thứ hạng năm 2021 của Ia Grai");
			assertThat(new WebClient(port).page("/methodology/index-sets/2021/gia-lai-district").body())
				.contains("thứ hạng năm 2021 của Ia Grai");
			assertThat(signedIn(port, "bientap").page("/account").body()).contains("id=\"coming-later\"",
					"sẽ có trong phiên bản sau");
			assertThat(signedIn(port, "cuocthi").page("/account").body()).contains("/admin/contest")
				.doesNotContain("id=\"coming-later\"");

			WebClient office = signedIn(port, "sonoivu");
			assertThat(office.page("/account").body()).contains("/admin/demo/stage");
			String dashboard = office.page("/admin/assessment/cycles/3").body();
			assertThat(dashboard).contains("Đã nộp", "Bản nháp");
			assertThat(signedIn(port, "thamdinh").page("/admin/demo/stage").statusCode()).as("not the appraiser")
				.isEqualTo(403);
			String stagePage = office.page("/admin/demo/stage").body();
			assertThat(stagePage).contains("Chuyển giai đoạn năm 2022");
			// the stages by the names every other page gives them
			assertThat(stagePage).contains("Vòng 2 và Hội đồng thẩm định")
				.doesNotContain("Thẩm định vòng 2", "<strong>Hội đồng</strong>");
			long unsubmitted = org.jsoup.Jsoup.parse(dashboard)
				.select("#status tbody tr")
				.stream()
				.filter((row) -> !row.select("td").get(1).text().equals("Đã nộp"))
				.count();
			assertThat(unsubmitted).isBetween(1L, 16L);
			// the move asks first, naming the stage, what it does and how many dossiers
			// it locks, with only "move" and "do not move" to answer; it moves nothing
			HttpResponse<String> asked = office.post("/admin/demo/stage", "/admin/demo/stage",
					Map.of("stage", "APPRAISAL"));
			assertThat(asked.statusCode()).isEqualTo(200);
			assertThat(asked.body())
				.contains("id=\"demo-stage-confirm\"", "Chuyển năm 2022 sang giai đoạn", "name=\"confirmed\"",
						unsubmitted + "/17 đơn vị chưa nộp hồ sơ tự đánh giá")
				.doesNotContain("id=\"demo-stage-form\"");
			org.jsoup.nodes.Document question = org.jsoup.Jsoup.parse(asked.body());
			assertThat(question.select("main button[type=submit]")).extracting(org.jsoup.nodes.Element::text)
				.containsExactly("Chuyển");
			assertThat(office.page("/admin/assessment/cycles/3").body()).as("not moved yet").contains("Tự đánh giá");
			for (String stage : List.of("APPRAISAL", "EXPLANATION", "ROUND_2", "COUNCIL")) {
				HttpResponse<String> moved = office.post("/admin/demo/stage", "/admin/demo/stage",
						Map.of("stage", stage, "confirmed", "true"));
				assertThat(moved.statusCode()).as(stage).isEqualTo(302);
				assertThat(moved.headers().firstValue("Location")).as(stage)
					.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/assessment/cycles/3"));
				if (stage.equals("APPRAISAL")) {
					// the units that did not submit by the passed deadline are locked at
					// once, not when the deadline job next runs
					assertThat(org.jsoup.Jsoup.parse(office.page("/admin/assessment/cycles/3").body())
						.select("#status tbody tr")
						.stream()
						.filter((row) -> row.select("td").get(1).text().equals("Khóa khi hết hạn, chưa nộp"))
						.count()).isEqualTo(unsubmitted);
				}
			}
			// round 1 of the moves covers every area (the team's two appraisers): in the
			// council's preview a unit that submitted has left nothing unscored, never a
			// whole area's worth (walk of the last stages: 50 to 54 of 65 were left)
			org.jsoup.nodes.Document approval = org.jsoup.Jsoup
				.parse(signedIn(port, "hoidong").page("/assessment/cycles/3/council/approval").body());
			List<String> submittedUnfinished = approval.select("[data-missing=ROUND_ONE_UNFINISHED]")
				.stream()
				.map(org.jsoup.nodes.Element::text)
				.filter((text) -> text.endsWith("theo điểm tự chấm"))
				.toList();
			// and since the moves give points with more than four decimals rounded, with
			// a reason, none at all (issue 9, appr9)
			assertThat(submittedUnfinished).isEmpty();
			// the moves appraise only dossiers handed in (README step 4): Krông Pa, never
			// submitted, has nothing scored in round 1; a submitted unit's history says
			// which steps the mover made, after the person's name; a unit without a demo
			// account is named by its post, not a login no one has (walks #14, #15)
			org.jsoup.nodes.Document appraisalUnits = org.jsoup.Jsoup
				.parse(signedIn(port, "hoidong").page("/assessment/cycles/3/appraisal").body());
			assertThat(appraisalUnits.select("tr[data-unit=krong-pa] [data-progress]").text())
				.startsWith("Vòng 1: đã chấm 0/");
			assertThat(appraisalUnits.select("tr[data-unit=phu-thien] [data-progress]").text())
				.startsWith("Vòng 1: đã chấm 0/");
			String krongPa = office.page(appraisalUnits.select("tr[data-unit=krong-pa] a").attr("href")).body();
			assertThat(krongPa).contains("Cán bộ đầu mối CCHC huyện Krông Pa")
				.doesNotContain("krongpa.canbo", "Tổ thẩm định, vòng 1");
			String ayunPa = office.page(appraisalUnits.select("tr[data-unit=ayun-pa] a").attr("href")).body();
			assertThat(ayunPa).containsPattern("(Trần Minh Đức|Hoàng Thị Bích) \\(thao tác minh họa\\)")
				.doesNotContain("#minh-hoa");
			assertThat(new WebClient(port).page(RANKING_2022).statusCode()).as("not published yet").isEqualTo(404);
			assertThat(office
				.post("/admin/demo/stage", "/admin/demo/stage", Map.of("stage", "PUBLICATION", "confirmed", "true"))
				.statusCode()).isEqualTo(302);

			// the audit trail says which steps the mover made, after each person's name
			// (the appraisers' rounds, the units' answers, the deadlines moved, the
			// council's approval, the publication); an approval names what it ended; an
			// appraisal step labels the public reason and the working comment apart
			// (issue 9, #15)
			org.jsoup.nodes.Document audit = org.jsoup.Jsoup.parse(office.page("/admin/audit").body());
			org.jsoup.select.Elements auditRows = audit.select("#audit tbody tr");
			assertThat(auditRows).isNotEmpty();
			List<String> byMover = new java.util.ArrayList<>();
			for (org.jsoup.nodes.Element row : auditRows) {
				String actor = row.child(1).text();
				String action = row.child(4).text();
				if (action.equals("Chuyển giai đoạn (dữ liệu minh họa)") || actor.equals("system")) {
					continue;
				}
				assertThat(actor).as("who made %s (%s)", action, row.child(3).text()).endsWith("(thao tác minh họa)");
				byMover.add(action);
			}
			assertThat(byMover).as("the mover's steps")
				.contains("Thẩm định vòng 1", "Thẩm định vòng 2", "Giải trình", "Hội đồng thông qua", "Công bố");
			org.jsoup.nodes.Element approved = auditRows.stream()
				.filter((row) -> row.child(4).text().equals("Hội đồng thông qua")
						&& row.child(3).text().contains("2022"))
				.findFirst()
				.orElseThrow();
			assertThat(approved.child(5).text()).as("the approval's old value").isEqualTo("Chờ Hội đồng thông qua");
			org.jsoup.nodes.Element secondRound = auditRows.stream()
				.filter((row) -> row.child(4).text().equals("Thẩm định vòng 2"))
				.findFirst()
				.orElseThrow();
			assertThat(secondRound.child(5).text()).as("round 2's old value: the score round 1 gave")
				.matches("\\d+,\\d{2} điểm.*");
			assertThat(secondRound.child(7).text()).as("the working comment").startsWith("nhận xét: ");
			assertThat(auditRows.eachText()).as("a public reason is never called a comment")
				.anyMatch((text) -> text.contains("lý do mất điểm (công khai): "))
				.noneMatch((text) -> text.contains("điểm; nhận xét: "));

			String ranking = new WebClient(port).page(RANKING_2022).body();
			assertThat(ranking.split("<tr data-unit=")).as("rows of the 2022 ranking").hasSize(18);
			assertThat(ranking).contains("bộ chỉ số và mọi số liệu năm 2022 là minh họa");
			// the public page names no account (the PAR office's login is no one's
			// business); the footer gives the agency's own address, which may hold the
			// same word (sonoivu@…)
			assertThat(ranking.substring(0, ranking.indexOf("<footer"))).contains("Lần 1: ").doesNotContain("sonoivu");
			// the reasons review names the stage as the council page does
			assertThat(org.jsoup.Jsoup.parse(office.page("/admin/assessment/cycles/3/reasons").body())
				.select("main .badge")
				.first()
				.text()).isEqualTo("Công bố");
			// the office's own page names the account by its display name
			assertThat(office.page("/admin/reporting/cycles/3/publication").body()).contains("Nguyễn Thị Thu Hằng")
				.doesNotContain(", sonoivu");
			// a unit that never submitted: why its entered criteria count nothing, in
			// sentences that start with a capital
			String neverSubmitted = new WebClient(port).page("/reporting/scorecards/2022/gia-lai-district/mang-yang")
				.body();
			assertThat(neverSubmitted).contains("Không tính: đơn vị không nộp báo cáo tự đánh giá",
					"Huyện Mang Yang không nộp báo cáo tự đánh giá");
			assertThat(new WebClient(port).page("/reporting/scorecards/2022/gia-lai-district/krong-pa").body())
				.contains("Không tính: đơn vị không nộp báo cáo tự đánh giá",
						"Huyện Krông Pa không nộp báo cáo tự đánh giá");
			String refused = office
				.post("/admin/demo/stage", "/admin/demo/stage", Map.of("stage", "APPRAISAL", "confirmed", "true"))
				.body();
			assertThat(refused).contains("Kết quả năm 2022 đã được hội đồng thông qua hoặc đã công bố");
			assertThat(org.jsoup.Jsoup.parse(refused).select("#demo-current .badge").text()).isEqualTo("Công bố");
			String golden = new WebClient(port).page("/reporting/scorecards/2021/gia-lai-district/dak-po").body();
			assertThat(golden).contains("75,26", "06/17");
		}
	}

	private static WebClient signedIn(int port, String username) {
		WebClient client = new WebClient(port);
		client.signIn(username, DEMO_PASSWORD);
		return client;
	}

	private static boolean signsIn(PackagedApplication application, String username) {
		return new WebClient(application.port()).signIn(username, DEMO_PASSWORD)
			.headers()
			.firstValue("Location")
			.filter((location) -> location.endsWith("/account"))
			.isPresent();
	}

}
