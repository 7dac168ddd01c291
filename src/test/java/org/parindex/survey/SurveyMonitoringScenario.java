package org.parindex.survey;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.MutableClock;
import org.parindex.WebClient;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.CycleService;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.survey.SurveyMonitoringView.Flag;
import org.parindex.survey.SurveyMonitoringView.FlagKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The survey's monitoring and exports (issue 10, items 6 and 8), over real HTTP with the
 * demo's accounts. Each test works in an index set of its own (a copy of the demo's 2022
 * set for a far year, with a cycle of every unit), so that the figures and flags it
 * checks are its own: response rates against the minimum sample, live; each suspicious
 * pattern flagged with what, where, how many and what to do, and a clean survey flagged
 * for nothing; anonymous responses and aggregates exported as CSV and XLSX. The
 * thresholds are lowered here (4 identical sheets, 3 retries, 5 unknown codes a day) to
 * keep the data small. Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "parindex.survey.code-attempts.capacity=1000",
				"parindex.survey.monitoring.identical-sheets=4", "parindex.survey.monitoring.code-retries=3",
				"parindex.survey.monitoring.unknown-codes-per-day=5" })
@Import(SurveyMonitoringScenario.Clock.class)
abstract class SurveyMonitoringScenario {

	static final String PASSWORD = "parindex-demo";

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Map<String, String> ALL_A = Map.of("Q1", "A", "Q2", "A", "D1", "A");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	SurveyFormService forms;

	@Autowired
	SurveyResponseService responses;

	@Autowired
	InvitationService invitations;

	@Autowired
	PaperEntryService paper;

	@Autowired
	SurveyMonitoringService monitoring;

	@Autowired
	SurveyPointsService points;

	@Autowired
	CodeAttempts attempts;

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
	JdbcClient jdbc;

	private Instant started;

	@BeforeEach
	void rememberTheTime() {
		this.started = Instant.now();
		this.clock.set(this.started);
		this.attempts.forgetAll();
	}

	@AfterEach
	void restoreTheClock() {
		this.clock.set(Instant.now());
	}

	@Test
	void showsEachUnitsResponsesAgainstItsMinimumSampleLive() {
		IndexSetView set = newYear(2041);
		List<UnitView> units = units(set);
		UnitView first = units.get(0);
		UnitView second = units.get(1);
		UnitView third = units.get(2);
		SurveyFormView form = define(set, "MR1", this.started.minus(Duration.ofDays(1)),
				this.started.plus(Duration.ofDays(30)), BigDecimal.ONE);
		// first: 4 sought, entered directly; second: from N = 3 at 5 %, 3 / 1,0075 → 3
		this.invitations.setTarget(new SetSurveyTarget(form.id(), first.id(), 4, null, null));
		this.invitations.setTarget(new SetSurveyTarget(form.id(), second.id(), null, 3, null));
		List<String> firstCodes = issue(form, first, 5);
		answerOnline(firstCodes.get(0), Map.of("Q1", "A", "Q2", "B", "D1", "A"));
		answerOnline(firstCodes.get(1), Map.of("Q1", "B", "Q2", "C", "D1", "B"));
		record(form, first, ResponseChannel.PAPER, Map.of("Q1", "C", "Q2", "A"));
		for (String code : issue(form, second, 3)) {
			answerOnline(code, Map.of("Q1", "A", "Q2", "A", "D1", "B"));
		}
		// a paper sheet keyed once, waiting for its second entry: not counted
		this.paper.setDoubleEntry(form.id(), true);
		this.paper.enter(new EnterPaperSheet(form.id(), third.id(), "P-1", Map.of("Q1", "a", "Q2", "b", "D1", "a")));

		WebClient anonymous = new WebClient(this.port);
		String page = "/admin/survey/sets/" + set.id() + "/monitoring";
		assertThat(anonymous.page(page).statusCode()).isEqualTo(302);
		WebClient officer = new WebClient(this.port);
		officer.signIn("dakpo.canbo", PASSWORD);
		assertThat(officer.page(page).statusCode()).isEqualTo(403);
		WebClient staff = signedIn("dieutra");
		Document hub = Jsoup.parse(staff.page("/admin/survey").body());
		// the set's own button; the set's to-dos (issue 10) link to the same page
		assertThat(hub.select("#set-" + set.id() + " a.btn[href$=/monitoring]")).hasSize(1);
		assertThat(hub.select("#set-" + set.id() + " a[href$=/exports]")).hasSize(1);

		Document shown = Jsoup.parse(staff.page(page).body());
		Element card = shown.selectFirst("#monitor-form-" + form.id());
		assertThat(card).isNotNull();
		assertThat(card.select("tbody tr")).hasSize(units.size());
		assertThat(cells(card, first)).containsExactly("4", "2", "1", "3", "75,0%", "2 / 5", "0", "Còn thiếu 1 phiếu");
		assertThat(row(card, first).hasClass("table-warning")).isTrue();
		assertThat(cells(card, second)).containsExactly("3", "3", "0", "3", "100,0%", "3 / 3", "0", "Đủ cỡ mẫu");
		assertThat(row(card, second).hasClass("table-warning")).isFalse();
		assertThat(cells(card, third)).containsExactly("—", "0", "0", "0", "—", "0 / 0", "1", "Chưa đặt cỡ mẫu");
		assertThat(card.select("[data-window]").text()).isEqualTo("Đang nhận trả lời");
		// walk10 #11: the responses of the units with a target against their targets, the
		// others apart; the rate with one decimal
		assertThat(card.select("[data-form-total]").text())
			.isEqualTo("Ở 2 đơn vị đã đặt cỡ mẫu: đã nhận 6 / 7 phiếu (tổng cỡ mẫu của các đơn vị này); "
					+ "1 đơn vị chưa đủ cỡ mẫu tối thiểu. " + (units.size() - 2)
					+ " đơn vị chưa đặt cỡ mẫu (đã nhận 0 phiếu, không so với cỡ mẫu nào).");
		assertThat(shown.select("#monitor-below").text()).startsWith("Có 1 trường hợp đơn vị chưa đủ cỡ mẫu");
		// nothing flagged about this form (codes that do not exist are counted for all
		// forms and may come from another test today)
		assertThat(shown.select("[data-flag]").eachAttr("data-flag")).containsOnly("unknown-codes");
		assertThat(shown.select("#monitor-as-of").text()).contains("Số liệu tính lúc").contains("Làm mới");

		WebClient english = signedIn("sonoivu");
		Document en = Jsoup.parse(english.page(page + "?lang=en").body());
		Element enCard = en.selectFirst("#monitor-form-" + form.id());
		assertThat(cells(enCard, first).get(7)).isEqualTo("Missing: 1");
		assertThat(cells(enCard, third).get(7)).isEqualTo("No sample set");
		// walk: one is "1 case", not "1 cases"
		assertThat(en.select("#monitor-below").text()).startsWith("1 case of a unit below the minimum sample");

		// after the deadline a unit still short is marked so
		this.clock.set(this.started.plus(Duration.ofDays(31)));
		Document closed = Jsoup.parse(staff.page(page).body());
		Element closedCard = closed.selectFirst("#monitor-form-" + form.id());
		assertThat(closedCard.select("[data-window]").text()).isEqualTo("Đã hết hạn");
		assertThat(cells(closedCard, first).get(7)).isEqualTo("Đã hết hạn, thiếu 1 phiếu");
		assertThat(row(closedCard, first).hasClass("table-danger")).isTrue();

		// live: one more response and the next request counts it
		this.clock.set(this.started);
		record(form, first, ResponseChannel.PAPER, Map.of("Q1", "B", "Q2", "B"));
		Document after = Jsoup.parse(staff.page(page).body());
		Element afterCard = after.selectFirst("#monitor-form-" + form.id());
		assertThat(cells(afterCard, first)).containsExactly("4", "2", "2", "4", "100,0%", "2 / 5", "0", "Đủ cỡ mẫu");
		assertThat(after.select("#monitor-below")).isEmpty();
	}

