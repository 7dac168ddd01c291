package org.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.MutableClock;
import org.parindex.WebClient;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.identity.CreateAccount;
import org.parindex.identity.IdentityService;
import org.parindex.identity.Role;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.scoring.ScoringService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The year's workflow over HTTP with each role's real sign-in: the demo's 2022 cycle, in
 * progress, walked from self-assessment to publication, and what the workflow refuses.
 * The clock is moved past each deadline. Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parindex.demo.enabled=true", "parindex.evidence.max-file-size=64KB" })
@Import(TestClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class AssessmentWorkflowScenario {

	private static final String PASSWORD = "parindex-demo";

	private static final String GROUP = "gia-lai-district";

	private static final String INTERNAL_ROUND1 = "Nội bộ: hỏi lại phòng Nội vụ huyện";

	private static final String INTERNAL_CUT = "Nội bộ: đối chiếu sổ theo dõi, còn thiếu";

	private static final String INTERNAL_ROUND2 = "Chấp nhận số liệu giải trình: 1.250/2.160 hồ sơ đã số hóa";

	/** A minimal but real PDF. */
	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CycleService cycles;

	@Autowired
	MethodologyService methodology;

	@Autowired
	OrganizationService organization;

	@Autowired
	IdentityService identity;

	@Autowired
	ScoringService scoring;

	@Autowired
	DeadlineLocks locks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.parindex.reporting.PublicationService publicationService;

	IndexSetView set;

	CycleView cycle;

	UnitView dakPo;

	String unitPage;

	@BeforeEach
	void findTheCycleInProgress() {
		// the set-up the workflow scenarios share (review D3)
		YearInProgress year = YearInProgress.find(this.organization, this.methodology, this.cycles);
		this.set = year.set();
		this.cycle = year.cycle();
		this.dakPo = year.dakPo();
		this.unitPage = year.unitPage();
	}

	@Test
	void walksOneUnitThroughTheWholeCycle() throws Exception {
		// Self-assessment: the demo's draft has area 1; the officer enters the rest.
		WebClient officer = signedIn("dakpo.canbo");
		assertThat(officer.page(this.unitPage).body()).contains("Tự đánh giá năm 2022", "Bản nháp", "id=\"areas\"");
		assertThat(officer.page("/account").body()).contains("Tự đánh giá năm 2022: còn 56/65 tiêu chí chưa nhập");
		assertThat(officer.page(this.unitPage + "/preview?leaf=1.1.2&input.1.1.2.actual=15&input.1.1.2.base=25").body())
			.isEqualTo(
					selfPoints("1.1.2").setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ','));
		assertThat(officer.multipart(this.unitPage, this.unitPage, selfForm(false), List.of()).statusCode())
			.isEqualTo(302);
		WebClient leader = signedIn("dakpo.lanhdao");
		submit(leader);
		assertThat(leader.page(this.unitPage).body()).contains("Chưa nộp được",
				"Tiêu chí thiếu tài liệu kiểm chứng mà chưa giải trình: 1.1.1");
		HttpResponse<String> withEvidence = officer.multipart(this.unitPage, this.unitPage, selfForm(true),
				List.of(new WebClient.FilePart("file.1.1.1", "ke-hoach-cchc-2022.pdf", PDF)));
		assertThat(withEvidence.statusCode()).isEqualTo(302);
		String page = officer.page(this.unitPage + "?area=1").body();
		assertThat(page).contains("ke-hoach-cchc-2022.pdf", "Đã nhập 65/65 tiêu chí");
		long evidenceId = evidenceId(page);
		HttpResponse<byte[]> file = officer.download("/assessment/evidence/" + evidenceId);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(PDF);
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

		String draftForAppraiser = "/assessment/cycles/" + this.cycle.id() + "/units/" + this.dakPo.id();
		assertThat(signedIn("thamdinh").page(draftForAppraiser).statusCode()).as("a draft is the unit's own")
			.isEqualTo(404);
		submit(leader);
		assertThat(leader.page(this.unitPage).body()).contains("Đã nộp hồ sơ tự đánh giá",
				"id=\"dossier-status\">Đã nộp");
		// a retried confirmation (double click, resent form) answers as the first did
		HttpResponse<String> resubmitted = leader.post(this.unitPage + "/submit", this.unitPage + "/submit",
				Map.of("confirmed", "true", "stamp", "resent"));
		assertThat(resubmitted.statusCode()).isEqualTo(302);
		assertThat(leader.page(this.unitPage).body()).contains("Đã nộp hồ sơ tự đánh giá; hồ sơ đã được khóa.")
			.doesNotContain("alert-danger");
		// why the dossier can no longer change: the one cause that holds
		assertThat(org.jsoup.Jsoup.parse(leader.page(this.unitPage).body()).select("#dossier-locked").text())
			.startsWith("Hồ sơ không còn sửa được: lãnh đạo đơn vị đã nộp hồ sơ")
			.doesNotContain("hết hạn", "thông qua");
		assertThat(signedIn("thamdinh").page(draftForAppraiser).statusCode()).isEqualTo(200);
		HttpResponse<String> afterSubmit = officer.multipart(this.unitPage, this.unitPage,
				List.of(Map.entry("leaf", "1.4"), Map.entry("version.1.4", "1"), Map.entry("input.1.4.score", "0")),
				List.of());
		assertThat(afterSubmit.body()).contains("Hồ sơ đã nộp và đã khóa");

		// The deadline passes: the job locks every unit that did not submit. Before it
		// runs, the pages already show them locked, since nothing can change them.
		this.clock.set(this.cycle.selfAssessmentUntil().toInstant().plusSeconds(60));
		org.jsoup.nodes.Element kbangBefore = org.jsoup.Jsoup
			.parse(signedIn("sonoivu").page("/admin/assessment/cycles/" + this.cycle.id()).body())
			.selectFirst("#status tr[data-unit=kbang]");
		assertThat(kbangBefore).isNotNull();
		assertThat(kbangBefore.select("td").get(1).text()).as("before the lock job's run")
			.isEqualTo("Khóa khi hết hạn, chưa nộp");
		assertThat(status(this.organization.findUnit("kbang").orElseThrow().id())).isNotEqualTo("LOCKED");
		assertThat(this.locks.lockDueStages()).isEqualTo(1);
		assertThat(status(this.organization.findUnit("kbang").orElseThrow().id())).isEqualTo("LOCKED");
		assertThat(status(this.dakPo.id())).isEqualTo("SUBMITTED");
		String dashboard = signedIn("sonoivu").page("/admin/assessment/cycles/" + this.cycle.id()).body();
		assertThat(dashboard).contains("Khóa khi hết hạn, chưa nộp", "Chưa nộp tự đánh giá", "Đã nộp");

		// Round 1: the appraiser of areas 3 and 7 lowers a leaf of area 3 and asks Đak Pơ
		// to explain.
		// criteria scored by points: a yes/no criterion takes only Đạt or Không đạt,
		// never
		// the half points this walk gives (Dossier.checkPoints)
		String flagged = inputs2021().keySet()
			.stream()
			.filter((code) -> code.startsWith("3.") && selfPoints(code).signum() > 0
					&& !inputs2021().get(code).containsKey("met"))
			.findFirst()
			.orElseThrow();
		BigDecimal self = selfPoints(flagged);
		WebClient appraiser = signedIn("thamdinh");
		String appraisalPage = "/assessment/cycles/" + this.cycle.id() + "/units/" + this.dakPo.id();
		assertThat(appraiser.page(appraisalPage + "?area=1").body())
			.contains("ke-hoach-cchc-2022.pdf", "không thuộc phân công của bạn")
			.doesNotContain("Lưu kết quả vòng 1");
		// a criterion not scored yet says so in words, in each round's column
		org.jsoup.nodes.Document unscored = org.jsoup.Jsoup.parse(appraiser.page(appraisalPage + "?area=1").body());
		assertThat(unscored.select("#leaves [data-round1]")).isNotEmpty()
			.allSatisfy((cell) -> assertThat(cell.text()).isEqualTo("chưa chấm"));
		assertThat(unscored.select("#leaves [data-round2]")).isNotEmpty()
			.allSatisfy((cell) -> assertThat(cell.text()).isEqualTo("chưa chấm"));
		assertThat(appraiser.page(appraisalPage + "?area=3").body()).contains("Lưu kết quả vòng 1");
		HttpResponse<String> noComment = appraiser.post(appraisalPage + "?area=3", appraisalPage,
				Map.of("round", "ROUND1", "area", "3", "leaf", flagged, "version." + flagged, version(flagged),
						"points." + flagged, "0", "comment." + flagged, "Nội bộ: chỉ nhận xét", "reason." + flagged, "",
						"question." + flagged, ""));
		assertThat(text(noComment)).as("a changed score needs the public reason the unit will read")
			.contains(
					named(flagged, "Lý do công khai") + ": cần lý do công khai khi điểm thẩm định khác điểm tự chấm.");
		// a unit that never scored the criterion (Kbang never submitted) is not told
		// that the scores differ, but that it did not score it
		long kbang = this.organization.findUnit("kbang").orElseThrow().id();
		String kbangPage = "/assessment/cycles/" + this.cycle.id() + "/units/" + kbang;
		HttpResponse<String> unscoredReason = appraiser.post(kbangPage + "?area=3", kbangPage,
				Map.of("round", "ROUND1", "area", "3", "leaf", flagged, "version." + flagged, "0", "points." + flagged,
						"0", "comment." + flagged, "", "reason." + flagged, "", "question." + flagged, ""));
		assertThat(text(unscoredReason))
			.contains(named(flagged, "Lý do công khai")
					+ ": đơn vị chưa tự chấm tiêu chí này, nên điểm thẩm định cần lý do công khai.")
			.doesNotContain("khác điểm tự chấm.");
		// a save with several faults names each refused criterion, not only the first
		String other = inputs2021().keySet()
			.stream()
			.filter((code) -> code.startsWith("3.") && !code.equals(flagged))
			.sorted()
			.findFirst()
			.orElseThrow();
		WebClient.Form twoFaults = WebClient.form(appraiser.page(appraisalPage + "?area=3").body(), appraisalPage);
		twoFaults.fields().replaceAll((field) -> {
			if (field.getKey().equals("points." + flagged)) {
				return Map.entry(field.getKey(), "0");
			}
			if (field.getKey().equals("points." + other)) {
				return Map.entry(field.getKey(), "99");
			}
			return field;
		});
		String refusedTwice = org.jsoup.Jsoup.parse(appraiser.submit(twoFaults).body()).text();
		// a yes/no criterion is told its two values, whatever else was typed
		String overMax = inputs2021().get(other).containsKey("met")
				? named(other, "Điểm thẩm định") + " chấm Đạt/Không đạt: chỉ nhận "
				: named(other, "Điểm thẩm định") + ": điểm 99 vượt điểm tối đa";
		assertThat(refusedTwice).contains(
				named(flagged, "Lý do công khai") + ": cần lý do công khai khi điểm thẩm định khác điểm tự chấm.",
				overMax);
		assertThat(finalized()).isEmpty();
		// what the form cannot read and what the workflow refuses come in one answer,
		// each naming its criterion and its maximum, each field marked (issue 9)
		List<String> area3 = inputs2021().keySet()
			.stream()
			.filter((code) -> code.startsWith("3.") && !code.equals(flagged) && !code.equals(other))
			.sorted()
			.toList();
		String unreadable = area3.get(0);
		String negative = area3.get(1);
		String tooLong = area3.get(2);
		WebClient.Form fiveFaults = WebClient.form(appraiser.page(appraisalPage + "?area=3").body(), appraisalPage);
		fiveFaults.fields().replaceAll((field) -> {
			String key = field.getKey();
			if (key.equals("points." + flagged)) {
				return Map.entry(key, "0");
			}
			if (key.equals("points." + other)) {
				return Map.entry(key, "99");
			}
			if (key.equals("points." + unreadable)) {
				return Map.entry(key, "abc");
			}
			if (key.equals("points." + negative)) {
				return Map.entry(key, "-1");
			}
			if (key.equals("reason." + tooLong)) {
				return Map.entry(key, "x".repeat(2001));
			}
			return field;
		});
		HttpResponse<String> fiveRefused = appraiser.submit(fiveFaults);
		assertThat(fiveRefused.statusCode()).isEqualTo(400);
		assertThat(text(fiveRefused))
			.contains(named(flagged, "Lý do công khai") + ": cần lý do công khai khi điểm thẩm định khác điểm tự chấm.",
					overMax, named(unreadable, "Điểm thẩm định"),
					named(negative, "Điểm thẩm định") + ": điểm phải từ 0 đến ",
					named(tooLong, "Lý do công khai") + ": dài tối đa 2.000 ký tự; bạn đã nhập 2.001 ký tự")
			.doesNotContain("99.999,9999");
		// the problems read in page order, however found (a number the form cannot read
		// or a score the workflow refuses), and the refused page keeps its address, the
		// area open (walk #1)
		List<String> pageOrder = fiveFaults.fields()
			.stream()
			.filter((field) -> field.getKey().equals("leaf"))
			.map(Map.Entry::getValue)
			.filter(List.of(flagged, other, unreadable, negative, tooLong)::contains)
			.toList();
		assertThat(pageOrder).hasSize(5);
		List<String> said = org.jsoup.Jsoup.parse(fiveRefused.body()).select(".alert-danger li").eachText();
		List<String> saidOrder = said.stream()
			.map((message) -> pageOrder.stream()
				.filter((code) -> message.startsWith("Tiêu chí " + code + " "))
				.findFirst()
				.orElse(""))
			.filter((code) -> !code.isEmpty())
			.toList();
		// a criterion may have two problems (its points and its reason): they come
		// together, so the criteria read once each, in page order
		List<String> criteriaSaid = new java.util.ArrayList<>();
		for (String code : saidOrder) {
			if (criteriaSaid.isEmpty() || !criteriaSaid.get(criteriaSaid.size() - 1).equals(code)) {
				criteriaSaid.add(code);
			}
		}
		assertThat(criteriaSaid).as(String.join("\n", said)).isEqualTo(pageOrder);
		assertThat(fiveFaults.action()).isEqualTo(appraisalPage + "?area=3");
		assertThat(WebClient.form(fiveRefused.body(), appraisalPage).action()).isEqualTo(appraisalPage + "?area=3");
		for (String field : List.of("reason." + flagged, "points." + other, "points." + unreadable,
				"points." + negative, "reason." + tooLong)) {
			assertThat(fiveRefused.body()).as(field)
				.containsPattern("is-invalid\"[^>]*name=\"" + Pattern.quote(field) + "\"[^>]*aria-invalid=\"true\"");
		}
		// each problem is said beside its field, naming the criterion and the field, and
		// the summary at the top links to that field (issue 9, #3)
		org.jsoup.nodes.Document fiveRefusedPage = org.jsoup.Jsoup.parse(fiveRefused.body());
		Map<String, String> fieldNames = Map.of("reason." + flagged, named(flagged, "Lý do công khai"),
				"points." + other, named(other, "Điểm thẩm định"), "points." + unreadable,
				named(unreadable, "Điểm thẩm định"), "points." + negative, named(negative, "Điểm thẩm định"),
				"reason." + tooLong, named(tooLong, "Lý do công khai"));
		fieldNames.forEach((field, name) -> {
			org.jsoup.nodes.Element beside = fiveRefusedPage.selectFirst("[id=\"" + field + "-problem\"]");
			assertThat(beside).as(field).isNotNull();
			assertThat(beside.text()).as(field).startsWith(name);
			// right after its field, inside the criterion's row
			assertThat(beside.closest("tr").attr("data-leaf-row")).isEqualTo(field.substring(field.indexOf('.') + 1));
			assertThat(fiveRefusedPage.selectFirst("[id=\"" + field + "\"]")).as(field).isNotNull();
			org.jsoup.nodes.Element link = fiveRefusedPage.selectFirst("#error-summary a[href=\"#" + field + "\"]");
			assertThat(link).as(field).isNotNull();
			assertThat(link.text()).startsWith(name);
		});
		assertThat(fiveRefusedPage.select("#error-summary a")).hasSize(said.size());
		assertThat(finalized()).isEmpty();
		HttpResponse<String> outOfArea = appraiser.post(appraisalPage + "?area=3", appraisalPage,
				Map.of("round", "ROUND1", "area", "1", "leaf", "1.4", "version.1.4", version("1.4"), "points.1.4", "0",
						"comment.1.4", "Thiếu", "question.1.4", ""));
		assertThat(outOfArea.body()).contains("không thuộc phân công của bạn");
		HttpResponse<String> round1 = appraiser.post(appraisalPage + "?area=3", appraisalPage,
				Map.of("round", "ROUND1", "area", "3", "leaf", flagged, "version." + flagged, version(flagged),
						"points." + flagged, "0", "comment." + flagged, INTERNAL_ROUND1, "reason." + flagged,
						"Chưa có văn bản ban hành đúng hạn", "question." + flagged,
						"Đề nghị cung cấp văn bản ban hành kế hoạch"));
		assertThat(round1.statusCode()).isEqualTo(302);
		// Round 1 also cuts another leaf of area 3, without a question (item 8): the unit
		// must learn it all the same, with the public reason and never the internal note.
		String cut = inputs2021().keySet()
			.stream()
			.filter((code) -> code.startsWith("3.") && !code.equals(flagged) && selfPoints(code).signum() > 0
					&& !inputs2021().get(code).containsKey("met"))
			.findFirst()
			.orElseThrow();
		BigDecimal cutTo = selfPoints(cut).divide(BigDecimal.valueOf(2)).setScale(2, java.math.RoundingMode.DOWN);
		String cutToShown = cutTo.stripTrailingZeros().toPlainString().replace('.', ',');
		// the whole area's form goes back as the browser sends it, with only the cut
		// leaf changed: the notice names (and counts) only that leaf, not every
		// criterion of the area (issue 9)
		WebClient.Form cutForm = WebClient.form(appraiser.page(appraisalPage + "?area=3").body(), appraisalPage);
		assertThat(cutForm.fields().stream().filter((field) -> field.getKey().equals("leaf")).count()).isGreaterThan(2);
		cutForm.fields().replaceAll((field) -> switch (field.getKey().replace(cut, "*")) {
			case "points.*" -> Map.entry(field.getKey(), cutToShown);
			case "comment.*" -> Map.entry(field.getKey(), INTERNAL_CUT);
			case "reason.*" -> Map.entry(field.getKey(), "Thiếu số liệu kiểm chứng");
			default -> field;
		});
		HttpResponse<String> cutSaved = appraiser.submit(cutForm);
		assertThat(cutSaved.statusCode()).as(cutSaved.body()).isEqualTo(302);
		String cutNotice = appraiser.page(redirected(cutSaved)).body();
		assertThat(cutNotice).contains("Đã lưu kết quả thẩm định của Đak Pơ, 1 tiêu chí: " + cut + ".");
		// sent back untouched, the form stores nothing and says so
		HttpResponse<String> untouched = appraiser
			.submit(WebClient.form(appraiser.page(appraisalPage + "?area=3").body(), appraisalPage));
		assertThat(untouched.statusCode()).isEqualTo(302);
		assertThat(appraiser.page(redirected(untouched)).body())
			.contains("Không có gì thay đổi trong kết quả thẩm định của Đak Pơ nên chưa lưu tiêu chí nào.");
		String changes = officer.page(this.unitPage + "/explanation").body();
		assertThat(changes)
			.contains("data-changed=\"" + cut + "\"", "data-changed=\"" + flagged + "\"", "Thiếu số liệu kiểm chứng",
					"Chưa có văn bản ban hành đúng hạn", cutToShown)
			.doesNotContain(INTERNAL_ROUND1, INTERNAL_CUT);
		assertThat(officer.page(this.unitPage + "?area=3").body()).as("the unit's dossier after appraisal")
			.contains("data-changed=\"" + cut + "\"", "Thiếu số liệu kiểm chứng")
			.doesNotContain(INTERNAL_ROUND1, INTERNAL_CUT);
		String round1Form = appraiser.page(appraisalPage + "?area=3").body();
		assertThat(round1Form).as("round 1 prefilled as Vietnamese write numbers").contains(INTERNAL_CUT);
		assertThat(prefilled(round1Form, cut)).isEqualTo(cutToShown);
		// the area tabs count round 1 (two criteria of area 3 scored), not the unit's
		// entries (every criterion entered)
		long area3Leaves = inputs2021().keySet().stream().filter((c) -> c.startsWith("3.")).count();
		assertThat(org.jsoup.Jsoup.parse(round1Form).select("#areas [data-area-progress=3]").text())
			.isEqualTo("Vòng 1 đã chấm 2/" + area3Leaves);
		// a yes/no criterion says so beside its points, before any refusal
		List<String> yesNo3 = inputs2021().entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("3.") && entry.getValue().containsKey("met"))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		assertThat(org.jsoup.Jsoup.parse(round1Form).select("[data-yes-no]"))
			.extracting((element) -> element.attr("data-yes-no"))
			.containsExactlyInAnyOrderElementsOf(yesNo3);
		assertThat(org.jsoup.Jsoup.parse(round1Form).select("[data-yes-no]"))
			.allSatisfy((element) -> assertThat(element.text()).startsWith("Chấm Đạt/Không đạt: Đạt "));
		assertThat(org.jsoup.Jsoup.parse(officer.page(this.unitPage + "?area=3").body())
			.select("#areas [data-area-progress=3]")
			.text()).isEqualTo("Đã nhập " + area3Leaves + "/" + area3Leaves);

		// Explanation: the unit sees only its flagged leaf and answers with a file. Round
		// 2
		// waits for the answer (or the explanation deadline).
		this.clock.set(this.cycle.appraisalUntil().toInstant().plusSeconds(60));
		HttpResponse<String> tooEarly = appraiser.post(appraisalPage + "?area=3", appraisalPage,
				Map.of("round", "ROUND2", "area", "3", "leaf", flagged, "version." + flagged, version(flagged),
						"points." + flagged, "0", "comment." + flagged, "Chưa giải trình", "reason." + flagged,
						"Chưa giải trình"));
		assertThat(tooEarly.body()).contains("đang chờ đơn vị giải trình");
		String explanationPage = this.unitPage + "/explanation";
		String explanation = officer.page(explanationPage).body();
		assertThat(explanation).contains("data-flagged=\"" + flagged + "\"",
				"Đề nghị cung cấp văn bản ban hành kế hoạch");
		assertThat(explanation.split("data-flagged=")).hasSize(2);
		// an empty form saves nothing and says so, its field marked
		HttpResponse<String> empty = officer.multipart(
				explanationPage, explanationPage, List.of(Map.entry("leaf", flagged),
						Map.entry("version." + flagged, version(flagged)), Map.entry("answer." + flagged, "  ")),
				List.of());
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Chưa lưu: chưa nhập nội dung giải trình")
			.doesNotContain("Đã lưu nội dung giải trình")
			.containsPattern("is-invalid\"[^>]*name=\"answer." + flagged.replace(".", "\\.") + "\"");
		assertThat(officer.page(explanationPage).body()).doesNotContain("Đã lưu nội dung giải trình");
		HttpResponse<String> answered = officer.multipart(explanationPage, explanationPage,
				List.of(Map.entry("leaf", flagged), Map.entry("version." + flagged, version(flagged)),
						Map.entry("answer." + flagged, "Kế hoạch ban hành ngày 20/01/2022, gửi kèm.")),
				List.of(new WebClient.FilePart("file." + flagged, "ke-hoach.pdf", PDF)));
		assertThat(answered.statusCode()).isEqualTo(302);

		// Round 2: the appraiser accepts half of the points back. The whole area's form
		// comes prefilled in Vietnamese; it is sent back as the browser sends it, with
		// only
		// the flagged leaf changed: only that leaf is finalized (item 2).
		BigDecimal fin = self.divide(BigDecimal.valueOf(2));
		String round2Page = appraiser.page(appraisalPage + "?area=3").body();
		assertThat(prefilled(round2Page, cut)).isEqualTo(cutToShown);
		// from round 2 on the tabs count what round 2 finalised, not round 1's scores
		assertThat(org.jsoup.Jsoup.parse(round2Page).select("#areas [data-area-progress=3]").text())
			.isEqualTo("Vòng 2 đã chốt 0/" + area3Leaves);
		assertThat(Pattern.compile("name=\"points\\.[0-9.]+\"\\s+value=\"[0-9]+\\.[0-9]").matcher(round2Page).find())
			.as("no points prefilled in dot notation")
			.isFalse();
		WebClient.Form round2Form = WebClient.form(round2Page, appraisalPage);
		round2Form.fields().replaceAll((field) -> switch (field.getKey().replace(flagged, "*")) {
			case "points.*" -> Map.entry(field.getKey(), fin.toPlainString().replace('.', ','));
			case "comment.*" -> Map.entry(field.getKey(), INTERNAL_ROUND2);
			case "reason.*" -> Map.entry(field.getKey(), "Kế hoạch ban hành chậm so với quy định");
			default -> field;
		});
		HttpResponse<String> round2 = appraiser.submit(round2Form);
		assertThat(round2.statusCode()).as(round2.body()).isEqualTo(302);
		assertThat(appraiser.page(redirected(round2)).body()).as("round 2's notice names only the criterion stored")
			.contains("Đã lưu kết quả thẩm định của Đak Pơ, 1 tiêu chí: " + flagged + ".");
		assertThat(finalized()).as("only the leaf the appraiser changed is finalized").containsExactly(flagged);
		// the unit's explanation page shows each round's score with its own reason
		// (issue 9, W4): round 1's beside round 1, the final score beside round 2's
		org.jsoup.nodes.Element explained = org.jsoup.Jsoup.parse(officer.page(explanationPage).body())
			.selectFirst("[data-flagged=\"" + flagged + "\"]");
		assertThat(explained).isNotNull();
		assertThat(explained.text()).contains("Vòng 1", "Chưa có văn bản ban hành đúng hạn",
				"Kế hoạch ban hành chậm so với quy định");
		assertThat(explained.select("[data-round=1]").text()).contains("Chưa có văn bản ban hành đúng hạn")
			.doesNotContain("Kế hoạch ban hành chậm so với quy định");
		assertThat(explained.select("[data-round=final]").text()).contains(
				fin.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ','),
				"Kế hoạch ban hành chậm so với quy định");
		assertThat(appraiser.page(appraisalPage + "?area=3").body()).contains("Kế hoạch ban hành ngày 20/01/2022",
				"Thẩm định vòng 2");
		// Confirming the unchanged round-1 score of the cut leaf finalizes it as it is.
		WebClient.Form confirm = WebClient.form(appraiser.page(appraisalPage + "?area=3").body(), appraisalPage);
		confirm.fields().add(Map.entry("confirm." + cut, "true"));
		assertThat(appraiser.submit(confirm).statusCode()).isEqualTo(302);
		assertThat(finalized()).containsExactlyInAnyOrder(flagged, cut);
		assertThat(org.jsoup.Jsoup.parse(appraiser.page(appraisalPage + "?area=3").body())
			.select("#areas [data-area-progress=3]")
			.text()).isEqualTo("Vòng 2 đã chốt 2/" + area3Leaves);
		assertThat(this.jdbc
			.sql("select final_points from assessment_leaf_entry where index_set_id = ? "
					+ "and unit_id = ? and leaf_code = ?")
			.params(this.set.id(), this.dakPo.id(), cut)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(cutTo);
		// "Confirm every unchanged criterion of this area" finalizes the rest as they
		// stand, without counting any as changed (self-scores stay exact).
		WebClient.Form confirmAll = WebClient.form(appraiser.page(appraisalPage + "?area=3").body(), appraisalPage);
		confirmAll.fields().add(Map.entry("confirm-all", "true"));
		assertThat(appraiser.submit(confirmAll).statusCode()).isEqualTo(302);
		assertThat(finalized()).hasSize((int) inputs2021().keySet().stream().filter((c) -> c.startsWith("3.")).count());

		// The PAR office proposes a bonus; the council approves it, then the year.
		WebClient office = signedIn("sonoivu");
		String councilPage = "/assessment/cycles/" + this.cycle.id() + "/council";
		// before any proposal the table says there is none (not a lone header)
		assertThat(org.jsoup.Jsoup.parse(office.page(councilPage).body()).select("#no-adjustments").text())
			.isEqualTo("Chưa có đề xuất điểm thưởng, điểm trừ nào.");
		office.post(councilPage, "/assessment/cycles/" + this.cycle.id() + "/adjustments",
				Map.of("unitId", Long.toString(this.dakPo.id()), "kind", "BONUS", "points", "1", "reason",
						"Sáng kiến cải cách hành chính được công nhận", "evidence", "Quyết định 12/QĐ-UBND"));
		WebClient council = signedIn("hoidong");
		long proposed = this.jdbc.sql("select id from assessment_adjustment where index_set_id = ?")
			.param(this.set.id())
			.query(Long.class)
			.single();
		council.post(councilPage, "/assessment/cycles/" + this.cycle.id() + "/adjustments/" + proposed,
				Map.of("approve", "true", "confirmed", "true", "reason", "Sáng kiến đã được UBND tỉnh công nhận"));
		assertThat(council.page(councilPage).body()).contains("Hội đồng làm việc sau khi hết hạn giải trình");
		this.clock.set(this.cycle.explanationUntil().toInstant().plusSeconds(60));
		finaliseTheOtherUnitsQuestions(appraiser);
		String table = council.page(councilPage).body();
		assertThat(table).contains("data-unit=\"dak-po\"", "Đề xuất", "Sáng kiến cải cách hành chính được công nhận");
		// the proposal's points are written as points everywhere are (1,00, not 1)
		assertThat(org.jsoup.Jsoup.parse(table).select("[data-adjustment=" + proposed + "] td").get(2).text())
			.isEqualTo("1,00");
		assertThat(org.jsoup.Jsoup.parse(table).select("#no-adjustments")).isEmpty();
		// one name for the stage after the explanations, where round 2 and the council
		// meet; the council member's dossier page speaks to the council
		assertThat(table).contains("Vòng 2 và Hội đồng thẩm định");
		assertThat(council.page(appraisalPage + "?area=3").body()).contains("Hội đồng thẩm định điều chỉnh điểm đến")
			.doesNotContain("Vòng 2 đến");
		// The council finalizes a criterion again (a new internal comment, the score
		// kept): the unit's home page says so, and the unit's pages name who changed
		// each score, by role and name (issue 9, fix9d items 5 and 6).
		WebClient.Form councilForm = WebClient.form(council.page(appraisalPage + "?area=3").body(), appraisalPage);
		councilForm.fields()
			.replaceAll((field) -> field.getKey().equals("comment." + cut)
					? Map.entry(field.getKey(), "Hội đồng xem lại, giữ điểm") : field);
		HttpResponse<String> councilSaved = council.submit(councilForm);
		assertThat(councilSaved.statusCode()).as(councilSaved.body()).isEqualTo(302);
		assertThat(this.jdbc
			.sql("select count(*) from assessment_leaf_event where index_set_id = ? and unit_id = ? "
					+ "and leaf_code = ? and phase = 'COUNCIL'")
			.params(this.set.id(), this.dakPo.id(), cut)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(officer.page("/account").body())
			.contains("Hội đồng thẩm định đã chốt lại điểm tiêu chí " + cut + " năm 2022 lúc ");
		org.jsoup.nodes.Document unitView = org.jsoup.Jsoup.parse(officer.page(this.unitPage).body());
		assertThat(unitView.select("[data-changed-by=\"" + cut + "\"]").text()).startsWith("Hội đồng thẩm định:")
			.doesNotContain("hoidong");
		assertThat(unitView.select("[data-changed-by=\"" + flagged + "\"]").text()).startsWith("Tổ thẩm định, vòng 2:")
			.doesNotContain("thamdinh");
		assertThat(unitView.select("#appraisal-changes th").eachText()).contains("Người thay đổi");
		assertThat(table).as("two criteria changed, counted once each")
			.containsPattern("data-unit=\"dak-po\"(?s:(?!</tr>).)*data-differing=\"2\"");
		// a row whose points changed counts the criteria that changed them, also for a
		// unit that never submitted (its drafts count 0): never "0" beside −13,70
		for (org.jsoup.nodes.Element row : org.jsoup.Jsoup.parse(table).select("tr[data-unit]")) {
			if (!row.select("td").get(5).text().equals("0,00")) {
				assertThat(row.select("[data-differing]").attr("data-differing")).as(row.attr("data-unit"))
					.isNotEqualTo("0");
			}
		}
		council.post(councilPage, "/assessment/cycles/" + this.cycle.id() + "/adjustments/" + proposed,
				Map.of("approve", "true", "confirmed", "true", "reason", "Sáng kiến đã được UBND tỉnh công nhận"));
		// Approval first shows the ranking as it would be published: every unit of the
		// group, those that never submitted marked; approving asks to confirm.
		String approvalPage = councilPage + "/approval";
		String approval = council.page(approvalPage).body();
		// the demo's 2022 units that never submitted (demo/district-2022-states.tsv)
		long submitted = this.jdbc
			.sql("select count(*) from assessment_dossier where index_set_id = ? and status = 'SUBMITTED'")
			.param(this.set.id())
			.query(Long.class)
			.single();
		long neverSubmitted = 17 - submitted;
		assertThat(neverSubmitted).isBetween(1L, 16L);
		assertThat(approval.split("data-unit-id=")).hasSize(18);
		assertThat(approval.split("data-missing=\"NOT_SUBMITTED\"")).hasSize((int) neverSubmitted + 1);
		assertThat(approval).contains("Còn thiếu thông tin ở", "Kbang");
		// a unit nobody appraised would be published on its self-assessment: the preview
		// says how much of round 1 is missing, and where
		long appraisalLeaves = this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == org.parindex.engine.Component.APPRAISAL)
			.count();
		assertThat(approval)
			.containsPattern("Kbang(?s:(?!</tr>).)*data-missing=\"ROUND_ONE_UNFINISHED\">Thẩm định vòng 1 chưa xong: "
					+ appraisalLeaves + "/" + appraisalLeaves + " tiêu chí chưa được chấm \\(lĩnh vực 1, 2, 3");
		assertThat(approval.split("data-missing=\"ROUND_ONE_UNFINISHED\"")).hasSizeGreaterThan((int) neverSubmitted);
		// a unit that never submitted gets 0 for the criteria nobody appraised, not its
		// self-score (AppraisalService.councilTable, ScoringService): the line says so
		// (issue 9, W3)
		org.jsoup.select.Elements notSubmittedRows = org.jsoup.Jsoup.parse(approval)
			.select("tr:has(li[data-missing=NOT_SUBMITTED])");
		assertThat(notSubmittedRows).hasSize((int) neverSubmitted);
		assertThat(notSubmittedRows.select("li[data-missing=ROUND_ONE_UNFINISHED]")).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.text())
				.contains("các tiêu chí này đang tính 0 điểm vì đơn vị không nộp tự đánh giá")
				.doesNotContain("điểm tự chấm"));
		assertThat(org.jsoup.Jsoup.parse(approval)
			.select("tr:not(:has(li[data-missing=NOT_SUBMITTED])) li[data-missing=ROUND_ONE_UNFINISHED]")).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.text()).contains("đang tính theo điểm tự chấm"));
		council.post(approvalPage, approvalPage, Map.of("confirmConsequence", "true"));
		assertThat(council.page(approvalPage).body()).contains("Chưa thực hiện: còn thiếu thông tin ở");
		assertThat(council.page(councilPage).body()).doesNotContain("Đã thông qua (");
		council.post(approvalPage, approvalPage, Map.of("confirmConsequence", "true", "confirmMissing", "true"));
		// who approved, by the name the PAR office gave the account, not its login
		assertThat(council.page(councilPage).body())
			.contains(
					"Hội đồng đã thông qua kết quả thẩm định năm 2022 của " + this.cycle.unitIds().size() + " đơn vị.",
					"Đã thông qua (Phạm Văn Thành)")
			.doesNotContain("(hoidong)");
		// a retried approval answers as the first did, never a refusal
		assertThat(
				council.post(approvalPage, approvalPage, Map.of("confirmConsequence", "true", "confirmMissing", "true"))
					.headers()
					.firstValue("Location")
					.orElseThrow())
			.endsWith(councilPage);
		assertThat(council.page(councilPage).body()).contains("Hội đồng đã thông qua kết quả thẩm định năm 2022")
			.doesNotContain("đã được Hội đồng thẩm định thông qua; không sửa được nữa");
		assertThat(this.jdbc
			.sql("select new_value from identity_audit_event where action = 'approved-confirmed' and entity_id = ?")
			.param(Long.toString(this.cycle.id()))
			.query(String.class)
			.single()).contains("units=17", "NOT_SUBMITTED=" + neverSubmitted, "Kbang: NOT_SUBMITTED");
		// the audit trail says it in words
		assertThat(signedIn("admin").page("/admin/audit").body())
			.contains("Thông qua kết quả (đã xem trước)", "Không nộp tự đánh giá", "Thẩm định vòng 1 chưa xong",
					"Xác nhận dù còn thiếu thông tin", "Đã duyệt")
			.doesNotContain("ROUND_ONE_UNFINISHED", "NOT_SUBMITTED", "confirmed with missing items", "CONFIRMED_WITH",
					">approved<");
		assertThatExceptionOfType(InvalidCycleException.class)
			.isThrownBy(() -> this.cycles.update(this.cycle.id(),
					new CycleDeadlines(this.cycle.selfAssessmentUntil().toLocalDateTime().plusDays(90),
							this.cycle.appraisalUntil().toLocalDateTime().plusDays(90),
							this.cycle.explanationUntil().toLocalDateTime().plusDays(90),
							this.cycle.councilUntil().toLocalDateTime().plusDays(90),
							this.cycle.publicationOn().toLocalDateTime().plusDays(90), this.cycle.unitIds())))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("cycle.approved"));

		// approved, the year awaits publication: the PAR office's home page says so and
		// leads to the publication preview (issue 9, F12)
		String publicationPreview = "/admin/reporting/cycles/" + this.cycle.id() + "/publication";
		org.jsoup.nodes.Document officeHome = org.jsoup.Jsoup.parse(office.page("/account").body());
		assertThat(officeHome.select("#reminders a[href=" + publicationPreview + "]").text())
			.startsWith("Chờ công bố: Hội đồng thẩm định đã thông qua kết quả năm 2022.");
		assertThat(org.jsoup.Jsoup.parse(officer.page("/account").body())
			.select("#reminders a[href=" + publicationPreview + "]")).as("the PAR office's to-do only").isEmpty();

		// Before publication nobody outside reads the results; then the PAR office
		// publishes.
		WebClient visitor = new WebClient(this.port);
		assertThat(visitor.get("/api/v1/reporting/rankings/2022/" + GROUP, "application/json").statusCode())
			.isEqualTo(404);
		// The PAR office reviews the public reasons before publication (item 3): one
		// approved as written, one edited; only reviewed text is published.
		String reasons = "/admin/assessment/cycles/" + this.cycle.id() + "/reasons";
		String publication = "/admin/reporting/cycles/" + this.cycle.id() + "/publication";
		// the PAR office reaches publication from its work list, as the README says
		assertThat(
				org.jsoup.Jsoup.parse(office.page("/assessment").body()).select("a[href=" + publication + "]").text())
			.isEqualTo("Công bố và đính chính kết quả");
		// and every page's menu leads back to that work list, for the council as well
		assertThat(org.jsoup.Jsoup.parse(council.page("/").body()).select("#nav-assessment").attr("href"))
			.isEqualTo("/assessment");
		assertThat(new WebClient(this.port).page("/").body()).doesNotContain("id=\"nav-assessment\"");
		int unreviewedBefore = office.page(publication).body().split("data-missing=\"REASONS_UNREVIEWED\"").length;
		assertThat(office.page(publication).body()).contains("Lý do mất điểm công khai chưa được Sở Nội vụ duyệt");
		// the review is linked from the publication page, beside what waits for it and
		// among the page's actions
		org.jsoup.nodes.Document publicationPage = org.jsoup.Jsoup.parse(office.page(publication).body());
		assertThat(publicationPage.select("#reasons-unreviewed a[href=\"" + reasons + "\"]")).hasSize(1);
		assertThat(publicationPage.select("#reasons-unreviewed").text()).contains("Đak Pơ");
		assertThat(publicationPage.select("#publication-actions a[href=\"" + reasons + "\"]")).hasSize(1);
		String review = office.page(reasons).body();
		// the page's help names only buttons that are on it (it spoke of a "Duyệt ngay"
		// that does not exist; issue 9, #8): each quoted name is a button's text
		org.jsoup.nodes.Document reviewPage = org.jsoup.Jsoup.parse(review);
		String help = reviewPage.select("#reasons-help").text();
		assertThat(help).isNotEmpty().doesNotContain("Duyệt ngay");
		List<String> named = java.util.regex.Pattern.compile("“([^”]+)”")
			.matcher(help)
			.results()
			.map((m) -> m.group(1))
			.toList();
		assertThat(named).as("buttons named by the help").isNotEmpty();
		assertThat(reviewPage.select("main button").eachText()).as("the page's buttons").containsAll(named);
		// approved: the review names the stage as the council page does
		assertThat(org.jsoup.Jsoup.parse(review).select("main .badge").first().text()).isEqualTo("Chờ công bố");
		assertThat(org.jsoup.Jsoup.parse(council.page(councilPage).body()).select("main .badge").first().text())
			.isEqualTo("Chờ công bố");
		assertThat(review)
			.contains("data-reason=\"dak-po/" + flagged + "\"", "data-reason=\"dak-po/" + cut + "\"",
					"Kế hoạch ban hành chậm so với quy định", "Thiếu số liệu kiểm chứng")
			.doesNotContain(INTERNAL_ROUND2, INTERNAL_CUT);
		assertThat(
				office
					.post(reasons, reasons, Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", flagged,
							"text", "Kế hoạch ban hành chậm so với quy định"))
					.statusCode())
			.isEqualTo(302);
		assertThat(office
			.post(reasons, reasons, Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", cut, "text",
					"Chưa có số liệu kiểm chứng đầy đủ"))
			.statusCode()).isEqualTo(302);
		assertThat(office.page(reasons).body()).contains("Chưa có số liệu kiểm chứng đầy đủ", "Đã duyệt");
		HttpResponse<String> emptyReview = office.post(reasons, reasons,
				Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", cut, "text", " "));
		assertThat(emptyReview.statusCode()).isEqualTo(400);
		assertThat(emptyReview.body()).as("which unit and criterion, on a page of every unit's reasons")
			.contains(", tiêu chí " + cut + " — Nội dung công bố")
			.containsPattern("<textarea[^>]*is-invalid[^>]*>");
		assertThat(signedIn("thamdinh").page(reasons).statusCode()).as("the PAR office's page").isEqualTo(403);
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit_event where entity_type = 'leaf' "
					+ "and action = 'reason-reviewed'")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(office.page(publication).body().split("data-missing=\"REASONS_UNREVIEWED\"").length)
			.as("Đak Pơ's reasons reviewed")
			.isEqualTo(unreviewedBefore - 1);
		String publish = "/admin/reporting/cycles/" + this.cycle.id() + "/publish";
		assertThat(office.page(publication).body()).contains("Xem trước kết quả sẽ công bố", "Không nộp tự đánh giá",
				"name=\"confirmConsequence\"", "name=\"confirmMissing\"");
		office.post(publication, publish, Map.of());
		assertThat(office.page(publication).body()).as("both boxes unticked, both named")
			.contains("hãy đánh dấu cả hai ô xác nhận");
		office.post(publication, publish, Map.of("confirmConsequence", "true"));
		assertThat(office.page(publication).body()).contains("còn thiếu thông tin ở").doesNotContain("Lần 1");
		office.post(publication, publish, Map.of("confirmConsequence", "true", "confirmMissing", "true"));
		assertThat(office.page(publication).body()).contains("Đã công bố kết quả", "Lần 1");
		// a retried publication answers as the first did: no refusal, no second one
		office.post(publication, publish, Map.of("confirmConsequence", "true", "confirmMissing", "true"));
		assertThat(office.page(publication).body()).contains("Đã công bố kết quả năm 2022")
			.doesNotContain("đã công bố; sửa bằng đính chính");
		assertThat(this.publicationService.revisions(this.set.id())).hasSize(1);
		// the unit learns that the year is over where it answered and where it entered
		org.jsoup.nodes.Document closedExplanation = org.jsoup.Jsoup.parse(officer.page(explanationPage).body());
		assertThat(closedExplanation.select("#explanation-closed").text())
			.contains("Năm đánh giá 2022 đã kết thúc: kết quả đã công bố", "không còn trả lời");
		assertThat(closedExplanation.text()).doesNotContain("Trả lời các câu hỏi của tổ thẩm định");
		assertThat(org.jsoup.Jsoup.parse(officer.page(this.unitPage).body()).select("#dossier-locked").text())
			.isEqualTo("Hồ sơ không còn sửa được: kết quả năm 2022 đã công bố.");
		assertThat(this.jdbc
			.sql("select new_value from identity_audit_event where action = 'published-confirmed' and entity_id = ?")
			.param(this.set.id() + "/1")
			.query(String.class)
			.single()).contains("units=17", "NOT_SUBMITTED=" + neverSubmitted, "Kbang: NOT_SUBMITTED");

		// Every unit of the group is in the published year, those that never
		// submitted marked; 1 unit that took part is no ranking to compare 2021's
		// 17 with, so no change is shown or written.
		var ranking2022 = visitor.json("/api/v1/reporting/rankings/2022/" + GROUP);
		assertThat(ranking2022.get("unitCount").asInt()).isEqualTo(17);
		assertThat(ranking2022.get("previousYear").isNull() || ranking2022.get("previousYear").isMissingNode())
			.isTrue();
		int notSubmitted = 0;
		for (var entry : ranking2022.get("ranking")) {
			notSubmitted += entry.get("submitted").asBoolean() ? 0 : 1;
			assertThat(entry.has("change") && !entry.get("change").isNull()).isFalse();
		}
		assertThat(notSubmitted).isEqualTo((int) neverSubmitted);
		assertThat(visitor.page("/reporting/rankings/2022/" + GROUP).body()).contains("Không nộp tự đánh giá",
				"id=\"not-submitted-note\"", "chỉ tính điểm các tiêu chí đã được thẩm định");
		assertThat(visitor.page("/reporting/scorecards/2022/" + GROUP + "/kbang").body())
			.contains("id=\"not-submitted\"");
		assertThat(visitor.page("/reporting/summaries/2022/" + GROUP + "/dak-po").body())
			.doesNotContain("so với năm 2021");

		BigDecimal appraisal2021 = this.scoring.results(2021, this.set.unitGroupId())
			.orElseThrow()
			.standing("dak-po")
			.orElseThrow()
			.result()
			.component(Component.APPRAISAL);
		BigDecimal expectedAppraisal = appraisal2021.subtract(self).add(fin).subtract(selfPoints(cut)).add(cutTo);
		BigDecimal appraisal2022 = this.scoring.results(2022, this.set.unitGroupId())
			.orElseThrow()
			.standing("dak-po")
			.orElseThrow()
			.result()
			.component(Component.APPRAISAL);
		assertThat(appraisal2022).isEqualByComparingTo(expectedAppraisal);
		var scorecard = visitor.json("/api/v1/reporting/scorecards/2022/" + GROUP + "/dak-po");
		var result = scorecard.get("result");
		assertThat(result.get("bonus").decimalValue()).isEqualByComparingTo("1");
		assertThat(result.get("appraisal").decimalValue())
			.isEqualByComparingTo(expectedAppraisal.setScale(2, java.math.RoundingMode.HALF_UP));
		// the demo gives 2022 the survey means of 2021 (docs/demo-data.md)
		BigDecimal survey2022 = this.scoring.results(2022, this.set.unitGroupId())
			.orElseThrow()
			.standing("dak-po")
			.orElseThrow()
			.result()
			.component(Component.SURVEY);
		assertThat(result.get("total").decimalValue()).isEqualByComparingTo(
				expectedAppraisal.add(survey2022).add(BigDecimal.ONE).setScale(2, java.math.RoundingMode.HALF_UP));
		String summary = visitor.page("/reporting/summaries/2022/" + GROUP + "/dak-po").body();
		assertThat(summary).contains("Huyện Đak Pơ", "năm 2022",
				expectedAppraisal.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ','));
		assertThat(visitor.page("/reporting/scorecards/2022/" + GROUP + "/dak-po").body())
			.contains("Kế hoạch ban hành chậm so với quy định", "Chưa có số liệu kiểm chứng đầy đủ")
			.doesNotContain(INTERNAL_ROUND1, INTERNAL_ROUND2, INTERNAL_CUT, "Thiếu số liệu kiểm chứng");
		assertThat(summary).contains("Kế hoạch ban hành chậm so với quy định")
			.doesNotContain(INTERNAL_ROUND1, INTERNAL_ROUND2, INTERNAL_CUT);

		// published: the PAR office's to-do is done
		assertThat(org.jsoup.Jsoup.parse(office.page("/account").body())
			.select("#reminders a[href=" + publicationPreview + "]")).isEmpty();
		// a points maximum is never padded in the narrative, only ranks and counts are
		// (issue 9, F17)
		String narrative2022 = scorecard.get("narrative").toString();
		assertThat(narrative2022).contains("điểm thưởng 1,00/6 điểm", "điểm trừ 0,00/8 điểm")
			.doesNotContain("/06", "/08");
		// and what the approved bonus was for (issue 9, council leftovers)
		assertThat(narrative2022).contains("Điểm thưởng, điểm trừ được Hội đồng thẩm định chấp thuận: "
				+ "điểm thưởng 1,00 điểm: Sáng kiến cải cách hành chính được công nhận.");
		// each unit is told on its home page that the year is published, with its
		// total, rank and a link to its scorecard (issue 9, #24)
		org.jsoup.nodes.Document scorecardPage = org.jsoup.Jsoup
			.parse(visitor.page("/reporting/scorecards/2022/" + GROUP + "/dak-po").body());
		String publishedDay = this.clock.instant()
			.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(org.jsoup.Jsoup.parse(officer.page("/account").body()).text()).contains(
				"Kết quả năm 2022 đã được công bố ngày " + publishedDay + ": " + this.dakPo.name() + " đạt tổng điểm "
						+ scorecardPage.select("#total").text() + ", xếp thứ " + scorecardPage.select("#rank").text());
		assertThat(org.jsoup.Jsoup.parse(officer.page("/account").body())
			.select("a[href=/reporting/scorecards/2022/" + GROUP + "/dak-po]")).isNotEmpty();
		// The unit's own dossier shows its result as published: total, rank and parts
		// as on its public scorecard, and each criterion that lost points with the
		// public reason as reviewed, never the appraisers' working comments (issue 9,
		// F18/F19)
		org.jsoup.nodes.Document publicCard = org.jsoup.Jsoup
			.parse(visitor.page("/reporting/scorecards/2022/" + GROUP + "/dak-po").body());
		for (WebClient member : List.of(officer, leader)) {
			org.jsoup.nodes.Document own = org.jsoup.Jsoup.parse(member.page(this.unitPage).body());
			assertThat(own.select("#published-result h2").text()).isEqualTo("Kết quả năm 2022 đã công bố");
			assertThat(own.select("#published-total").text()).isEqualTo(publicCard.select("#total").text() + "/100");
			assertThat(own.select("#published-rank").text()).isEqualTo(publicCard.select("#rank").text());
			assertThat(own.select("[data-part='dossier.published.part.appraisal']").text())
				.isEqualTo(publicCard.select("#appraisal").text() + "/"
						+ this.set.componentMax(Component.APPRAISAL).stripTrailingZeros().toPlainString());
			assertThat(own.select("[data-part='dossier.published.part.bonus']").text()).isEqualTo("1,00/6");
			assertThat(own.select("#published-scorecard").attr("href"))
				.isEqualTo("/reporting/scorecards/2022/" + GROUP + "/dak-po");
			assertThat(own.select("#published-lost tr[data-lost-leaf='" + cut + "']").text())
				.contains("Chưa có số liệu kiểm chứng đầy đủ");
			assertThat(own.select("#published-lost tr[data-lost-leaf='" + flagged + "']").text())
				.contains("Kế hoạch ban hành chậm so với quy định");
			assertThat(own.select("#published-result").text()).doesNotContain(INTERNAL_ROUND1, INTERNAL_ROUND2,
					INTERNAL_CUT, "Thiếu số liệu kiểm chứng");
			// a criterion scored zero says so
			assertThat(own.select("#published-lost tr[data-zero=true]"))
				.allSatisfy((row) -> assertThat(row.text()).contains("0 điểm"));
		}
		// a unit that never submitted: its unappraised criteria scored zero, marked as
		// not counted, and the page says why
		this.identity.createAccount(new CreateAccount("kbang.ketqua", "Lãnh đạo Kbang", Role.UNIT_LEADER,
				Optional.of(this.organization.findUnit("kbang").orElseThrow().id()), PASSWORD, false));
		org.jsoup.nodes.Document kbangOwn = org.jsoup.Jsoup.parse(signedIn("kbang.ketqua").page(this.unitPage).body());
		assertThat(kbangOwn.select("#published-not-submitted").text())
			.startsWith("Đơn vị không nộp báo cáo tự đánh giá năm này");
		assertThat(kbangOwn.select("#published-zero-count").text()).matches("Có \\d+ tiêu chí được 0 điểm\\.");
		assertThat(kbangOwn.select("#published-lost tr[data-zero=true]")).isNotEmpty()
			.anySatisfy((row) -> assertThat(row.text()).contains("0 điểm",
					"Không tính: đơn vị không nộp báo cáo tự đánh giá"));

		// A correction is previewed first and changes nothing until confirmed: which
		// unit, which criterion, old → new, the unit's new total and rank, the other
		// units whose rank moves (issue 9, W5).
		String corrections = "/admin/reporting/cycles/" + this.cycle.id() + "/corrections";
		String oldPoints = fin.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
		String newPoints = self.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
		// a criterion scored from figures (a ratio here) is corrected by its figures, not
		// by
		// points: the rule gives the points, as at appraisal (issue 9, fix9e)
		String actual = inputs2021().get(flagged).get("actual").toPlainString();
		String base = inputs2021().get(flagged).get("base").toPlainString();
		HttpResponse<String> typedPoints = office.post(publication, corrections,
				Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", flagged, "points",
						self.toPlainString().replace('.', ','), "reason",
						"Hội đồng xem xét lại theo kiến nghị của huyện"));
		assertThat(typedPoints.statusCode()).isEqualTo(400);
		assertThat(typedPoints.body()).contains("Tiêu chí " + flagged
				+ " chấm theo số liệu: hãy nhập Số đạt và Tổng số ở phần Số liệu (không âm), để trống Điểm thẩm định và Kết quả");
		HttpResponse<String> preview = office.post(publication, corrections,
				Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", flagged, "actual", actual, "base", base,
						"reason", "Hội đồng xem xét lại theo kiến nghị của huyện"));
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("id=\"correction-preview\"",
				"Đak Pơ, tiêu chí " + flagged + ": " + oldPoints + " → " + newPoints + " điểm.",
				"Tổng điểm của Đak Pơ: ", "xếp hạng: ", "id=\"confirm-correction\"",
				"name=\"confirmed\" value=\"true\"");
		org.jsoup.nodes.Document previewPage = org.jsoup.Jsoup.parse(preview.body());
		assertThat(previewPage.select("#correction-figures").text()).isEqualTo(
				"Số liệu đính chính: Số đạt " + String.format(java.util.Locale.GERMANY, "%,d", Integer.parseInt(actual))
						+ ", Tổng số " + String.format(java.util.Locale.GERMANY, "%,d", Integer.parseInt(base))
						+ "; điểm theo quy tắc chấm: " + newPoints + " điểm.");
		// the confirmation carries the figures, not points
		assertThat(previewPage.select("#confirm-correction input[name=actual]").val()).isNotEmpty();
		assertThat(preview.body()).containsAnyOf("id=\"correction-moves\"", "id=\"correction-no-moves\"");
		assertThat(previewPage.select("#correction-warnings")).as("likely figures, no warning").isEmpty();
		// figures the rule finds unlikely are said before confirming (more achieved than
		// the total); counts read as Vietnamese write them (1.000 is a thousand) and a
		// fraction is refused naming the field (issue 9, walk of the last stages)
		org.jsoup.nodes.Document unlikely = org.jsoup.Jsoup.parse(office
			.post(publication, corrections, Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", flagged,
					"actual", "5.000", "base", "1.000", "reason", "Thử số liệu"))
			.body());
		assertThat(unlikely.select("#correction-figures").text()).contains("Số đạt 5.000, Tổng số 1.000");
		assertThat(unlikely.select("#correction-warnings").text())
			.startsWith("Số liệu đính chính có điểm bất thường; hãy kiểm tra lại trước khi xác nhận:")
			.contains(flagged);
		HttpResponse<String> fractional = office.post(publication, corrections, Map.of("unitId",
				Long.toString(this.dakPo.id()), "leafCode", flagged, "actual", "95,5", "base", base, "reason", "Thử"));
		assertThat(fractional.statusCode()).isEqualTo(400);
		assertThat(fractional.body()).contains("Số đạt").doesNotContain("id=\"correction-preview\"");
		assertThat(this.publicationService.revisions(this.set.id())).hasSize(1);
		// the reports of revision 1, built and kept (issue 12, item 4): the correction
		// must give new ones, not these
		Map<String, String> tagsBefore = new java.util.HashMap<>();
		for (String report : List.of("/reporting/rankings/2022/" + GROUP + "/report.docx",
				"/reporting/scorecards/2022/" + GROUP + "/dak-po/report.docx",
				"/reporting/rankings/2022/" + GROUP + "/report.pdf")) {
			java.net.http.HttpResponse<byte[]> before = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://localhost:" + this.port + report))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			assertThat(before.statusCode()).isEqualTo(200);
			tagsBefore.put(report, before.headers().firstValue("ETag").orElseThrow());
		}
		// A confirmed correction is a new revision; the first stays readable.
		office.post(publication, corrections,
				Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", flagged, "actual", actual, "base", base,
						"reason", "Hội đồng xem xét lại theo kiến nghị của huyện", "confirmed", "true"));
		assertThat(office.page(publication).body()).contains("Đã đính chính tiêu chí " + flagged + " của Đak Pơ",
				"Lần 2: ", " đính chính lúc ",
				"Đak Pơ, tiêu chí " + flagged + ": " + oldPoints + " → " + newPoints + " điểm",
				"Lý do: Hội đồng xem xét lại theo kiến nghị");
		// the corrected criterion still loses points: its public reason stays the one the
		// PAR office reviewed; the correction's reason is the revision's notice, never
		// the reason for the lost points (issue 9, #10)
		BigDecimal flaggedMax = this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.code().equals(flagged))
			.findFirst()
			.orElseThrow()
			.maxPoints();
		assertThat(self).as("a partial score").isLessThan(flaggedMax);
		org.jsoup.nodes.Element correctedRow = org.jsoup.Jsoup
			.parse(visitor.page("/reporting/scorecards/2022/" + GROUP + "/dak-po").body())
			.selectFirst("tr[data-code=" + flagged + "]");
		assertThat(correctedRow).isNotNull();
		assertThat(correctedRow.text()).contains("Kế hoạch ban hành chậm so với quy định")
			.doesNotContain("Hội đồng xem xét lại");
		assertThat(visitor.page("/reporting/summaries/2022/" + GROUP + "/dak-po").body())
			.contains("Kế hoạch ban hành chậm so với quy định");
		assertThat(org.jsoup.Jsoup.parse(officer.page(this.unitPage).body())
			.select("#published-lost tr[data-lost-leaf='" + flagged + "']")
			.text()).contains("Kế hoạch ban hành chậm so với quy định").doesNotContain("Hội đồng xem xét lại");
		// a correction that changes nothing is refused, naming the criterion and the unit
		HttpResponse<String> unchanged = office.post(publication, corrections,
				Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", flagged, "actual", actual, "base", base,
						"reason", "Nhập lại", "confirmed", "true"));
		assertThat(unchanged.statusCode()).isEqualTo(400);
		assertThat(unchanged.body()).contains("Không đính chính: tiêu chí " + flagged + " của Đak Pơ",
				"đính chính này không thay đổi gì", "value=\"Nhập lại\"");
		assertThat(this.publicationService.revisions(this.set.id())).hasSize(2);
		// A retried confirmation of the same correction (double click, resent form)
		// shows the revision the first published: no refusal, no third revision.
		HttpResponse<String> retried = office.post(publication, corrections,
				Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", flagged, "actual", actual, "base", base,
						"reason", "Hội đồng xem xét lại theo kiến nghị của huyện", "confirmed", "true"));
		assertThat(retried.statusCode()).isEqualTo(302);
		assertThat(office.page(publication).body()).contains("Đã đính chính tiêu chí " + flagged + " của Đak Pơ")
			.doesNotContain("đính chính này không thay đổi gì");
		assertThat(this.publicationService.revisions(this.set.id())).hasSize(2);
		// a criterion with sub-criteria is named as such, with what can be corrected
		String parent = flagged.substring(0, flagged.lastIndexOf('.'));
		HttpResponse<String> parentCode = office.post(publication, corrections, Map.of("unitId",
				Long.toString(this.dakPo.id()), "leafCode", parent, "points", "0", "reason", "Đính chính cả nhóm"));
		assertThat(parentCode.statusCode()).isEqualTo(400);
		assertThat(parentCode.body())
			.contains("Tiêu chí " + parent + " có các tiêu chí thành phần; hãy đính chính từng tiêu chí thành phần: ",
					flagged)
			.doesNotContain("Không có tiêu chí " + parent);
		// the revision list names people by their names, not their logins
		assertThat(office.page(publication).body()).doesNotContain(": sonoivu công bố", ": sonoivu đính chính");
		String today = this.clock.instant()
			.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String notice = "Đã đính chính ngày " + today + ": Đak Pơ, tiêu chí " + flagged + ": " + oldPoints + " → "
				+ newPoints + " điểm. Lý do: Hội đồng xem xét lại theo kiến nghị của huyện.";
		// the reason, typed without a full stop, ends its sentence with one (issue 9,
		// #11/#25), and only one
		assertThat(visitor.page("/reporting/rankings/2022/" + GROUP).body()).contains("id=\"corrected\"", notice)
			.doesNotContain(notice + ".");
		assertThat(visitor.page("/reporting/scorecards/2022/" + GROUP + "/kbang").body()).contains(notice)
			.doesNotContain(notice + ".");
		assertThat(office.page(publication).body()).contains("Lý do: Hội đồng xem xét lại theo kiến nghị của huyện.")
			.doesNotContain("Lý do: Hội đồng xem xét lại theo kiến nghị của huyện..");
		// the official reports state the correction too: the results report among its
		// notes, Đak Pơ's own report under its results
		for (String report : List.of("/reporting/rankings/2022/" + GROUP + "/report.docx",
				"/reporting/scorecards/2022/" + GROUP + "/dak-po/report.docx")) {
			java.net.http.HttpResponse<byte[]> after = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://localhost:" + this.port + report))
					.header("If-None-Match", tagsBefore.get(report))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			assertThat(after.statusCode()).as("%s: revision 1's file is not current any more", report).isEqualTo(200);
			assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(tagsBefore.get(report));
			byte[] docx = after.body();
			try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
					new java.io.ByteArrayInputStream(docx))) {
				assertThat(document.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText))
					.as(report)
					.contains(notice);
			}
		}
		java.net.http.HttpResponse<byte[]> correctedPdf = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI
					.create("http://localhost:" + this.port + "/reporting/rankings/2022/" + GROUP + "/report.pdf"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(correctedPdf.headers().firstValue("ETag").orElseThrow())
			.isNotEqualTo(tagsBefore.get("/reporting/rankings/2022/" + GROUP + "/report.pdf"));
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(correctedPdf.body())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("Đã đính chính ngày " + today);
		}
		String first = visitor.page("/reporting/rankings/2022/" + GROUP + "/revisions/1").body();
		String second = visitor.page("/reporting/rankings/2022/" + GROUP + "/revisions/2").body();
		assertThat(first).contains("Lần công bố này đã được thay bằng lần sau");
		assertThat(second).contains("Đây là lần công bố hiện hành", "Hội đồng xem xét lại theo kiến nghị của huyện");
		// a superseded revision links to the current result and says what changed since,
		// unit by unit; the current one says none of it (walk #18)
		org.jsoup.nodes.Document superseded = org.jsoup.Jsoup.parse(first);
		assertThat(superseded.select("#current-result").attr("href")).isEqualTo("/reporting/rankings/2022/" + GROUP);
		assertThat(superseded.select("#superseded").text())
			.contains("Lý do đính chính của kết quả hiện hành: Hội đồng xem xét lại theo kiến nghị của huyện");
		assertThat(superseded.select("#revision-changes li").eachText())
			.anyMatch((line) -> line.startsWith("Đak Pơ: tổng điểm "));
		assertThat(org.jsoup.Jsoup.parse(second).select("#superseded")).isEmpty();
		// a revision heads its columns with their maxima as the ranking does, and links
		// each unit to its scorecard (issue 9, #12)
		org.jsoup.nodes.Document ranking = org.jsoup.Jsoup
			.parse(visitor.page("/reporting/rankings/2022/" + GROUP).body());
		// the superseded revision links each unit to its own frozen scorecard (issue 9,
		// a published revision is a record), the current one to the current scorecard
		java.util.Map<org.jsoup.nodes.Document, String> scorecards = new java.util.LinkedHashMap<>();
		scorecards.put(superseded, "/reporting/scorecards/2022/" + GROUP + "/dak-po/revisions/1");
		scorecards.put(org.jsoup.Jsoup.parse(second), "/reporting/scorecards/2022/" + GROUP + "/dak-po");
		for (org.jsoup.nodes.Document revisionPage : scorecards.keySet()) {
			assertThat(revisionPage.select("#revision thead th").eachText()).as("the revision's headers")
				.contains("Điểm thẩm định (/" + this.set.componentMax(Component.APPRAISAL)
					.stripTrailingZeros()
					.toPlainString()
					.replace('.', ',') + ")")
				.containsAll(ranking.select("#ranking thead th").eachText().subList(2, 7));
			org.jsoup.select.Elements units = revisionPage.select("#revision tbody .ranking-unit a");
			assertThat(units).as("the units linked").hasSize(revisionPage.select("#revision tbody tr").size());
			assertThat(units.select("a:containsOwn(Đak Pơ)").attr("href")).isEqualTo(scorecards.get(revisionPage));
		}
		// the published dossier says no pending work any more: neither how many criteria
		// were entered nor that one "needs explaining" (walk #18)
		String closed = signedIn("dakpo.lanhdao").page(this.unitPage).body();
		assertThat(org.jsoup.Jsoup.parse(closed).select("#dossier-progress")).isEmpty();
		assertThat(closed).doesNotContain("cần giải trình</a>");
		// the citizens' menu has no link to the English API documentation; the footer
		// keeps one for developers (walk #18)
		org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(visitor.page("/").body());
		assertThat(home.select("header a[href=/api/docs/ui], nav a[href=/api/docs/ui]")).isEmpty();
		assertThat(home.select("footer a#footer-api").attr("href")).isEqualTo("/api/docs/ui");
		assertThat(visitor.json("/api/v1/reporting/scorecards/2022/" + GROUP + "/dak-po")
			.get("result")
			.get("appraisal")
			.decimalValue()).isEqualByComparingTo(
					appraisal2021.subtract(selfPoints(cut)).add(cutTo).setScale(2, java.math.RoundingMode.HALF_UP));

		// a yes/no criterion is corrected as Đạt/Không đạt, never by points in between,
		// and every page then shows the finding and the points alike
		org.parindex.engine.Leaf yesNo = this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.APPRAISAL
					&& leaf.rule().type() == org.parindex.engine.RuleType.YES_NO
					&& inputs2021().containsKey(leaf.code())
					&& inputs2021().get(leaf.code()).getOrDefault("met", BigDecimal.ONE).signum() == 0)
			.findFirst()
			.orElseThrow();
		HttpResponse<String> half = office.post(publication, corrections, Map.of("unitId",
				Long.toString(this.dakPo.id()), "leafCode", yesNo.code(), "points", "0,5", "reason", "Đạt một phần"));
		assertThat(half.statusCode()).isEqualTo(400);
		assertThat(half.body()).contains("Tiêu chí " + yesNo.code()
				+ " chấm Đạt/Không đạt: hãy chọn Đạt hoặc Không đạt ở ô Kết quả, để trống ô Điểm thẩm định.");
		HttpResponse<String> byPoints = office.post(publication, corrections,
				Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", flagged, "met", "true", "reason", "Đạt"));
		assertThat(byPoints.statusCode()).isEqualTo(400);
		assertThat(byPoints.body()).contains("Tiêu chí " + flagged + " chấm theo số liệu: hãy nhập Số đạt và Tổng số");
		// its preview states the finding, not points (issue 9, fix9e)
		HttpResponse<String> yesNoPreview = office.post(publication, corrections,
				Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", yesNo.code(), "met", "true", "reason",
						"Huyện đã ban hành đúng hạn"));
		assertThat(org.jsoup.Jsoup.parse(yesNoPreview.body()).select("#correction-what").text())
			.isEqualTo("Đak Pơ, tiêu chí " + yesNo.code() + ": Không đạt → Đạt.");
		assertThat(office
			.post(publication, corrections, Map.of("unitId", Long.toString(this.dakPo.id()), "leafCode", yesNo.code(),
					"met", "true", "reason", "Huyện đã ban hành đúng hạn", "confirmed", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(this.publicationService.revisions(this.set.id())).hasSize(3);
		org.jsoup.nodes.Element yesNoRow = org.jsoup.Jsoup
			.parse(visitor.page("/reporting/scorecards/2022/" + GROUP + "/dak-po").body())
			.selectFirst("tr[data-code=" + yesNo.code() + "]");
		assertThat(yesNoRow).isNotNull();
		assertThat(yesNoRow.text()).contains("Đạt").doesNotContain("Không đạt");
		correctsSurveyPointsBonusAndDeduction(office, visitor, publication, corrections, today);
		// the unit is told of each correction as a correction, by the person's name once
		// (issue 9, fix9e)
		org.jsoup.nodes.Document correctedView = org.jsoup.Jsoup.parse(officer.page(this.unitPage).body());
		assertThat(correctedView.select("[data-changed-by=\"" + yesNo.code() + "\"]").text())
			.isEqualTo("Sở Nội vụ, đính chính sau công bố ngày " + today + ": Nguyễn Thị Thu Hằng");
		// history lines put no space before a colon ("Tự đánh giá: Kết quả …")
		assertThat(correctedView.select("details li").eachText()).isNotEmpty().noneMatch((line) -> line.contains(" :"));
		assertThat(officer.page("/account").body()).contains(
				"Sở Nội vụ đã đính chính kết quả năm 2022 của " + this.dakPo.name() + " ngày " + today + ": tiêu chí "
						+ yesNo.code() + ", 0,00 → ",
				"Lý do: Huyện đã ban hành đúng hạn. Tổng điểm ", "Kết quả đã được công bố lại.",
				"Sở Nội vụ đã đính chính kết quả năm 2022 của " + this.dakPo.name() + " ngày " + today
						+ ": điểm thưởng ",
				"Sở Nội vụ đã đính chính kết quả năm 2022 của " + this.dakPo.name() + " ngày " + today + ": điểm trừ ");
		// Each step is in the leaf's history and the audit trail.
		assertThat(this.jdbc
			.sql("select phase || ':' || action from assessment_leaf_event "
					+ "where index_set_id = ? and unit_id = ? and leaf_code = ? order by id")
			.params(this.set.id(), this.dakPo.id(), flagged)
			.query(String.class)
			.list()).containsExactly("SELF:saved", "SELF:saved", "ROUND1:flagged", "EXPLANATION:answered",
					"EXPLANATION:file-added", "ROUND2:finalized", "REASON:reviewed", "CORRECTION:corrected");
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit_event where entity_type in "
					+ "('leaf', 'dossier', 'adjustment', 'publication')")
			.query(Long.class)
			.single()).isGreaterThan(70);
	}

	/**
	 * A survey criterion's points, the bonus and the deduction are corrected after
	 * publication through the same flow as an appraised criterion: preview (old → new,
	 * total and rank), confirmation, a new revision, the public notice, the audit trail
	 * (issue 9, fix9e).
	 */
	private void correctsSurveyPointsBonusAndDeduction(WebClient office, WebClient visitor, String publication,
			String corrections, String today) throws Exception {
		String dakPo = Long.toString(this.dakPo.id());
		int revisions = this.publicationService.revisions(this.set.id()).size();
		org.parindex.engine.UnitResult before = this.scoring.results(2022, this.set.unitGroupId())
			.orElseThrow()
			.standing("dak-po")
			.orElseThrow()
			.result();
		org.parindex.engine.NodeResult surveyLeaf = before.leaves()
			.stream()
			.filter((leaf) -> ((org.parindex.engine.Leaf) leaf.node()).component() == Component.SURVEY)
			.findFirst()
			.orElseThrow();
		String oldSurvey = points(surveyLeaf.points());
		// the demo's 2022 survey may have no points recorded yet: then the correction
		// gives
		// the criterion its points, else it takes them away
		BigDecimal newSurvey = (surveyLeaf.points().signum() > 0) ? BigDecimal.ZERO : surveyLeaf.maxPoints();
		String newSurveyTyped = newSurvey.stripTrailingZeros().toPlainString().replace('.', ',');
		// over the criterion's maximum: refused naming it, nothing published
		HttpResponse<String> over = office.post(publication, corrections, Map.of("unitId", dakPo, "leafCode",
				surveyLeaf.code(), "points", "99", "reason", "Nhập nhầm", "confirmed", "true"));
		assertThat(over.statusCode()).isEqualTo(400);
		assertThat(over.body()).contains(surveyLeaf.code());
		HttpResponse<String> surveyPreview = office.post(publication, corrections, Map.of("unitId", dakPo, "leafCode",
				surveyLeaf.code(), "points", newSurveyTyped, "reason", "Phiếu khảo sát của huyện bị loại do sai mẫu"));
		assertThat(surveyPreview.statusCode()).as(org.jsoup.Jsoup.parse(surveyPreview.body()).select("main").text())
			.isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(surveyPreview.body()).select("#correction-what").text()).isEqualTo(
				"Đak Pơ, tiêu chí " + surveyLeaf.code() + ": " + oldSurvey + " → " + points(newSurvey) + " điểm.");
		assertThat(surveyPreview.body()).contains("Tổng điểm của Đak Pơ: ", "id=\"confirm-correction\"");
		assertThat(this.publicationService.revisions(this.set.id())).hasSize(revisions);
		assertThat(office.post(publication, corrections,
				Map.of("unitId", dakPo, "part", "CRITERION", "leafCode", surveyLeaf.code(), "points", newSurveyTyped,
						"reason", "Phiếu khảo sát của huyện bị loại do sai mẫu", "confirmed", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(this.publicationService.revisions(this.set.id())).hasSize(revisions + 1);
		BigDecimal survey = this.scoring.results(2022, this.set.unitGroupId())
			.orElseThrow()
			.standing("dak-po")
			.orElseThrow()
			.result()
			.component(Component.SURVEY);
		assertThat(survey).isNotEqualByComparingTo(before.component(Component.SURVEY));
		assertThat(visitor.page("/reporting/rankings/2022/" + GROUP).body())
			.contains("Đã đính chính ngày " + today + ": Đak Pơ, tiêu chí " + surveyLeaf.code() + ": " + oldSurvey
					+ " → " + points(newSurvey) + " điểm. Lý do: Phiếu khảo sát của huyện bị loại do sai mẫu");

		// the bonus: by its new points, within the index set's cap
		BigDecimal bonusBefore = before.bonus().applied();
		HttpResponse<String> overCap = office.post(publication, corrections,
				Map.of("unitId", dakPo, "part", "BONUS", "points", "99", "reason", "Nhập nhầm", "confirmed", "true"));
		assertThat(overCap.statusCode()).isEqualTo(400);
		assertThat(overCap.body()).contains("Điểm thưởng: phải từ 0 đến ");
		HttpResponse<String> sameBonus = office.post(publication, corrections, Map.of("unitId", dakPo, "part", "BONUS",
				"points", bonusBefore.toPlainString().replace('.', ','), "reason", "Nhập lại"));
		assertThat(sameBonus.statusCode()).isEqualTo(400);
		assertThat(sameBonus.body()).contains("đính chính này không thay đổi gì");
		HttpResponse<String> bonusPreview = office.post(publication, corrections, Map.of("unitId", dakPo, "part",
				"BONUS", "points", "0,5", "reason", "Bằng khen chỉ xét cho một nửa mức thưởng"));
		assertThat(bonusPreview.statusCode()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(bonusPreview.body()).select("#correction-what").text())
			.isEqualTo("Đak Pơ, điểm thưởng: " + points(bonusBefore) + " → 0,50 điểm.");
		assertThat(
				office.post(publication, corrections,
						Map.of("unitId", dakPo, "part", "BONUS", "points", "0,5", "reason",
								"Bằng khen chỉ xét cho một nửa mức thưởng", "confirmed", "true"))
					.statusCode())
			.isEqualTo(302);
		// the deduction, to 0,25
		BigDecimal deductionBefore = before.deduction().applied();
		assertThat(office
			.post(publication, corrections, Map.of("unitId", dakPo, "part", "DEDUCTION", "points", "0,25", "reason",
					"Chậm báo cáo theo Công văn 12/SNV", "confirmed", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(this.publicationService.revisions(this.set.id())).hasSize(revisions + 3);
		var result = visitor.json("/api/v1/reporting/scorecards/2022/" + GROUP + "/dak-po").get("result");
		assertThat(result.get("bonus").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(result.get("deduction").decimalValue()).isEqualByComparingTo("0.25");
		String ranking = visitor.page("/reporting/rankings/2022/" + GROUP).body();
		assertThat(ranking).contains(
				"Đã đính chính ngày " + today + ": Đak Pơ, điểm thưởng: " + points(bonusBefore)
						+ " → 0,50 điểm. Lý do: Bằng khen chỉ xét cho một nửa mức thưởng",
				"Đã đính chính ngày " + today + ": Đak Pơ, điểm trừ: " + points(deductionBefore)
						+ " → 0,25 điểm. Lý do: Chậm báo cáo theo Công văn 12/SNV");
		assertThat(office.page(publication).body()).contains(
				"Đak Pơ, điểm thưởng: " + points(bonusBefore) + " → 0,50 điểm",
				"Đak Pơ, điểm trừ: " + points(deductionBefore) + " → 0,25 điểm");
		// the replaced bonus entry no longer counts; the audit trail has each correction
		assertThat(this.jdbc
			.sql("select status from assessment_adjustment where index_set_id = ? and unit_id = ? order by id")
			.params(this.set.id(), this.dakPo.id())
			.query(String.class)
			.list()).contains("SUPERSEDED", "APPROVED");
		assertThat(this.jdbc
			.sql("select entity_type || ':' || old_value || '>' || new_value from identity_audit_event "
					+ "where action = 'corrected' and entity_type in ('adjustment', 'survey-points') order by id")
			.query(String.class)
			.list()).containsExactly("survey-points:>" + newSurvey.stripTrailingZeros().toPlainString(),
					"adjustment:" + bonusBefore.stripTrailingZeros().toPlainString() + ">0.5",
					"adjustment:" + deductionBefore.stripTrailingZeros().toPlainString() + ">0.25");
	}

	private static String points(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	@Test
	void theParOfficeReturnsASubmittedDossierWithItsReason() {
		WebClient officer = signedIn("dakpo.canbo");
		officer.multipart(this.unitPage, this.unitPage, selfForm(true),
				List.of(new WebClient.FilePart("file.1.1.1", "ke-hoach.pdf", PDF)));
		WebClient leader = signedIn("dakpo.lanhdao");
		submit(leader);
		assertThat(status(this.dakPo.id())).isEqualTo("SUBMITTED");
		WebClient office = signedIn("sonoivu");
		String dashboard = "/admin/assessment/cycles/" + this.cycle.id();
		String returnPath = dashboard + "/units/" + this.dakPo.id() + "/return";
		office.post(dashboard, returnPath, Map.of("reason", " "));
		assertThat(office.page(dashboard).body()).contains("Cần nêu lý do trả lại hồ sơ.");
		assertThat(status(this.dakPo.id())).isEqualTo("SUBMITTED");
		// once the appraisal has started, returning asks first, saying how far it has got
		// and what the unit must do (issue 9, W2)
		String appraisalPage = "/assessment/cycles/" + this.cycle.id() + "/units/" + this.dakPo.id();
		WebClient appraiser = signedIn("thamdinh");
		assertThat(appraiser.post(appraisalPage + "?area=3", appraisalPage,
				Map.of("round", "ROUND1", "area", "3", "leaf", "3.5", "version.3.5", version("3.5"), "points.3.5", "0",
						"comment.3.5", "Thiếu", "reason.3.5", "Chưa có số liệu.", "question.3.5",
						"Đề nghị bổ sung số liệu"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> asked = office.post(dashboard, returnPath,
				Map.of("reason", "Thiếu tài liệu kiểm chứng tiêu chí 2.1"));
		assertThat(asked.statusCode()).isEqualTo(200);
		long appraisalLeaves = this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.APPRAISAL)
			.count();
		assertThat(asked.body()).contains("data-confirm-return=\"" + this.dakPo.id() + "\"",
				"vòng 1 đã chấm 1/" + appraisalLeaves + " tiêu chí; đã nêu 1 yêu cầu giải trình, đơn vị đã trả lời 0",
				"nộp lại trước hạn tự đánh giá", "bị tính là không nộp",
				"value=\"Thiếu tài liệu kiểm chứng tiêu chí 2.1\"");
		assertThat(status(this.dakPo.id())).isEqualTo("SUBMITTED");
		office.post(dashboard, returnPath,
				Map.of("reason", "Thiếu tài liệu kiểm chứng tiêu chí 2.1", "confirmed", "true"));
		assertThat(status(this.dakPo.id())).isEqualTo("RETURNED");
		// the notice names the unit (issue 9, A-messages)
		assertThat(office.page(dashboard).body()).contains("Đã trả lại hồ sơ cho " + this.dakPo.name() + ".");
		// the unit's home page says what happened, when and what to do (issue 9, A-home)
		String returnedAt = this.clock.instant()
			.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
			.format(java.time.format.DateTimeFormatter.ofPattern("HH'h'mm dd/MM/yyyy"));
		assertThat(officer.page("/account").body()).contains(
				"Hồ sơ tự đánh giá năm 2022 đã bị Sở Nội vụ trả lại lúc " + returnedAt,
				"Lý do: Thiếu tài liệu kiểm chứng tiêu chí 2.1", "để lãnh đạo đơn vị nộp lại trước");
		assertThat(officer.page("/account?lang=en").body())
			.contains("The PAR office returned the 2022 self-assessment");
		// back to Vietnamese for the rest of the walk
		assertThat(officer.page("/account?lang=vi").body()).contains("Lý do: Thiếu tài liệu kiểm chứng");
		// the audit page and its CSV export name the cycle by its year and the unit by
		// its
		// name, in words (issue 9, audit export)
		assertThat(office.page("/admin/audit?type=cycle").body()).contains("Kỳ đánh giá năm 2022")
			.doesNotContain("Số " + this.cycle.id() + "<");
		String exported = office.get("/admin/audit/export.csv?type=cycle", "text/csv").body();
		assertThat(exported).contains("\"Kỳ đánh giá năm 2022\"", "\"Kỳ đánh giá\"")
			.doesNotContain("\"Số " + this.cycle.id() + "\"", "\"cycle\"", "\"opened\"");
		String dossiers = office.get("/admin/audit/export.csv?type=dossier", "text/csv").body();
		assertThat(dossiers).contains(this.dakPo.name(), "Thiếu tài liệu kiểm chứng tiêu chí 2.1")
			.doesNotContain("\"returned\"", "\"dossier\"");
		assertThat(officer.page(this.unitPage).body()).contains("Sở Nội vụ trả lại hồ sơ: Thiếu tài liệu kiểm chứng",
				"Bị trả lại");
		assertThat(officer.multipart(this.unitPage, this.unitPage,
				List.of(Map.entry("leaf", "2.1"), Map.entry("version.2.1", version("2.1")),
						Map.entry("input.2.1.met", "1"), Map.entry("docNumber.2.1", "15/BC-UBND"),
						Map.entry("docDate.2.1", "2022-12-10"), Map.entry("docIssuer.2.1", "UBND huyện Đak Pơ"),
						Map.entry("docTitle.2.1", "Báo cáo CCHC năm 2022")),
				List.of())
			.statusCode()).isEqualTo(302);
		assertThat(officer.page(this.unitPage + "?area=2").body()).contains(
				"Văn bản số 15/BC-UBND ngày 10/12/2022 của UBND huyện Đak Pơ: Báo cáo CCHC năm 2022",
				"Sở Nội vụ trả lại hồ sơ: Thiếu tài liệu kiểm chứng");
		submit(leader);
		assertThat(status(this.dakPo.id())).isEqualTo("SUBMITTED");
	}

	@Test
	void refusesEditingAfterTheDeadline() {
		WebClient officer = signedIn("dakpo.canbo");
		this.clock.set(this.cycle.selfAssessmentUntil().toInstant().plusSeconds(1));
		HttpResponse<String> late = officer.multipart(this.unitPage, this.unitPage, List.of(Map.entry("leaf", "1.4"),
				Map.entry("version.1.4", version("1.4")), Map.entry("input.1.4.score", "0")), List.of());
		assertThat(late.body()).contains("Đã hết hạn tự đánh giá (17h00 ");
		assertThat(input("1.4", "score")).isEqualByComparingTo("1");
		WebClient leader = signedIn("dakpo.lanhdao");
		submit(leader);
		assertThat(leader.page(this.unitPage).body()).contains("Đã hết hạn tự đánh giá");
		String appraisalPage = "/assessment/cycles/" + this.cycle.id() + "/units/" + this.dakPo.id();
		assertThat(signedIn("thamdinh")
			.post(appraisalPage + "?area=3", appraisalPage,
					Map.of("round", "ROUND1", "area", "3", "leaf", "3.5", "version.3.5", version("3.5"), "points.3.5",
							"0", "comment.3.5", "Chưa nhập", "reason.3.5", "Chưa nhập số liệu.", "question.3.5", ""))
			.statusCode()).as("round 1 opens at the deadline, before the job has run").isEqualTo(302);
		assertThat(this.locks.lockDueStages()).isEqualTo(1);
		assertThat(this.locks.lockDueStages()).isZero();
		assertThat(status(this.dakPo.id())).isEqualTo("LOCKED");
		assertThat(leader.page(this.unitPage).body()).contains("Khóa khi hết hạn, chưa nộp");
		assertThat(org.jsoup.Jsoup.parse(leader.page(this.unitPage).body()).select("#dossier-locked").text())
			.startsWith("Hồ sơ không còn sửa được: đã hết hạn tự đánh giá (17h00 ");

		// The PAR office gives two more days: the stage reopens and the dossier is a
		// draft again.
		java.time.format.DateTimeFormatter input = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
		String cyclePage = "/admin/assessment/cycles/" + this.cycle.id();
		Map<String, String> deadlines = new LinkedHashMap<>();
		deadlines.put("selfAssessmentUntil", input.format(this.cycle.selfAssessmentUntil().plusDays(2)));
		deadlines.put("appraisalUntil", input.format(this.cycle.appraisalUntil()));
		deadlines.put("explanationUntil", input.format(this.cycle.explanationUntil()));
		deadlines.put("councilUntil", input.format(this.cycle.councilUntil()));
		deadlines.put("publicationOn", input.format(this.cycle.publicationOn()));
		deadlines.put("units", Long.toString(this.dakPo.id()));
		assertThat(signedIn("sonoivu").post(cyclePage, cyclePage, deadlines).statusCode()).isEqualTo(302);
		assertThat(status(this.dakPo.id())).isEqualTo("DRAFT");
		assertThat(officer
			.multipart(this.unitPage, this.unitPage, List.of(Map.entry("leaf", "1.4"),
					Map.entry("version.1.4", version("1.4")), Map.entry("input.1.4.score", "0.5")), List.of())
			.statusCode()).isEqualTo(302);
		assertThat(input("1.4", "score")).isEqualByComparingTo("0.5");
	}

	@Test
	void keepsEveryUnitOutOfAnotherUnitsDossierAndFiles() {
		WebClient officer = signedIn("dakpo.canbo");
		officer.multipart(this.unitPage, this.unitPage,
				List.of(Map.entry("leaf", "1.1.1"), Map.entry("version.1.1.1", version("1.1.1")),
						Map.entry("input.1.1.1.met", "1")),
				List.of(new WebClient.FilePart("file.1.1.1", "bao-cao.pdf", PDF)));
		long evidenceId = evidenceId(officer.page(this.unitPage + "?area=1").body());
		UnitView kbang = this.organization.findUnit("kbang").orElseThrow();
		this.identity.createAccount(new CreateAccount("kbang.canbo", "Cán bộ Kbang", Role.UNIT_OFFICER,
				Optional.of(kbang.id()), PASSWORD, false));
		WebClient other = signedIn("kbang.canbo");
		String own = other.page(this.unitPage).body();
		assertThat(own).contains("Huyện Kbang").doesNotContain("bao-cao.pdf");
		assertThat(other.download("/assessment/evidence/" + evidenceId).statusCode()).isEqualTo(404);
		assertThat(other.page("/assessment/cycles/" + this.cycle.id() + "/units/" + this.dakPo.id()).statusCode())
			.isEqualTo(403);
		assertThat(other.page("/assessment/cycles/" + this.cycle.id() + "/council").statusCode()).isEqualTo(403);
		assertThat(other.get("/api/v1/reporting/rankings/2022/" + GROUP, "application/json").statusCode())
			.isEqualTo(404);
		assertThat(new WebClient(this.port).download("/assessment/evidence/" + evidenceId).statusCode()).isIn(302, 401);
		assertThat(signedIn("thamdinh").download("/assessment/evidence/" + evidenceId).statusCode())
			.as("the appraiser waits until the dossier is handed in")
			.isEqualTo(404);
		this.clock.set(this.cycle.selfAssessmentUntil().toInstant());
		assertThat(signedIn("thamdinh").download("/assessment/evidence/" + evidenceId).statusCode()).isEqualTo(200);
	}

	@Test
	void detectsConcurrentEditsAndSavesNothing() {
		WebClient officer = signedIn("dakpo.canbo");
		WebClient leader = signedIn("dakpo.lanhdao");
		String loaded = version("1.4");
		assertThat(officer
			.multipart(this.unitPage, this.unitPage, List.of(Map.entry("leaf", "1.4"), Map.entry("version.1.4", loaded),
					Map.entry("input.1.4.score", "0.5")), List.of())
			.statusCode()).isEqualTo(302);
		HttpResponse<String> stale = leader.multipart(this.unitPage, this.unitPage,
				List.of(Map.entry("leaf", "1.4"), Map.entry("version.1.4", loaded), Map.entry("input.1.4.score", "0"),
						Map.entry("leaf", "1.5"), Map.entry("version.1.5", version("1.5")),
						Map.entry("input.1.5.value", "1")),
				List.of());
		// named by display name, not login (issue 9, A-messages)
		assertThat(stale.body())
			.contains("Tiêu chí 1.4 vừa được Cán bộ đầu mối CCHC huyện Đak Pơ sửa sau khi bạn mở trang");
		assertThat(stale.body()).contains("value=\"0\"");
		assertThat(input("1.4", "score")).isEqualByComparingTo("0.5");
		assertThat(input("1.5", "value")).isEqualByComparingTo("2");
	}

	@Test
	void refusedUploadsChangeNothing() {
		WebClient officer = signedIn("dakpo.canbo");
		long before = evidenceCount();
		byte[] large = new byte[100 * 1024];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		byte[] executable = new byte[2048];
		executable[0] = 'M';
		executable[1] = 'Z';
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		Map<String, byte[]> refused = new LinkedHashMap<>();
		refused.put("qua-lon.pdf", large);
		refused.put("bao-cao.pdf", executable);
		refused.put("trang.pdf", html);
		refused.put("chuong-trinh.exe", executable);
		for (Map.Entry<String, byte[]> file : refused.entrySet()) {
			HttpResponse<String> response = officer.multipart(this.unitPage, this.unitPage,
					List.of(Map.entry("leaf", "1.4"), Map.entry("version.1.4", version("1.4")),
							Map.entry("input.1.4.score", "0")),
					List.of(new WebClient.FilePart("file.1.4", file.getKey(), file.getValue())));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("Tệp " + file.getKey()).contains("chưa lưu gì");
		}
		assertThat(evidenceCount()).isEqualTo(before);
		assertThat(input("1.4", "score")).isEqualByComparingTo("1");
	}

	/** The value a page prefills the points field of a leaf with. */
	private static String prefilled(String page, String leaf) {
		Matcher matcher = Pattern.compile("name=\"points\\." + Pattern.quote(leaf) + "\"\\s+value=\"([^\"]*)\"")
			.matcher(page);
		assertThat(matcher.find()).as("the points field of " + leaf).isTrue();
		return matcher.group(1);
	}

	/** The leaves of Đak Pơ finalized in round 2 (or by the council). */
	/**
	 * The leader confirms the submission as a browser does: opens the confirmation page
	 * and sends its form, with the stamp of the dossier shown.
	 */
	private HttpResponse<String> submit(WebClient leader) {
		String page = leader.page(this.unitPage + "/submit").body();
		String stamp = org.jsoup.Jsoup.parse(page).select("input[name=stamp]").val();
		return leader.post(this.unitPage + "/submit", this.unitPage + "/submit",
				Map.of("confirmed", "true", "stamp", stamp));
	}

	private List<String> finalized() {
		return this.jdbc
			.sql("select leaf_code from assessment_leaf_entry where index_set_id = ? and unit_id = ? "
					+ "and final_points is not null")
			.params(this.set.id(), this.dakPo.id())
			.query(String.class)
			.list();
	}

	/** The path a redirect leads to (the page showing the save's notice). */
	private static String redirected(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/assessment"));
	}

	/**
	 * "Tiêu chí 3.1 (name) — field": how a refusal names a criterion's field (appr9 F4).
	 */
	private String named(String code, String field) {
		String name = this.set.nodes()
			.stream()
			.filter((node) -> node.code().equals(code))
			.findFirst()
			.orElseThrow()
			.name();
		return "Tiêu chí " + code + " (" + name + ") — " + field;
	}

	/** A page's text as a reader reads it. */
	private static String text(HttpResponse<String> response) {
		return org.jsoup.Jsoup.parse(response.body()).text();
	}

	private WebClient signedIn(String username) {
		return WebClient.signedIn(this.port, username, PASSWORD);
	}

	/** The self-assessment form for every leaf with Đak Pơ's 2021 inputs. */
	private List<Map.Entry<String, String>> selfForm(boolean explained) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (Map.Entry<String, Map<String, BigDecimal>> leaf : inputs2021().entrySet()) {
			String code = leaf.getKey();
			fields.add(Map.entry("leaf", code));
			fields.add(Map.entry("version." + code, version(code)));
			leaf.getValue()
				.forEach((name, value) -> fields.add(Map.entry("input." + code + "." + name, value.toPlainString())));
			if (explained && !code.equals("1.1.1")) {
				fields.add(Map.entry("explanation." + code, "Hồ sơ lưu tại Văn phòng HĐND và UBND huyện"));
			}
		}
		return fields;
	}

	private static Map<String, Map<String, BigDecimal>> inputs2021() {
		Map<String, Map<String, BigDecimal>> inputs = new LinkedHashMap<>();
		try (InputStream in = AssessmentWorkflowScenario.class.getResourceAsStream("/demo/district-2021-entries.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.split("\t", -1);
				if (line.startsWith("#") || cells.length < 3 || !cells[0].equals("dak-po")) {
					continue;
				}
				Map<String, BigDecimal> values = new LinkedHashMap<>();
				for (String part : cells[2].split(";")) {
					String[] pair = part.strip().split("=");
					values.put(pair[0].strip(), new BigDecimal(pair[1].strip()));
				}
				inputs.put(cells[1], values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return inputs;
	}

	private BigDecimal selfPoints(String code) {
		Leaf leaf = appraisalLeaf(code);
		return leaf.rule().evaluate(code, leaf.maxPoints(), inputs2021().get(code)).points();
	}

	private Leaf appraisalLeaf(String code) {
		return this.set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.code().equals(code) && leaf.component() == Component.APPRAISAL)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The demo's other units were asked about a criterion in round 1 too
	 * (demo/district-2022-states.tsv): the appraiser keeps the round-1 score in round 2,
	 * so the council can approve the year.
	 */
	private void finaliseTheOtherUnitsQuestions(WebClient appraiser) {
		List<Map<String, Object>> open = this.jdbc
			.sql("select unit_id, leaf_code, version, round1_points from assessment_leaf_entry "
					+ "where index_set_id = ? and unit_id <> ? and question is not null and final_points is null")
			.params(this.set.id(), this.dakPo.id())
			.query()
			.listOfRows();
		assertThat(open).as("questions of the demo's other units").isNotEmpty();
		for (Map<String, Object> row : open) {
			String leaf = (String) row.get("leaf_code");
			String page = "/assessment/cycles/" + this.cycle.id() + "/units/" + row.get("unit_id");
			HttpResponse<String> finalised = appraiser.post(page + "?area=" + leaf.substring(0, leaf.indexOf('.')),
					page,
					Map.of("round", "ROUND2", "area", leaf.substring(0, leaf.indexOf('.')), "leaf", leaf,
							"version." + leaf, row.get("version").toString(), "points." + leaf,
							new BigDecimal(row.get("round1_points").toString()).toPlainString(), "comment." + leaf,
							"Giữ kết quả vòng 1", "reason." + leaf, "Tài liệu kiểm chứng chưa đủ.", "confirm." + leaf,
							"true"));
			assertThat(finalised.statusCode()).as("round 2 of %s", leaf).isEqualTo(302);
		}
	}

	private String version(String leaf) {
		return this.jdbc
			.sql("select version from assessment_leaf_entry where index_set_id = ? and unit_id = ? "
					+ "and leaf_code = ?")
			.params(this.set.id(), this.dakPo.id(), leaf)
			.query(Integer.class)
			.optional()
			.map(String::valueOf)
			.orElse("-1");
	}

	private BigDecimal input(String leaf, String name) {
		return this.jdbc.sql("""
				select i.input_value from assessment_leaf_input i join assessment_leaf_entry e on e.id = i.entry_id
				where e.index_set_id = ? and e.unit_id = ? and e.leaf_code = ? and i.input_name = ?
				""").params(this.set.id(), this.dakPo.id(), leaf, name).query(BigDecimal.class).single();
	}

	private String status(long unitId) {
		return this.jdbc.sql("select status from assessment_dossier where index_set_id = ? and unit_id = ?")
			.params(this.set.id(), unitId)
			.query(String.class)
			.optional()
			.orElse("DRAFT");
	}

	private long evidenceCount() {
		return this.jdbc.sql("select count(*) from assessment_evidence").query(Long.class).single();
	}

	private static long evidenceId(String page) {
		Matcher matcher = Pattern.compile("/assessment/evidence/(\\d+)").matcher(page);
		assertThat(matcher.find()).as("an evidence link on the page").isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