	/**
	 * A year approved by the council or published takes no more responses (the service
	 * refuses them), so its forms never read "Đang nhận trả lời" even inside their dates.
	 */
	@Test
	void aFormOfAnApprovedOrPublishedYearIsNotShownAsTakingAnswers() {
		IndexSetView set = newYear(2048);
		SurveyFormView form = define(set, "MA1", this.started.minus(Duration.ofDays(1)),
				this.started.plus(Duration.ofDays(30)), BigDecimal.ONE);
		WebClient staff = signedIn("dieutra");
		String page = "/admin/survey/sets/" + set.id() + "/monitoring";
		Element open = Jsoup.parse(staff.page(page).body()).selectFirst("#monitor-form-" + form.id());
		assertThat(open.select("[data-window]").text()).isEqualTo("Đang nhận trả lời");

		this.appraisal.recordCompletedYear(this.cycles.findForSet(set.id()).orElseThrow().id(), "hoidong");
		Element approved = Jsoup.parse(staff.page(page).body()).selectFirst("#monitor-form-" + form.id());
		assertThat(approved.select("[data-window]").text())
			.isEqualTo("Năm đã được Hội đồng thẩm định thông qua: không nhận thêm trả lời");

		// the demo's 2021, published, seen on a day inside its forms' dates
		IndexSetView published = this.methodology.list()
			.stream()
			.filter((s) -> s.year() == 2021)
			.findFirst()
			.flatMap((s) -> this.methodology.find(s.id()))
			.orElseThrow();
		List<SurveyFormView> forms2021 = this.forms.forms(published.id());
		assertThat(forms2021).isNotEmpty();
		this.clock.set(forms2021.get(0).opensAt().plus(Duration.ofDays(1)));
		assertThat(forms2021.get(0).openAt(this.clock.instant())).isTrue();
		String page2021 = "/admin/survey/sets/" + published.id() + "/monitoring";
		Document shown = Jsoup.parse(staff.page(page2021).body());
		assertThat(shown.select("[data-window]").eachText()).hasSize(forms2021.size())
			.containsOnly("Đã công bố kết quả: cuộc điều tra đã khép lại");
		Document english = Jsoup.parse(staff.page(page2021 + "?lang=en").body());
		assertThat(english.select("[data-window]").eachText()).containsOnly("Results published: the survey is closed");
		staff.page(page2021 + "?lang=vi");
	}

	/**
	 * A counted sheet set aside (a duplicate, say) counts nowhere: not in the survey
	 * points, the monitoring or the shortfalls; restored, it counts again. Both need a
	 * reason, are audited, and are refused once the year is approved.
	 */
	@Test
	void aCountedSheetSetAsideNoLongerCountsAndRestoredCountsAgain() {
		IndexSetView set = newYear(2049);
		UnitView unit = units(set).get(0);
		SurveyFormView form = define(set, "MS1", this.started.minus(Duration.ofDays(1)),
				this.started.plus(Duration.ofDays(30)), BigDecimal.ONE);
		this.invitations.setTarget(new SetSurveyTarget(form.id(), unit.id(), 2, null, null));
		record(form, unit, ResponseChannel.ONLINE, Map.of("Q1", "A", "Q2", "A"));
		this.paper.enter(new EnterPaperSheet(form.id(), unit.id(), "P-7", Map.of("Q1", "d", "Q2", "d", "D1", "a")));
		String leaf = surveyLeaves(set).get(0);
		BigDecimal max = surveyLeafMax(set, leaf);
		// (A = 1 + D = 0) / 2
		BigDecimal both = max.multiply(new BigDecimal("0.5"));
		assertThat(pointsOf(set, unit, leaf)).isEqualByComparingTo(both);

		WebClient staff = signedIn("dieutra");
		String page = "/admin/survey/forms/" + form.id() + "/sheets?unit=" + unit.id();
		Document shown = Jsoup.parse(staff.page(page).body());
		assertThat(shown.select("#sheets tbody tr")).hasSize(2);
		Element paperRow = sheetRow(shown, "P-7");
		assertThat(paperRow.selectFirst("[data-answers]").text()).isEqualTo("Q1: D · Q2: D · D1: A");
		String setAside = "/admin/survey/forms/" + form.id() + "/sheets/" + paperRow.attr("data-response")
				+ "/set-aside";
		String restore = setAside.replace("/set-aside", "/restore");
		String unitId = Long.toString(unit.id());

		// no reason: refused, said, nothing changed
		HttpResponse<String> noReason = staff.post(page, setAside, Map.of("unit", unitId, "reason", "  "));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(noReason.body()).select(".alert-danger").text()).contains("Hãy ghi lý do");
		assertThat(pointsOf(set, unit, leaf)).isEqualByComparingTo(both);
		// too long: said with its length, each line break one character (walk of 03/12)
		HttpResponse<String> tooLong = staff.post(page, setAside,
				Map.of("unit", unitId, "reason", "ab\r\n".repeat(150) + "x".repeat(60)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(tooLong.body()).select(".alert-danger").text())
			.contains("Lý do dài 510 ký tự, quá 500 ký tự cho phép");
		assertThat(pointsOf(set, unit, leaf)).isEqualByComparingTo(both);

		HttpResponse<String> done = staff.post(page, setAside,
				Map.of("unit", unitId, "reason", "Nhập trùng với phiếu P-6"));
		assertThat(done.statusCode()).isEqualTo(302);
		// only the online A counts now: in the points, the monitoring and the shortfalls
		assertThat(pointsOf(set, unit, leaf)).isEqualByComparingTo(max);
		assertThat(this.monitoring.monitor(set.id())
			.forms()
			.stream()
			.filter((f) -> f.formId() == form.id())
			.findFirst()
			.orElseThrow()
			.units()
			.stream()
			.filter((u) -> u.unitId() == unit.id())
			.findFirst()
			.orElseThrow()
			.responses()).isEqualTo(1);
		assertThat(this.points.shortfalls(set.id())).anyMatch((s) -> s.unitId() == unit.id() && s.responses() == 1);
		Element asideRow = sheetRow(Jsoup.parse(staff.page(page).body()), "P-7");
		assertThat(asideRow.attr("data-set-aside")).isEqualTo("true");
		assertThat(asideRow.selectFirst("[data-state]").text()).contains("Nhập trùng với phiếu P-6");
		assertThat(audited("survey-sheet-set-aside", "Nhập trùng với phiếu P-6")).isEqualTo(1);
		// twice: refused
		HttpResponse<String> again = staff.post(page, setAside, Map.of("unit", unitId, "reason", "Lần nữa"));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(again.body()).select(".alert-danger").text()).contains("đã bị loại từ trước");

		HttpResponse<String> restored = staff.post(page, restore,
				Map.of("unit", unitId, "reason", "Kiểm tra lại: P-6 là phiếu khác"));
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(pointsOf(set, unit, leaf)).isEqualByComparingTo(both);
		assertThat(sheetRow(Jsoup.parse(staff.page(page).body()), "P-7").attr("data-set-aside")).isEqualTo("false");
		assertThat(audited("survey-sheet-restored", "Kiểm tra lại: P-6 là phiếu khác")).isEqualTo(1);

		// once the council approved the year: refused with the way that remains
		this.appraisal.recordCompletedYear(this.cycles.findForSet(set.id()).orElseThrow().id(), "hoidong");
		Document closed = Jsoup.parse(staff.page(page).body());
		assertThat(closed.select("#sheets form")).isEmpty();
		assertThat(closed.select("[data-year-closed]").text()).contains("sửa điểm đã công bố");
		HttpResponse<String> late = staff.post(page, setAside, Map.of("unit", unitId, "reason", "Muộn"));
		assertThat(late.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(late.body()).select(".alert-danger").text()).contains("Năm 2049");
		assertThat(pointsOf(set, unit, leaf)).isEqualByComparingTo(both);
	}

	/**
	 * A batch of codes withdrawn (lost, or handed to the wrong unit): a reason is
	 * required and the staff is asked first, saying how many unused codes stop; then its
	 * unused codes open nothing and the form says they were withdrawn, while the response
	 * already stored with one of its codes still counts and stays unlinked. Audited,
	 * shown in the batch list and the export, refused once the year is approved.
	 */
	@Test
	void aWithdrawnBatchStopsItsUnusedCodesAndKeepsTheResponsesAlreadyStored() throws Exception {
		IndexSetView set = newYear(2050);
		UnitView unit = units(set).get(0);
		SurveyFormView form = define(set, "MW1", this.started.minus(Duration.ofDays(1)),
				this.started.plus(Duration.ofDays(30)), BigDecimal.ONE);
		List<String> lost = issue(form, unit, 5);
		List<String> kept = issue(form, unit, 2);
		answerOnline(lost.get(0), Map.of("Q1", "A", "Q2", "A", "D1", "A"));
		// a respondent's draft on a code of the lost batch
		assertThat(this.invitations.saveDraft(lost.get(1), "10.0.0.9", Map.of("Q1", "B")))
			.isEqualTo(InvitationStatus.OPEN);
		String leaf = surveyLeaves(set).get(0);
		BigDecimal max = surveyLeafMax(set, leaf);
		assertThat(pointsOf(set, unit, leaf)).isEqualByComparingTo(max);
		long batch = this.jdbc.sql("select min(id) from survey_invitation_batch where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single();

		WebClient staff = signedIn("dieutra");
		String page = "/admin/survey/forms/" + form.id() + "/invitations";
		String withdraw = page + "/batches/" + batch + "/withdraw";
		Element line = Jsoup.parse(staff.page(page).body()).selectFirst("li[data-batch-id=" + batch + "]");
		assertThat(line.select("form[data-withdraw-form] textarea[name=reason]")).hasSize(1);

		// no reason: said beside the field, nothing asked, nothing withdrawn
		HttpResponse<String> noReason = staff.post(page, withdraw, Map.of("reason", "   "));
		assertThat(noReason.statusCode()).isEqualTo(400);
		Element refused = Jsoup.parse(noReason.body()).selectFirst("li[data-batch-id=" + batch + "]");
		assertThat(refused.select("[data-withdraw-problem]").text()).startsWith("Hãy ghi lý do thu hồi");
		assertThat(refused.select("details[data-withdraw]").hasAttr("open")).isTrue();
		assertThat(this.invitations.open(lost.get(2), "10.0.0.9").status()).isEqualTo(InvitationStatus.OPEN);

		// too long: refused at once with its length, before any question (walk of issue
		// 10, #5)
		HttpResponse<String> tooLong = staff.post(page, withdraw, Map.of("reason", "x".repeat(501)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		Document longPage = Jsoup.parse(tooLong.body());
		assertThat(longPage.select("form[data-withdraw-confirm]")).isEmpty();
		assertThat(longPage.selectFirst("li[data-batch-id=" + batch + "]").select("[data-withdraw-problem]").text())
			.isEqualTo("Lý do thu hồi dài 501 ký tự, quá 500 ký tự cho phép: hãy rút gọn. Chưa thu hồi gì.");
		assertThat(this.invitations.open(lost.get(2), "10.0.0.9").status()).isEqualTo(InvitationStatus.OPEN);

		// asked first, with what stops working
		String reason = "Đợt phiếu mời giao nhầm cho xã khác";
		HttpResponse<String> asked = staff.post(page, withdraw, Map.of("reason", reason));
		assertThat(asked.statusCode()).isEqualTo(200);
		Element confirm = Jsoup.parse(asked.body()).selectFirst("form[data-withdraw-confirm]");
		assertThat(confirm.text()).contains("Thu hồi đợt 1")
			.contains("4 mã chưa dùng sẽ không dùng được nữa")
			.contains("1 mã đã dùng và các phiếu đã nhận vẫn được tính");
		assertThat(confirm.select("input[name=reason]").val()).isEqualTo(reason);
		assertThat(this.invitations.open(lost.get(2), "10.0.0.9").status()).isEqualTo(InvitationStatus.OPEN);

		HttpResponse<String> done = staff.post(page, withdraw, Map.of("reason", reason, "confirmed", "true"));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(audited("survey-codes-withdrawn", reason)).isEqualTo(1);
		// the unused codes open nothing, and the form says why, not "wrong code"
		WebClient respondent = new WebClient(this.port);
		for (String code : lost.subList(1, 5)) {
			HttpResponse<String> opened = respondent.page("/khao-sat/" + code);
			assertThat(opened.statusCode()).isEqualTo(410);
			assertThat(Jsoup.parse(opened.body()).select("#code-error").text()).startsWith("Mã mời này đã bị thu hồi")
				.doesNotContain("không đúng");
		}
		HttpResponse<String> posted = respondent.post("/khao-sat", "/khao-sat/" + lost.get(2),
				Map.of("q.Q1", "A", "q.Q2", "A", "q.D1", "A", "confirmMissing", "true"));
		assertThat(posted.statusCode()).isEqualTo(410);
		assertThat(this.invitations.submit(lost.get(3), "10.0.0.9", Map.of("Q1", "A", "Q2", "A", "D1", "A")))
			.isEqualTo(InvitationStatus.WITHDRAWN);
		// the other batch works; the used code still thanks; the response still counts
		assertThat(this.invitations.open(kept.get(0), "10.0.0.9").status()).isEqualTo(InvitationStatus.OPEN);
		assertThat(this.invitations.open(lost.get(0), "10.0.0.9").status()).isEqualTo(InvitationStatus.USED);
		assertThat(pointsOf(set, unit, leaf)).isEqualByComparingTo(max);
		assertThat(this.jdbc.sql("select count(*) from survey_response where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from survey_invitation_draft d join survey_invitation i "
					+ "on i.id = d.invitation_id where i.batch_id = ?")
			.param(batch)
			.query(Long.class)
			.single()).isZero();
		// the monitoring counts the codes still out: 2 of the other batch, and the used
		// one
		SurveyMonitoringView.UnitProgress progress = this.monitoring.monitor(set.id())
			.forms()
			.stream()
			.filter((f) -> f.formId() == form.id())
			.findFirst()
			.orElseThrow()
			.units()
			.stream()
			.filter((u) -> u.unitId() == unit.id())
			.findFirst()
			.orElseThrow();
		assertThat(progress.issued()).isEqualTo(3);
		assertThat(progress.used()).isEqualTo(1);
		// the withdrawn codes opened since are flagged, even once each: someone holds the
		// lost batch (walk of issue 10)
		Flag tried = this.monitoring.monitor(set.id())
			.flags()
			.stream()
			.filter((flag) -> flag.kind() == FlagKind.WITHDRAWN_TRIED && flag.unitId() == unit.id())
			.findFirst()
			.orElseThrow();
		// four codes opened once each, one of them also sent once
		assertThat(tried.count()).isEqualTo(4);
		assertThat(tried.context()).isEqualTo(5);
		assertThat(tried.detail()).contains(InvitationCodes.grouped(lost.get(1)));
		Element triedShown = Jsoup.parse(staff.page("/admin/survey/sets/" + set.id() + "/monitoring").body())
			.selectFirst("[data-flag=withdrawn-tried]");
		assertThat(triedShown.select("[data-how-many]").text())
			.isEqualTo("4 mã của đợt đã thu hồi được dùng thử sau khi thu hồi, tổng cộng 5 lượt.");
		assertThat(triedShown.select("[data-flag-detail]").text()).startsWith("Các mã: ");

		// the batch list, the print page and the export say so
		Document listed = Jsoup.parse(staff.page(page).body());
		// the invitations page and the monitoring count the same codes of the same form
		// and unit: 7 printed, 4 withdrawn unused, so 3 issued, 1 used (walk of 03/12
		// saw "6" beside "1 / 3": two forms' pages, now pinned to agree)
		Element unitRow = listed.selectFirst("#invitation-units tr[data-unit-id=" + unit.id() + "]");
		assertThat(unitRow.select("[data-issued]").text()).isEqualTo("3");
		assertThat(unitRow.select("[data-used]").text()).isEqualTo("1");
		assertThat(Jsoup.parse(staff.page("/admin/survey/sets/" + set.id() + "/monitoring").body())
			.select("#monitor-form-" + form.id() + " tr[data-unit-id=" + unit.id() + "] [data-codes]")
			.text()).isEqualTo("1 / 3");
		Element withdrawn = listed.selectFirst("li[data-batch-id=" + batch + "]");
		assertThat(withdrawn.select("[data-withdrawn]").text()).isEqualTo("Đã thu hồi");
		// by the person's name, as everywhere, never the login (walk of 03/12)
		assertThat(withdrawn.select("[data-withdrawal]").text()).contains("(Lê Thị Mai Anh)")
			.doesNotContain("dieutra")
			.contains(reason)
			.contains("4 mã chưa dùng không còn mở được phiếu");
		assertThat(withdrawn.select("form")).isEmpty();
		assertThat(listed.select("li[data-batch-id] form[data-withdraw-form]")).hasSize(1);
		// what "Mã đã phát" counts is said above the table (walk of issue 10, second
		// round,
		// #11)
		assertThat(listed.select("#invitation-issued-help").text())
			.startsWith("Mã đã phát: mọi mã của các đợt đã phát cho đơn vị, không kể mã chưa dùng của đợt đã thu hồi");
		// a batch none of whose codes was used: no "0 mã đã dùng" (same walk)
		long keptBatch = this.jdbc.sql("select max(id) from survey_invitation_batch where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single();
		Element keptConfirm = Jsoup
			.parse(staff.post(page, page + "/batches/" + keptBatch + "/withdraw", Map.of("reason", "Thử")).body())
			.selectFirst("form[data-withdraw-confirm]");
		assertThat(keptConfirm.text()).contains("2 mã chưa dùng sẽ không dùng được nữa")
			.contains("chưa mã nào được dùng nên không phiếu nào bị ảnh hưởng")
			.doesNotContain("0 mã");
		Document print = Jsoup.parse(staff.page(page + "/batches/" + batch + "/print").body());
		assertThat(print.select("[data-invitation-card]")).isEmpty();
		assertThat(print.select("[data-withdrawn]").text()).contains("đã bị thu hồi");
		String csv = new String(staff.bytes(page + "/batches/" + batch + ".csv"), StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("Đã thu hồi");
		assertThat(csv.lines().filter((l) -> l.contains("Có, thu hồi lúc")).count()).isEqualTo(4);

		// twice: refused, nothing changes
		HttpResponse<String> again = staff.post(page, withdraw, Map.of("reason", "Lần nữa", "confirmed", "true"));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(again.body()).select(".alert-danger").text()).contains("đã được thu hồi trước đó");

		// once the council approved the year: refused, said, the other batch untouched
		long other = this.jdbc.sql("select max(id) from survey_invitation_batch where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single();
		this.appraisal.recordCompletedYear(this.cycles.findForSet(set.id()).orElseThrow().id(), "hoidong");
		assertThat(Jsoup.parse(staff.page(page).body()).select("form[data-withdraw-form]")).isEmpty();
		HttpResponse<String> late = staff.post(page, page + "/batches/" + other + "/withdraw",
				Map.of("reason", "Muộn", "confirmed", "true"));
		assertThat(late.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(late.body()).select(".alert-danger").text()).contains("Năm 2050")
			.contains("không thu hồi mã mời được nữa");
		assertThat(this.jdbc.sql("select count(*) from survey_invitation where batch_id = ? and withdrawn")
			.param(other)
			.query(Long.class)
			.single()).isZero();
		assertThat(audited("survey-codes-withdrawn", "Muộn")).isZero();
	}

	/**
	 * The survey staff's home page lists what is waiting in each open year's survey, how
	 * many of what, linking to where it is done; the hub shows the same; nothing once the
	 * year is approved, and nothing for another role.
	 */
	@Test
	void theSurveyStaffsHomePageListsWhatIsWaitingWithLinks() {
		IndexSetView set = newYear(2051);
		List<UnitView> units = units(set);
		UnitView unit = units.get(0);
		// closing in two days, no code issued yet
		SurveyFormView closing = define(set, "MT1", this.started.minus(Duration.ofDays(5)),
				this.started.plus(Duration.ofDays(2)), BigDecimal.ONE);
		// codes out, one unit short of its sample, one paper sheet waiting for its second
		// entry
		SurveyFormView running = define(set, "MT2", this.started.minus(Duration.ofDays(5)),
				this.started.plus(Duration.ofDays(40)), BigDecimal.ONE);
		this.invitations.setTarget(new SetSurveyTarget(running.id(), unit.id(), 3, null, null));
		answerOnline(issue(running, unit, 4).get(0), ALL_A);
		this.paper.setDoubleEntry(running.id(), true);
		this.paper.enter(new EnterPaperSheet(running.id(), unit.id(), "P-1", Map.of("Q1", "a", "Q2", "b", "D1", "a")));

		WebClient staff = signedIn("dieutra");
		Document home = Jsoup.parse(staff.page("/account").body());
		String codes = "/admin/survey/forms/" + closing.id() + "/invitations";
		Element noCodes = home.selectFirst("#reminders a[href=" + codes + "]");
		assertThat(noCodes).isNotNull();
		assertThat(noCodes.text()).startsWith("Khảo sát năm 2051, phiếu MT1: " + units.size()
				+ " đơn vị được đánh giá chưa có mã mời dùng được (chưa phát đợt mã nào, hoặc mọi đợt đã thu hồi); hạn trả lời ");
		// due within three days: marked urgent
		assertThat(noCodes.parent().hasClass("text-danger")).isTrue();
		// codes for one unit of the form: the others are still counted (walk of issue
		// 10, #8)
		assertThat(home.selectFirst("#reminders a[href=/admin/survey/forms/" + running.id() + "/invitations]").text())
			.startsWith("Khảo sát năm 2051, phiếu MT2: " + (units.size() - 1)
					+ " đơn vị được đánh giá chưa có mã mời dùng được");
		String paperPage = "/admin/survey/forms/" + running.id() + "/paper";
		assertThat(home.select("#reminders a[href=" + paperPage + "]").text()).isEqualTo(
				"Khảo sát năm 2051, phiếu MT2: 1 phiếu giấy đang chờ nhập lần hai hoặc chờ đối chiếu chênh lệch, chưa được tính.");
		String monitoringPage = "/admin/survey/sets/" + set.id() + "/monitoring";
		List<String> monitoring = home.select("#reminders a[href=" + monitoringPage + "]").eachText();
		assertThat(monitoring).contains("Khảo sát năm 2051: 1 trường hợp đơn vị chưa đủ cỡ mẫu tối thiểu.");
		assertThat(monitoring).anyMatch((text) -> text.startsWith("Khảo sát năm 2051, phiếu MT1: hết hạn trả lời lúc ")
				&& text.contains("đã nhận 0 phiếu"));
		assertThat(monitoring).noneMatch((text) -> text.contains("phiếu MT2: hết hạn"));
		// the links lead to the work
		assertThat(Jsoup.parse(staff.page(codes).body()).select("#invitation-units")).hasSize(1);
		assertThat(staff.page(paperPage).statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(staff.page(monitoringPage).body()).select("#monitor-below").text())
			.startsWith("Có 1 trường hợp");
		// the hub shows the same to-dos
		Element hub = Jsoup.parse(staff.page("/admin/survey").body()).selectFirst("#set-" + set.id());
		assertThat(hub.select("[data-todos] a[href=" + codes + "]").text()).isEqualTo(noCodes.text());
		assertThat(hub.select("[data-todos] a[href=" + paperPage + "]")).hasSize(1);
		// in English
		Document english = Jsoup.parse(staff.page("/account?lang=en").body());
		assertThat(english.select("#reminders a[href=" + paperPage + "]").text()).isEqualTo(
				"Survey 2051, form MT2: 1 paper sheet is waiting for a second entry or for differences to be resolved, and not counted yet.");
		assertThat(english.select("#reminders a[href=" + codes + "]").text())
			.startsWith("Survey 2051, form MT1: " + units.size() + " units rated have no invitation code in force");
		staff.page("/account?lang=vi");

		// codes for one unit: the others still have none (walk of issue 10, #8)
		issue(closing, unit, 2);
		assertThat(Jsoup.parse(staff.page("/account").body()).select("#reminders a[href=" + codes + "]").text())
			.startsWith("Khảo sát năm 2051, phiếu MT1: " + (units.size() - 1)
					+ " đơn vị được đánh giá chưa có mã mời dùng được");
		// codes for every unit: that to-do goes
		units.stream().skip(1).forEach((other) -> issue(closing, other, 1));
		assertThat(Jsoup.parse(staff.page("/account").body()).select("#reminders a[href=" + codes + "]")).isEmpty();
		// the only batch of MT2's unit withdrawn after one of its codes was used: the
		// unit
		// has no code to hand out any more, so it is counted again (walk of issue 10,
		// second round, #4)
		long runningBatch = this.jdbc.sql("select id from survey_invitation_batch where form_id = ?")
			.param(running.id())
			.query(Long.class)
			.single();
		this.invitations.withdraw(running.id(), runningBatch, "In nhầm đơn vị");
		assertThat(Jsoup.parse(staff.page("/account").body())
			.select("#reminders a[href=/admin/survey/forms/" + running.id() + "/invitations]")
			.text())
			.startsWith("Khảo sát năm 2051, phiếu MT2: " + units.size() + " đơn vị được đánh giá chưa có mã mời");
		// a unit surveyed on paper only (a sheet keyed, no code ever) needs no code, and
		// a form opening in a month is not due yet; one opening in ten days is (walk of
		// issue 10, third round, #7)
		SurveyFormView onPaper = define(set, "MT3", this.started.minus(Duration.ofDays(1)),
				this.started.plus(Duration.ofDays(40)), BigDecimal.ONE);
		this.paper.enter(new EnterPaperSheet(onPaper.id(), unit.id(), "1", Map.of("Q1", "a", "Q2", "b", "D1", "a")));
		SurveyFormView later = define(set, "MT4", this.started.plus(Duration.ofDays(30)),
				this.started.plus(Duration.ofDays(60)), BigDecimal.ONE);
		SurveyFormView soon = define(set, "MT5", this.started.plus(Duration.ofDays(10)),
				this.started.plus(Duration.ofDays(60)), BigDecimal.ONE);
		Document prepared = Jsoup.parse(staff.page("/account").body());
		assertThat(prepared.select("#reminders a[href=/admin/survey/forms/" + onPaper.id() + "/invitations]").text())
			.startsWith("Khảo sát năm 2051, phiếu MT3: " + (units.size() - 1) + " đơn vị");
		assertThat(prepared.select("#reminders a[href=/admin/survey/forms/" + later.id() + "/invitations]")).isEmpty();
		assertThat(prepared.select("#reminders a[href=/admin/survey/forms/" + soon.id() + "/invitations]").text())
			.startsWith("Khảo sát năm 2051, phiếu MT5: " + units.size() + " đơn vị");
		// another role is not told
		Document office = Jsoup.parse(signedIn("sonoivu").page("/account").body());
		assertThat(office.select("#reminders a[href=" + paperPage + "]")).isEmpty();
		// the year approved: nothing more about it
		this.appraisal.recordCompletedYear(this.cycles.findForSet(set.id()).orElseThrow().id(), "hoidong");
		Document after = Jsoup.parse(staff.page("/account").body());
		assertThat(after.select("#reminders a[href=" + paperPage + "]")).isEmpty();
		assertThat(after.select("#reminders a[href=" + monitoringPage + "]")).isEmpty();
		assertThat(Jsoup.parse(staff.page("/admin/survey").body()).select("#set-" + set.id() + " [data-todos]"))
			.isEmpty();
	}

	/**
	 * The sheets received of a unit: the numbered paper sheets of a day before those
	 * without a number, a summary of how many of each, a search by number read as the
	 * paper entry reads it, an unknown unit said (walk of issue 10, second round, #5 and
	 * #6).
	 */
	@Test
	void theSheetsReceivedPutNumberedSheetsFirstAndFindASheetByItsNumber() {
		IndexSetView set = newYear(2053);
		UnitView unit = units(set).get(0);
		SurveyFormView form = define(set, "MF1", this.started.minus(Duration.ofDays(1)),
				this.started.plus(Duration.ofDays(30)), BigDecimal.ONE);
		record(form, unit, ResponseChannel.PAPER, Map.of("Q1", "A", "Q2", "A"));
		record(form, unit, ResponseChannel.PAPER, Map.of("Q1", "B", "Q2", "B"));
		this.paper
			.enter(new EnterPaperSheet(form.id(), unit.id(), "Phiếu số 12", Map.of("Q1", "a", "Q2", "b", "D1", "a")));
		this.paper.enter(new EnterPaperSheet(form.id(), unit.id(), "7", Map.of("Q1", "c", "Q2", "d", "D1", "a")));
		record(form, unit, ResponseChannel.ONLINE, Map.of("Q1", "A", "Q2", "A"));

		WebClient staff = signedIn("dieutra");
		String page = "/admin/survey/forms/" + form.id() + "/sheets?unit=" + unit.id();
		Document shown = Jsoup.parse(staff.page(page).body());
		assertThat(shown.select("#sheets tbody tr [data-number]").eachText()).containsExactly("Trực tuyến, không có số",
				"7", "12", "Không ghi số", "Không ghi số");
		assertThat(shown.select("#sheets-summary").text()).isEqualTo(
				"5 phiếu đã nhận: 1 trực tuyến, 2 phiếu giấy có số, 2 phiếu giấy không ghi số. Phiếu giấy có số đứng trước phiếu không ghi số trong mỗi ngày.");
		assertThat(shown.select("#sheets-unit button").first().text()).isEqualTo("Xem phiếu đã nhận");

		Document found = Jsoup.parse(staff
			.page(page + "&sheet=" + java.net.URLEncoder.encode("Số 07", java.nio.charset.StandardCharsets.UTF_8))
			.body());
		assertThat(found.select("#sheets tbody tr [data-number]").eachText()).containsExactly("7");
		assertThat(found.select("#sheets-found").text()).isEqualTo("Phiếu giấy số 7: 1 phiếu.");
		assertThat(found.select("#sheets-number").val()).isEqualTo("Số 07");
		Document none = Jsoup.parse(staff.page(page + "&sheet=99").body());
		assertThat(none.select("#sheets tbody tr")).isEmpty();
		assertThat(none.select("#sheets-found").text())
			.isEqualTo("Không có phiếu giấy số 99 trong các phiếu đã nhận của đơn vị này.");
		assertThat(found.select("#sheets-unit-select option[selected]").val()).isEqualTo(Long.toString(unit.id()));
		// a number not read is said as a search ("Không tìm được"), with no list that
		// could
		// pass for its results, and an invisible character by its code
		Document bad = Jsoup.parse(staff.page(page + "&sheet=1,5").body());
		assertThat(bad.select("#sheets-find-error").text()).isEqualTo(
				"Không tìm được: “1,5” không đọc được là một số phiếu. Hãy gõ số ghi trên phiếu, ví dụ 7, Số 7 hoặc P-07.");
		assertThat(bad.select("#sheets tbody tr")).isEmpty();
		assertThat(bad.select("#sheets-summary").text()).startsWith("5 phiếu đã nhận");
		Document rtl = Jsoup.parse(staff.page(page + "&sheet=7%E2%80%AE8").body());
		assertThat(rtl.select("#sheets-find-error").text()).contains("“7U+202E8”");

		// a sheet found and set aside: the page goes back to the search, and the summary
		// counts it apart, so the kinds add up to what the monitoring counts (walk of
		// issue 10, fourth round)
		String responseId = found.selectFirst("#sheets tbody tr").attr("data-response");
		String search = java.net.URLEncoder.encode("Số 07", java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> setAside = staff.post(page + "&sheet=" + search,
				"/admin/survey/forms/" + form.id() + "/sheets/" + responseId + "/set-aside",
				Map.of("unit", Long.toString(unit.id()), "reason", "Phiếu nhập trùng", "sheet", "Số 07"));
		assertThat(setAside.statusCode()).isEqualTo(302);
		String back = setAside.headers().firstValue("Location").orElseThrow();
		assertThat(back).contains("unit=" + unit.id()).contains("sheet=S%E1%BB%91+07");
		Document after = Jsoup.parse(staff.page(page).body());
		assertThat(after.select("#sheets-summary").text()).isEqualTo(
				"5 phiếu đã nhận: 1 trực tuyến, 1 phiếu giấy có số, 2 phiếu giấy không ghi số, 1 phiếu đã loại (không được tính). Phiếu giấy có số đứng trước phiếu không ghi số trong mỗi ngày.");

		Document unknown = Jsoup.parse(staff.page("/admin/survey/forms/" + form.id() + "/sheets?unit=999999").body());
		assertThat(unknown.select("#sheets-unknown-unit").text())
			.startsWith("Phiếu khảo sát này không đánh giá đơn vị có mã số 999999");
		HttpResponse<String> typed = staff.page("/admin/survey/forms/" + form.id() + "/sheets?unit=abc");
		assertThat(typed.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(typed.body()).text()).contains("Đơn vị “abc” trong địa chỉ trang không hợp lệ");
	}

	private BigDecimal pointsOf(IndexSetView set, UnitView unit, String leaf) {
		return this.points.compute(set.id())
			.stream()
			.filter((s) -> s.unitId() == unit.id() && s.leafCode().equals(leaf))
			.findFirst()
			.orElseThrow()
			.points();
	}

	private static Element sheetRow(Document page, String number) {
		return page.select("#sheets tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("[data-number]").text().equals(number))
			.findFirst()
			.orElseThrow();
	}

	private long audited(String action, String reason) {
		return this.jdbc.sql("select count(*) from identity_audit_event where action = ? and reason = ?")
			.params(action, reason)
			.query(Long.class)
			.single();
	}

	@Test
	void flagsIdenticalBurstsRetriedCodesUnknownCodesAndAnswersOutsideTheWindow() {
		IndexSetView set = newYear(2042);
		List<UnitView> units = units(set);
		Instant opens = this.started.minus(Duration.ofDays(5));
		Instant closes = this.started.plus(Duration.ofDays(30));
		SurveyFormView form = define(set, "MS1", opens, closes, BigDecimal.ONE);
		LocalDate today = LocalDate.ofInstant(this.started, ZONE);

		// a burst: 4 identical online sheets (the threshold here) and another for unit 0
		for (int i = 0; i < 4; i++) {
			record(form, units.get(0), ResponseChannel.ONLINE, ALL_A);
		}
		record(form, units.get(0), ResponseChannel.ONLINE, Map.of("Q1", "B", "Q2", "A", "D1", "A"));
		// no burst: 3 identical, and one more that differs only by a blank question
		for (int i = 0; i < 3; i++) {
			record(form, units.get(1), ResponseChannel.PAPER, ALL_A);
		}
		record(form, units.get(1), ResponseChannel.PAPER, Map.of("Q1", "A", "Q2", "A"));
		assertThat(this.monitoring.monitor(set.id()).flags()).extracting(Flag::kind, Flag::unitId)
			.containsExactly(tuple(FlagKind.IDENTICAL_SHEETS, units.get(0).id()));
		// the sheet each response keeps (what the monitoring groups on) is its answers as
		// V107's migration folds them in SQL
		assertThat(this.jdbc.sql("""
				select count(*) from survey_response r where r.form_id = ? and r.sheet <> coalesce((
				    select string_agg(cast(a.option_id as varchar(20)), ',' order by a.question_id)
				    from survey_answer a where a.response_id = r.id), '')
				""").param(form.id()).query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(distinct sheet) from survey_response where form_id = ?")
			.param(form.id())
			.query(Long.class)
			.single()).isEqualTo(3L);

		// a used code opened again 3 times is flagged, one opened twice is not
		List<String> codes = issue(form, units.get(2), 2);
		answerOnline(codes.get(0), Map.of("Q1", "C", "Q2", "D"));
		answerOnline(codes.get(1), Map.of("Q1", "D", "Q2", "C"));
		for (int i = 0; i < 2; i++) {
			assertThat(this.invitations.open(codes.get(0), "10.0.0.1").status()).isEqualTo(InvitationStatus.USED);
			this.invitations.open(codes.get(1), "10.0.0.1");
		}
		assertThat(kinds(set)).containsExactly(FlagKind.IDENTICAL_SHEETS);
		this.invitations.open(codes.get(0), "10.0.0.1");

		// unknown codes: 4 on a day are not flagged, 5 are
		long before = unknownToday(today);
		for (int i = 0; i < 4; i++) {
			assertThat(this.invitations.open("ZZZZZZZZZ" + InvitationCodes.ALPHABET.charAt(i), "10.0.0.2").status())
				.isEqualTo(InvitationStatus.UNKNOWN);
		}
		if (before + 4 < 5) {
			assertThat(kinds(set)).containsExactly(FlagKind.IDENTICAL_SHEETS, FlagKind.CODE_RETRIED);
		}
		this.invitations.open("ZZZZZZZZZZ", "10.0.0.2");

		// a paper sheet keyed two days after the closing day, and an online response
		// that reached the table without the service (loaded from elsewhere) a day
		// before the opening day
		this.clock.set(closes.plus(Duration.ofDays(2)));
		record(form, units.get(3), ResponseChannel.PAPER, ALL_A);
		this.clock.set(this.started);
		LocalDate early = LocalDate.ofInstant(opens, ZONE).minusDays(1);
		insertResponse(form, units.get(4), ResponseChannel.ONLINE, early, ALL_A);

		SurveyMonitoringView view = this.monitoring.monitor(set.id());
		assertThat(view.flags()).extracting(Flag::kind)
			.containsExactly(FlagKind.IDENTICAL_SHEETS, FlagKind.CODE_RETRIED, FlagKind.BEFORE_OPENING,
					FlagKind.AFTER_CLOSING, FlagKind.UNKNOWN_CODES);
		Flag burst = view.flags().get(0);
		assertThat(burst).extracting(Flag::formCode, Flag::unitId, Flag::day, Flag::channel, Flag::count, Flag::context)
			.containsExactly("MS1", units.get(0).id(), today, ResponseChannel.ONLINE, 4L, 5L);
		assertThat(burst.detail()).isEqualTo("Q1: A · Q2: A · D1: A");
		assertThat(view.flags().get(1)).extracting(Flag::unitId, Flag::day, Flag::count, Flag::context)
			.containsExactly(units.get(2).id(), null, 1L, 3L);
		assertThat(view.flags().get(2)).extracting(Flag::unitId, Flag::day, Flag::channel, Flag::count)
			.containsExactly(units.get(4).id(), early, ResponseChannel.ONLINE, 1L);
		assertThat(view.flags().get(3)).extracting(Flag::unitId, Flag::day, Flag::channel, Flag::count)
			.containsExactly(units.get(3).id(), LocalDate.ofInstant(closes, ZONE).plusDays(2), ResponseChannel.PAPER,
					1L);
		assertThat(view.flags().get(4)).extracting(Flag::formId, Flag::day, Flag::count)
			.containsExactly(null, today, before + 5);

		WebClient staff = signedIn("dieutra");
		String page = "/admin/survey/sets/" + set.id() + "/monitoring";
		Document shown = Jsoup.parse(staff.page(page).body());
		assertThat(shown.select("#monitor-no-flags")).isEmpty();
		Element identical = shown.selectFirst("[data-flag=identical-sheets]");
		assertThat(identical.child(0).text()).isEqualTo("Nhiều phiếu giống hệt nhau trong cùng một ngày");
		assertThat(identical.select("[data-where]").text())
			.isEqualTo("Phiếu MS1 · đơn vị " + units.get(0).name() + " · ngày " + day(today) + " · kênh Trực tuyến");
		assertThat(identical.select("[data-how-many]").text()).isEqualTo(
				"4 phiếu trả lời giống hệt nhau (mọi câu cùng một phương án) trong 5 phiếu của đơn vị trong ngày đó.");
		assertThat(identical.text()).contains("Các câu trả lời: Q1: A · Q2: A · D1: A");
		assertThat(identical.select("[data-action]").text()).startsWith("Cần xem xét:");
		Element retried = shown.selectFirst("[data-flag=code-retried]");
		assertThat(retried.select("[data-where]").text()).isEqualTo("Phiếu MS1 · đơn vị " + units.get(2).name());
		assertThat(retried.select("[data-how-many]").text())
			.isEqualTo("1 mã mời đã dùng bị mở lại nhiều lần, tổng cộng 3 lượt.");
		// walk10 #12: the flag names the code, so its invitation can be traced in the
		// batch's list; the identical-sheets advice points to where a sheet is set aside
		// (the code as printed, with the dash: walk of issue 10, #6)
		assertThat(retried.select("[data-flag-detail]").text())
			.isEqualTo("Các mã: " + InvitationCodes.grouped(codes.get(0)))
			.contains("-");
		assertThat(identical.select("[data-action]").text()).contains("Phiếu không hợp lệ có thể được loại, kèm lý do");
		Element late = shown.selectFirst("[data-flag=after-closing]");
		assertThat(late.select("[data-where]").text()).endsWith("kênh Phiếu giấy");
		assertThat(late.select("[data-action]").text()).startsWith("Phiếu giấy được nhập sau hạn là hợp lệ nếu");
		Element early2 = shown.selectFirst("[data-flag=before-opening]");
		assertThat(early2.select("[data-action]").text()).contains("đồng hồ máy chủ sai");
		Element unknown = shown.selectFirst("[data-flag=unknown-codes]");
		assertThat(unknown.select("[data-where]").text()).isEqualTo("Ngày " + day(today));
		assertThat(unknown.select("[data-action]").text()).startsWith("Có thể có người dò mã.");

		Document en = Jsoup.parse(staff.page(page + "?lang=en").body());
		assertThat(en.selectFirst("[data-flag=identical-sheets]").select("[data-how-many]").text()).isEqualTo(
				"4 identical responses (the same option to every question) among the unit's 5 responses of that day.");
		assertThat(en.selectFirst("[data-flag=after-closing]").select("[data-where]").text())
			.isEqualTo("Form MS1 · unit " + units.get(3).name() + " · day "
					+ day(LocalDate.ofInstant(closes, ZONE).plusDays(2)) + " · channel Paper form");
	}

	@Test
	void aCleanSurveyRaisesNoFlag() {
		IndexSetView set = newYear(2043);
		List<UnitView> units = units(set);
		// a survey that ran last month: answers on several days, a few alike
		Instant opens = this.started.minus(Duration.ofDays(40));
		Instant closes = this.started.minus(Duration.ofDays(20));
		SurveyFormView form = define(set, "MC1", opens, closes, BigDecimal.ONE);
		String[] labels = { "A", "B", "C", "D", "E" };
		for (int day = 0; day < 3; day++) {
			this.clock.set(opens.plus(Duration.ofDays(1 + day)));
			for (int u = 0; u < 3; u++) {
				// three identical sheets a day and unit (under the threshold of 4), the
				// rest
				// varied
				for (int i = 0; i < 3; i++) {
					record(form, units.get(u), ResponseChannel.ONLINE, ALL_A);
				}
				for (int i = 0; i < 5; i++) {
					record(form, units.get(u), ResponseChannel.PAPER,
							Map.of("Q1", labels[i], "Q2", labels[(i + day + u) % 5], "D1", (i % 2 == 0) ? "A" : "B"));
				}
			}
		}
		this.clock.set(opens.plus(Duration.ofDays(5)));
		List<String> codes = issue(form, units.get(0), 3);
		for (String code : codes) {
			answerOnline(code, Map.of("Q1", "B", "Q2", "C"));
			// opened again twice: under the threshold of 3
			this.invitations.open(code, "10.0.0.3");
			this.invitations.open(code, "10.0.0.3");
		}
		for (int i = 0; i < 4; i++) {
			this.invitations.open("YYYYYYYYY" + InvitationCodes.ALPHABET.charAt(i), "10.0.0.4");
		}
		// a paper sheet keyed on the closing day itself is inside the window
		this.clock.set(closes.minus(Duration.ofMinutes(1)));
		record(form, units.get(1), ResponseChannel.PAPER, Map.of("Q1", "C", "Q2", "B"));
		this.clock.set(this.started);

		SurveyMonitoringView view = this.monitoring.monitor(set.id());
		assertThat(view.forms()).filteredOn((f) -> f.formId() == form.id())
			.singleElement()
			.satisfies((f) -> assertThat(f.responses()).isEqualTo(3 * 3 * 8 + 3 + 1));
		assertThat(view.flags()).isEmpty();
		Document shown = Jsoup.parse(signedIn("dieutra").page("/admin/survey/sets/" + set.id() + "/monitoring").body());
		assertThat(shown.select("#monitor-no-flags").text()).isEqualTo("Không có dấu hiệu bất thường.");
		assertThat(shown.select("[data-flag]")).isEmpty();
	}

	@Test
	void exportsAnonymousResponsesAndTheAggregatesAsCsvAndXlsx() throws Exception {
		IndexSetView set = newYear(2044);
		List<UnitView> units = units(set);
		UnitView unit = units.get(0);
		Instant opens = this.started.minus(Duration.ofDays(1));
		Instant closes = this.started.plus(Duration.ofDays(30));
		// leaders (weight 1) answer A, B and E; citizens (weight 3) answer C:
		// (1 × 0,8 + 3 × 0,2) ÷ 4 = 0,35 (docs/workflow.md, "Survey points")
		SurveyFormView leaders = define(set, "ME1", opens, closes, BigDecimal.ONE);
		SurveyFormView citizens = define(set, "ME2", opens, closes, new BigDecimal("3"));
		record(leaders, unit, ResponseChannel.ONLINE, Map.of("Q1", "A", "Q2", "B", "D1", "A"));
		record(leaders, unit, ResponseChannel.PAPER, Map.of("Q1", "B", "Q2", "E"));
		record(leaders, unit, ResponseChannel.ONLINE, Map.of("Q1", "E", "D1", "B"));
		record(citizens, unit, ResponseChannel.ONLINE, Map.of("Q1", "C", "Q2", "C", "D1", "A"));
		record(leaders, units.get(1), ResponseChannel.PAPER, Map.of("Q1", "D", "Q2", "D", "D1", "B"));
		String leaf = surveyLeaves(set).get(0);
		BigDecimal max = surveyLeafMax(set, leaf);

		WebClient officer = new WebClient(this.port);
		officer.signIn("dakpo.canbo", PASSWORD);
		String base = "/admin/survey/sets/" + set.id() + "/exports";
		assertThat(officer.page(base).statusCode()).isEqualTo(403);
		assertThat(officer.download(base + "/aggregates.csv").statusCode()).isEqualTo(403);
		WebClient staff = signedIn("dieutra");
		Document page = Jsoup.parse(staff.page(base).body());
		assertThat(page.select("tr[data-form=ME1] a[href$=responses.csv]")).hasSize(1);
		assertThat(page.select("tr[data-form=ME1] td").get(2).text()).isEqualTo("4");

		var csvResponse = staff.download(base + "/forms/" + leaders.id() + "/responses.csv");
		assertThat(csvResponse.statusCode()).isEqualTo(200);
		assertThat(csvResponse.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csvResponse.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("phieu-tra-loi-2044-ME1.csv");
		String csv = new String(csvResponse.body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		List<String> lines = csv.substring(1).lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(0)).isEqualTo("\"STT\",\"Mã phiếu\",\"Mã đơn vị\",\"Tên đơn vị\",\"Kênh\",\"Ngày\","
				+ "\"Q1\",\"Q1 trọng số\",\"Q2\",\"Q2 trọng số\",\"D1\",\"D1 trọng số\"");
		String today = LocalDate.ofInstant(this.started, ZONE).toString();
		List<String> unitRows = lines.subList(1, 4);
		assertThat(unitRows)
			.allSatisfy((line) -> assertThat(line).contains("\"ME1\",\"" + unit.code() + "\",\"" + unit.name() + "\"")
				.contains("\"" + today + "\""));
		assertThat(lines.subList(1, 5)).extracting((line) -> line.substring(0, line.indexOf(',')))
			.containsExactly("\"1\"", "\"2\"", "\"3\"", "\"4\"");
		// each response once, its answers and weights; blanks and "không biết" empty
		assertThat(unitRows.stream().map((line) -> line.substring(line.indexOf("\"" + today + "\"") + 13)).toList())
			.containsExactlyInAnyOrder("\"A\",\"1\",\"B\",\"0.6\",\"A\",\"\"", "\"B\",\"0.6\",\"E\",\"\",\"\",\"\"",
					"\"E\",\"\",\"\",\"\",\"B\",\"\"");
		assertThat(csv).contains("\"Trực tuyến\"").contains("\"Phiếu giấy\"");
		// nothing that leads to a stored response
		for (String id : this.jdbc.sql("select cast(id as varchar(40)) from survey_response where form_id = ?")
			.param(leaders.id())
			.query(String.class)
			.list()) {
			assertThat(csv).doesNotContain(id).doesNotContain(id.toUpperCase());
		}
		assertThat(csv).doesNotContainPattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-");

		try (Workbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(staff.bytes(base + "/forms/" + leaders.id() + "/responses.xlsx")))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Phiếu trả lời");
			assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(5);
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(5))).isTrue();
			assertThat(sheet.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate().toString())
				.isEqualTo(today);
			List<Double> weights = new ArrayList<>();
			for (int r = 1; r <= 3; r++) {
				if (sheet.getRow(r).getCell(7) != null) {
					weights.add(sheet.getRow(r).getCell(7).getNumericCellValue());
				}
			}
			assertThat(weights).containsExactlyInAnyOrder(1.0, 0.6);
			Sheet codebook = workbook.getSheetAt(1);
			assertThat(codebook.getSheetName()).isEqualTo("Câu hỏi và phương án");
			assertThat(codebook.getPhysicalNumberOfRows()).isEqualTo(1 + 5 + 5 + 2);
		}

		String aggregates = new String(staff.bytes(base + "/aggregates.csv"), StandardCharsets.UTF_8);
		List<String> rows = aggregates.substring(1).lines().toList();
		assertThat(rows.get(0)).isEqualTo("\"Mã đơn vị\",\"Tên đơn vị\",\"Mã tiêu chí\",\"Tên tiêu chí\",\"Mã phiếu\","
				+ "\"Nhóm đối tượng\",\"Trọng số nhóm\",\"Số ý kiến hợp lệ\",\"Số ý kiến không tính\",\"Số chọn A\","
				+ "\"Số chọn B\",\"Số chọn C\",\"Số chọn D\",\"Số chọn E\",\"Điểm trung bình (0 đến 1)\","
				+ "\"Điểm tối đa\",\"Điểm điều tra\"");
		List<String> ofLeaf = rows.stream()
			.filter((line) -> line.startsWith("\"" + unit.code() + "\"") && line.contains(",\"" + leaf + "\","))
			.toList();
		String points = max.multiply(new BigDecimal("0.35")).setScale(2, RoundingMode.HALF_UP).toPlainString();
		assertThat(ofLeaf).hasSize(3);
		assertThat(ofLeaf.get(0)).contains(
				"\"ME1\",\"Lãnh đạo cấp xã\",\"1\",\"2\",\"1\",\"1\",\"1\",\"0\",\"0\",\"1\"," + "\"0.8\",\"\",\"\"");
		assertThat(ofLeaf.get(1)).contains(
				"\"ME2\",\"Lãnh đạo cấp xã\",\"3\",\"1\",\"0\",\"0\",\"0\",\"1\",\"0\",\"0\"," + "\"0.2\",\"\",\"\"");
		assertThat(ofLeaf.get(2))
			.contains("\"\",\"Tất cả nhóm (theo trọng số nhóm)\",\"\",\"3\",\"1\",\"1\",\"1\",\"1\","
					+ "\"0\",\"1\",\"0.35\",\"" + max.stripTrailingZeros().toPlainString() + "\",\"" + points + "\"");
		// the same figures as the survey points
		SurveyLeafScore score = this.points.compute(set.id())
			.stream()
			.filter((s) -> s.unitId() == unit.id() && s.leafCode().equals(leaf))
			.findFirst()
			.orElseThrow();
		assertThat(score.mean()).isEqualByComparingTo("0.35");
		assertThat(score.respondents()).isEqualTo(3);

		try (Workbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(staff.bytes(base + "/aggregates.xlsx?lang=en")))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Aggregates");
			assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("Mean (0 to 1)");
			assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(rows.size());
		}
		String english = new String(staff.bytes(base + "/forms/" + leaders.id() + "/responses.csv?lang=en"),
				StandardCharsets.UTF_8);
		assertThat(english).contains("\"No.\",\"Form code\"").contains("\"Online\"").contains("\"Paper form\"");

		// another set's form is not this set's
		SurveyFormView elsewhere = define(newYear(2045), "MX1", opens, closes, BigDecimal.ONE);
		assertThat(staff.download(base + "/forms/" + elsewhere.id() + "/responses.csv").statusCode()).isEqualTo(404);
		assertThat(staff.download("/admin/survey/sets/999999/exports/aggregates.csv").statusCode()).isEqualTo(404);
	}

	@Test
	void theAggregatesAllGroupsRowIsThePointsPagesFigureWithAContractorsTable() throws Exception {
		IndexSetView set = newYear(2046);
		UnitView unit = units(set).get(0);
		Instant opens = this.started.minus(Duration.ofDays(1));
		Instant closes = this.started.plus(Duration.ofDays(30));
		SurveyFormView leaders = define(set, "MC1", opens, closes, BigDecimal.ONE);
		record(leaders, unit, ResponseChannel.ONLINE, Map.of("Q1", "A", "Q2", "B"));
		record(leaders, unit, ResponseChannel.PAPER, Map.of("Q1", "B", "Q2", "E"));
		String first = surveyLeaves(set).get(0);
		String second = surveyLeaves(set).get(1);
		WebClient staff = signedIn("dieutra");
		// the statistics office: counts on the form's Q1, and a mean of its own on the
		// second leaf
		String contractor = "/admin/survey/sets/" + set.id() + "/contractor";
		String table = String.join("\n", String.join(",", ContractorResults.HEADER),
				unit.code() + ",,MC1,Q1," + first + ",A,3,,", unit.code() + ",,MC1,Q1," + first + ",D,1,,",
				unit.code() + ",,,," + second + ",,,30%,10");
		var imported = staff.multipart(contractor, contractor, List.of(Map.entry("contractor", "Cục Thống kê")),
				List.of(new WebClient.FilePart("file", "ket-qua.csv", table.getBytes(StandardCharsets.UTF_8))));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);

		Document page = Jsoup.parse(staff.page("/admin/survey/sets/" + set.id() + "/points").body());
		String aggregates = new String(staff.bytes("/admin/survey/sets/" + set.id() + "/exports/aggregates.csv"),
				StandardCharsets.UTF_8);
		// valid answers: 2 own + 4 counted; 1 own + 10 in the contractor's mean
		Map<String, String> valid = Map.of(first, "6", second, "11");
		for (String leaf : List.of(first, second)) {
			List<String> total = page.selectFirst("tr[data-sources=" + unit.code() + "]")
				.select("tr[data-leaf-total=" + leaf + "] td")
				.eachText();
			String pagePoints = total.get(total.size() - 1).replace(".", "").replace(',', '.');
			SurveyLeafScore score = this.points.compute(set.id())
				.stream()
				.filter((s) -> s.unitId() == unit.id() && s.leafCode().equals(leaf))
				.findFirst()
				.orElseThrow();
			assertThat(score.contractorAnswers()).isPositive();
			String all = aggregates.substring(1)
				.lines()
				.filter((line) -> line.startsWith("\"" + unit.code() + "\"") && line.contains(",\"" + leaf + "\",")
						&& line.contains("Tất cả nhóm"))
				.findFirst()
				.orElseThrow();
			List<String> cells = List.of(all.substring(1, all.length() - 1).split("\",\"", -1));
			assertThat(cells.get(7)).as(leaf).isEqualTo(valid.get(leaf));
			// the mean rounded to 6 decimals, written as a plain decimal ("0.45")
			assertThat(cells.get(cells.size() - 3)).as(leaf)
				.isEqualTo(score.mean().setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
			assertThat(cells.get(cells.size() - 1)).as(leaf).isEqualTo(pagePoints);
		}
		// the contractor's parts have rows of their own, named
		assertThat(aggregates).contains("Kết quả do đơn vị điều tra cung cấp: Cục Thống kê");
	}

	private List<String> issue(SurveyFormView form, UnitView unit, int count) {
		InvitationBatchView batch = this.invitations.issue(new IssueInvitations(form.id(), unit.id(), count));
		return this.invitations.codes(batch.id())
			.stream()
			.map((view) -> InvitationCodes.normalize(view.code()).orElseThrow())
			.toList();
	}

	private void answerOnline(String code, Map<String, String> answers) {
		assertThat(this.invitations.submit(code, "10.0.0.9", answers)).isEqualTo(InvitationStatus.USED);
	}

	private void record(SurveyFormView form, UnitView unit, ResponseChannel channel, Map<String, String> answers) {
		this.responses.record(new RecordResponse(form.id(), unit.id(), channel, answers));
	}

	/**
	 * A response written as data loaded from elsewhere would be, bypassing the checks.
	 */
	private void insertResponse(SurveyFormView form, UnitView unit, ResponseChannel channel, LocalDate day,
			Map<String, String> answers) {
		UUID id = UUID.randomUUID();
		Map<Long, Long> chosen = new LinkedHashMap<>();
		answers.forEach((question, label) -> {
			SurveyQuestionView q = form.question(question).orElseThrow();
			chosen.put(q.id(), q.option(label).orElseThrow().id());
		});
		this.jdbc
			.sql("insert into survey_response (id, form_id, unit_id, channel, submitted_on, sheet) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(id, form.id(), unit.id(), channel.name(), day, AnswerSheet.of(chosen))
			.update();
		chosen.forEach((question, option) -> this.jdbc
			.sql("insert into survey_answer (response_id, question_id, option_id) values (?, ?, ?)")
			.params(id, question, option)
			.update());
	}

	private List<FlagKind> kinds(IndexSetView set) {
		return this.monitoring.monitor(set.id()).flags().stream().map(Flag::kind).toList();
	}

	private long unknownToday(LocalDate today) {
		return this.jdbc.sql("select coalesce(sum(attempts), 0) from survey_unknown_code_day where attempted_on = ?")
			.param(today)
			.query(Long.class)
			.single();
	}

	private static String day(LocalDate day) {
		return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}

	private static Element row(Element card, UnitView unit) {
		return card.selectFirst("tr[data-unit-id=" + unit.id() + "]");
	}

	/**
	 * A unit's row: target, online, paper, responses, rate, codes, paper waiting, state.
	 */
	private static List<String> cells(Element card, UnitView unit) {
		Element row = row(card, unit);
		return List
			.of("[data-target]", "[data-online]", "[data-paper]", "[data-responses]", "[data-rate]", "[data-codes]",
					"[data-waiting]", "[data-state]")
			.stream()
			.map((selector) -> row.select(selector).text())
			.toList();
	}

	/**
	 * A form of two scored questions on the set's first two survey leaves and one
	 * general.
	 */
	private SurveyFormView define(IndexSetView set, String code, Instant opens, Instant closes, BigDecimal weight) {
		List<String> leaves = surveyLeaves(set);
		List<DefineSurveyForm.Option> likert = List.of(option("A", "Rất tốt", "1"), option("B", "Tốt", "0.6"),
				option("C", "Chưa tốt", "0.2"), option("D", "Kém", "0"), option("E", "Không biết", null));
		List<DefineSurveyForm.Question> questions = List.of(
				new DefineSurveyForm.Question("Q1", "Đánh giá mục " + leaves.get(0), leaves.get(0), likert),
				new DefineSurveyForm.Question("Q2", "Đánh giá mục " + leaves.get(1), leaves.get(1), likert),
				new DefineSurveyForm.Question("D1", "Giới tính", null,
						List.of(option("A", "Nam", null), option("B", "Nữ", null))));
		return this.forms.define(new DefineSurveyForm(set.id(), code, "Phiếu " + code, "Lãnh đạo cấp xã", weight, null,
				opens, closes, questions));
	}

	private static DefineSurveyForm.Option option(String label, String text, String weight) {
		return new DefineSurveyForm.Option(label, text, (weight != null) ? new BigDecimal(weight) : null);
	}

	/**
	 * A new index set for a far year, copied from the demo's 2022 set, with a cycle of
	 * every active unit of the group.
	 */
	private IndexSetView newYear(int year) {
		IndexSetView source = this.methodology.list()
			.stream()
			.filter((s) -> s.year() == 2022)
			.findFirst()
			.flatMap((s) -> this.methodology.find(s.id()))
			.orElseThrow();
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(year, source.unitGroupId(),
				"Bộ chỉ số " + year, "", Optional.of(source.id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		Set<Long> units = this.organization.unitsOf(source.unitGroupId())
			.stream()
			.filter(UnitView::active)
			.map(UnitView::id)
			.collect(Collectors.toSet());
		this.cycles.open(draft.id(),
				new CycleDeadlines(LocalDateTime.of(year, 1, 15, 17, 0), LocalDateTime.of(year, 2, 15, 17, 0),
						LocalDateTime.of(year, 2, 28, 17, 0), LocalDateTime.of(year, 3, 31, 17, 0),
						LocalDateTime.of(year, 4, 15, 8, 0), units));
		return this.methodology.find(draft.id()).orElseThrow();
	}

	/** The set's cycle's units, in the units' order. */
	private List<UnitView> units(IndexSetView set) {
		Set<Long> participants = this.cycles.findForSet(set.id()).orElseThrow().unitIds();
		return this.organization.unitsOf(set.unitGroupId())
			.stream()
			.filter((unit) -> participants.contains(unit.id()))
			.toList();
	}

	private static List<String> surveyLeaves(IndexSetView set) {
		return set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.toList();
	}

	private static BigDecimal surveyLeafMax(IndexSetView set, String code) {
		return set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.code().equals(code))
			.map(Leaf::maxPoints)
			.findFirst()
			.orElseThrow();
	}

	private WebClient signedIn(String account) {
		WebClient web = new WebClient(this.port);
		web.signIn(account, PASSWORD);
		return web;
	}

	/** The application's clock, moved by a test into and out of a form's window. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Clock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now(), ZONE);
		}

	}

}
