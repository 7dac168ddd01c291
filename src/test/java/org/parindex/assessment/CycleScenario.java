package org.parindex.assessment;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.CreateUnit;
import org.parindex.organization.CreateUnitGroup;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitKind;
import org.parindex.organization.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A year's cycle: deadlines in Vietnam's time, participating units, every unit's status
 * on one screen, and what is refused. Run against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
abstract class CycleScenario {

	@LocalServerPort
	int port;

	@Autowired
	CycleService cycles;

	@Autowired
	MethodologyService methodology;

	@Autowired
	IndexSetEditor editor;

	@Autowired
	OrganizationService organization;

	@Autowired
	NotApplicableService notApplicable;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppraisalProgressService appraisalProgress;

	@Autowired
	DossierService dossiers;

	@Autowired
	org.parindex.identity.IdentityService identity;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void thePublishedYearsHaveTheirCyclesWithEveryUnit() {
		CycleView cycle = this.cycles.findForSet(set(2021).id()).orElseThrow();
		assertThat(cycle.unitIds()).hasSize(17);
		assertThat(cycle.publicationOn().toLocalDateTime()).isEqualTo(LocalDateTime.of(2022, 4, 15, 8, 0));
		assertThat(cycle.stageAt(Instant.parse("2022-01-10T00:00:00Z"))).isEqualTo(Stage.SELF_ASSESSMENT);
		assertThat(cycle.stageAt(Instant.parse("2022-04-10T00:00:00Z"))).isEqualTo(Stage.AWAITING_PUBLICATION);
		assertThat(cycle.stageAt(Instant.now())).isEqualTo(Stage.PUBLICATION);
		assertThat(this.cycles.progress(cycle)).hasSize(17)
			.allSatisfy((progress) -> assertThat(progress.entered()).isEqualTo(65))
			.allSatisfy((progress) -> assertThat(progress.surveyed()).isEqualTo(8));
		WebClient office = signedIn();
		String page = office.page("/admin/assessment/cycles/" + cycle.id()).body();
		assertThat(page).contains("data-unit=\"dak-po\"", "65/65 (100%)", "2022-04-15T08:00", "08h00 15/04/2022",
				"Công bố");
		assertThatExceptionOfType(InvalidCycleException.class)
			.isThrownBy(() -> this.cycles.update(cycle.id(), deadlines(2022, cycle.unitIds())))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("cycle.published"));
	}

	@Test
	void theCouncilTableScoresAUnitThatNeverSubmittedAsItsResultsDo() {
		CycleView cycle = this.cycles.findForSet(set(2022).id()).orElseThrow();
		WebClient council = new WebClient(this.port);
		council.signIn("hoidong", "parindex-demo");
		org.jsoup.nodes.Element row = org.jsoup.Jsoup
			.parse(council.page("/assessment/cycles/" + cycle.id() + "/council").body())
			.selectFirst("tr[data-unit=mang-yang]");
		assertThat(row).isNotNull();
		// a draft never submitted: its self-assessed points show, but nothing counts
		// until an appraiser scores it (docs/scoring.md)
		assertThat(row.select("td").get(2).text()).isNotEqualTo("0,00");
		assertThat(row.select("td").get(4).text()).isEqualTo("0,00");
	}

	/**
	 * Issue 12, item 1: the cycle's progress table downloads as a workbook with the
	 * page's figures as number cells, one row per unit in the province's order, and what
	 * is overdue at the stage of the day in the page's words.
	 */
	@Test
	void theProgressTableDownloadsAsAWorkbook() throws Exception {
		CycleView cycle = this.cycles.findForSet(set(2021).id()).orElseThrow();
		WebClient office = signedIn();
		assertThat(office.page("/admin/assessment/cycles/" + cycle.id()).body())
			.contains("/admin/assessment/cycles/" + cycle.id() + "/progress.xlsx");
		HttpResponse<byte[]> file = office.download("/admin/assessment/cycles/" + cycle.id() + "/progress.xlsx");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("tien-do-2021.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(file.body()))) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Tình hình thực hiện Chỉ số cải cách hành chính năm 2021");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).endsWith("giai đoạn: Công bố");
			org.apache.poi.ss.usermodel.Row header = sheet.getRow(4);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Tiêu chí đã nhập");
			assertThat(sheet.getLastRowNum()).isEqualTo(4 + 17);
			org.apache.poi.ss.usermodel.Row dakPo = null;
			for (int r = 5; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r).getCell(1).getStringCellValue().equals("Huyện Đak Pơ")) {
					dakPo = sheet.getRow(r);
				}
			}
			assertThat(dakPo).isNotNull();
			assertThat(dakPo.getCell(3).getNumericCellValue()).isEqualTo(65);
			assertThat(dakPo.getCell(4).getNumericCellValue()).isEqualTo(65);
			assertThat(dakPo.getCell(5).getNumericCellValue()).isEqualTo(100);
			assertThat(dakPo.getCell(6).getNumericCellValue()).isEqualTo(8);
			// the decided bonus and deduction as points, the pending proposals apart
			// (issue 9, F13: the column counted entries under a bonus heading)
			assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Điểm thưởng đã duyệt");
			assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Điểm trừ đã duyệt");
			assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Đề xuất thưởng, trừ chờ Hội đồng");
			assertThat(dakPo.getCell(8).getNumericCellValue()).isEqualTo(1.0);
			assertThat(dakPo.getCell(9).getNumericCellValue()).isEqualTo(1.0);
			assertThat(dakPo.getCell(10).getNumericCellValue()).isEqualTo(0);
			// a published year has nothing overdue
			assertThat(dakPo.getCell(14).getStringCellValue()).isEmpty();
		}
	}

	/**
	 * The PAR office's progress table shows each unit's bonus and deduction as the points
	 * decided, under headings that say so with the cap, and the proposals still awaiting
	 * the council in a column of their own (issue 9, F13).
	 */
	@Test
	void theProgressTableShowsTheDecidedBonusAndDeductionApartFromPendingProposals() {
		CycleView cycle = this.cycles.findForSet(set(2021).id()).orElseThrow();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup
			.parse(signedIn().page("/admin/assessment/cycles/" + cycle.id()).body());
		assertThat(page.select("#status thead th").eachText())
			.contains("Điểm thưởng đã duyệt (/6)", "Điểm trừ đã duyệt (/8)", "Đề xuất thưởng, trừ chờ Hội đồng")
			.doesNotContain("Điểm thưởng, trừ");
		org.jsoup.nodes.Element dakPo = page.selectFirst("#status tr[data-unit=dak-po]");
		assertThat(dakPo).isNotNull();
		assertThat(dakPo.selectFirst("[data-column=bonus]").text()).isEqualTo("1,00");
		assertThat(dakPo.selectFirst("[data-column=deduction]").text()).isEqualTo("1,00");
		assertThat(dakPo.selectFirst("[data-column=pending-adjustments]").text()).isEqualTo("0");
	}

	@Test
	void aNewYearsCycleKeepsDeadlinesInVietnamTime() {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2023, groupId(), "Bộ chỉ số 2023",
				"", Optional.of(set(2021).id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		Set<Long> units = units();
		CycleView cycle = this.cycles.open(draft.id(), deadlines(2024, units));
		OffsetDateTime stored = this.jdbc.sql("select self_assessment_until from assessment_cycle where id = ?")
			.param(cycle.id())
			.query(OffsetDateTime.class)
			.single();
		assertThat(stored.toInstant()).isEqualTo(Instant.parse("2024-01-15T10:00:00Z"));
		assertThat(cycle.selfAssessmentUntil().toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 1, 15, 17, 0));
		assertThat(this.cycles.progress(cycle)).allSatisfy((progress) -> assertThat(progress.entered()).isZero());

		WebClient office = signedIn();
		HttpResponse<String> saved = office.post("/admin/assessment/cycles/" + cycle.id(),
				"/admin/assessment/cycles/" + cycle.id(),
				Map.of("selfAssessmentUntil", "2024-01-20T16:00", "appraisalUntil", "2024-02-15T17:00",
						"explanationUntil", "2024-02-28T17:00", "councilUntil", "2024-03-31T17:00", "publicationOn",
						"2024-04-15T08:00", "units", units.iterator().next().toString()));
		assertThat(saved.statusCode()).isEqualTo(302);
		CycleView updated = this.cycles.find(cycle.id()).orElseThrow();
		assertThat(updated.selfAssessmentUntil().toInstant()).isEqualTo(Instant.parse("2024-01-20T09:00:00Z"));
		assertThat(updated.unitIds()).hasSize(1);
		assertThat(this.jdbc
			.sql("select action from identity_audit_event where entity_type = 'cycle' and entity_id = ? order by id")
			.param(Long.toString(cycle.id()))
			.query(String.class)
			.list()).as("opened, changed, and the four stages whose deadlines are past closed as the save commits")
			.containsExactly("opened", "changed", "stage-closed", "stage-closed", "stage-closed", "stage-closed");
	}

	@Test
	void refusesDeadlinesOutOfOrderAndUnitsOfAnotherGroup() {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2025, groupId(), "Bộ chỉ số 2025",
				"", Optional.of(set(2021).id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		CycleDeadlines backwards = new CycleDeadlines(LocalDateTime.of(2026, 2, 1, 17, 0),
				LocalDateTime.of(2026, 1, 15, 17, 0), LocalDateTime.of(2026, 2, 28, 17, 0),
				LocalDateTime.of(2026, 3, 31, 17, 0), LocalDateTime.of(2026, 4, 15, 8, 0), units());
		assertThatExceptionOfType(InvalidCycleException.class).isThrownBy(() -> this.cycles.open(draft.id(), backwards))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("cycle.deadlines.order"))
			.satisfies((ex) -> assertThat(
					this.messages.getMessage(ex.messageKey(), ex.arguments(), java.util.Locale.forLanguageTag("vi")))
				.startsWith("Thời hạn của bước “Thẩm định” (17h00 15/01/2026) phải sau thời hạn của bước "
						+ "“Tự đánh giá” (17h00 01/02/2026)"));
		long otherGroup = this.organization
			.createGroup(new CreateUnitGroup("so-ban-nganh", "Sở, ban, ngành", "Departments", "sở, ban, ngành",
					"departments"))
			.id();
		UnitView stranger = this.organization
			.createUnit(new CreateUnit("so-noi-vu", otherGroup, UnitKind.AGENCY, "Sở Nội vụ"));
		assertThatExceptionOfType(InvalidCycleException.class)
			.isThrownBy(() -> this.cycles.open(draft.id(), deadlines(2026, Set.of(stranger.id()))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("cycle.units.group"));
		assertThat(this.cycles.findForSet(draft.id())).isEmpty();
		WebClient office = signedIn();
		HttpResponse<String> page = office.post("/admin/assessment/cycles", "/admin/assessment/cycles",
				Map.of("indexSetId", Long.toString(set(2021).id())));
		assertThat(page.statusCode()).as("a second cycle clashes with the first").isEqualTo(409);
		assertThat(page.body()).contains("Bộ chỉ số năm 2021 đã có kỳ đánh giá.");
	}

	/**
	 * Opening a cycle whose suggested deadlines are already past asks first, naming how
	 * many dossiers it locks at once; only the confirmed request opens it (issue 9, W8).
	 */
	@Test
	void openingACycleWithDeadlinesInThePastAsksFirst() {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2015, groupId(), "Bộ chỉ số 2015",
				"", Optional.of(set(2021).id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		long active = this.organization.unitsOf(groupId()).stream().filter(UnitView::active).count();
		WebClient office = signedIn();
		HttpResponse<String> asked = office.post("/admin/assessment/cycles", "/admin/assessment/cycles",
				Map.of("indexSetId", Long.toString(draft.id())));
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Chưa mở kỳ đánh giá năm 2015",
				"mở kỳ sẽ khóa ngay " + active + " hồ sơ chưa nộp", "id=\"confirm-open\"", "name=\"confirmed\"");
		assertThat(this.cycles.findForSet(draft.id())).isEmpty();
		HttpResponse<String> opened = office.post("/admin/assessment/cycles", "/admin/assessment/cycles",
				Map.of("indexSetId", Long.toString(draft.id()), "confirmed", "true"));
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(this.cycles.findForSet(draft.id())).isPresent();
	}

	/**
	 * A set with problems (here a criterion whose maximum no longer matches its area)
	 * cannot be scored fairly: its cycle is not opened, and the refusal lists the
	 * problems in the user's words.
	 */
	@Test
	void aCycleIsNotOpenedOnAnIndexSetWithProblems() {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2061, groupId(), "Bộ chỉ số 2061",
				"", Optional.of(set(2021).id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		org.parindex.methodology.NodeView leaf = draft.nodes()
			.stream()
			.filter((node) -> node.isLeaf())
			.findFirst()
			.orElseThrow();
		IndexSetView broken = this.editor.saveNode(draft.id(), draft.version(), Optional.of(leaf.code()),
				new org.parindex.methodology.CreateIndexSet.NodeDraft(leaf.code(), leaf.parentCode(), leaf.level(),
						leaf.name(), leaf.nameEn(), leaf.maxPoints().add(BigDecimal.ONE), leaf.component(), leaf.rule(),
						leaf.guidance(), leaf.evidence()));
		assertThat(this.editor.problems(broken)).isNotEmpty();

		assertThatExceptionOfType(InvalidCycleException.class)
			.isThrownBy(() -> this.cycles.open(draft.id(), deadlines(2062, units())))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("cycle.index-set-problems"));
		assertThat(this.cycles.findForSet(draft.id())).isEmpty();
		WebClient office = signedIn();
		HttpResponse<String> refused = office.post("/admin/assessment/cycles", "/admin/assessment/cycles",
				Map.of("indexSetId", Long.toString(draft.id())));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Chưa mở kỳ đánh giá năm 2061")
			.contains("Phần Thẩm định: điểm tối đa khai báo")
			.doesNotContain("APPRAISAL");
		assertThat(this.cycles.findForSet(draft.id())).isEmpty();
	}

	/**
	 * The PAR office marks an area not applicable to a unit, with a reason, from the
	 * cycle's page: the unit's appraisal part is converted (achieved ÷ applicable maximum
	 * × full maximum), the change is audited, and a blank reason or a closed year is
	 * refused.
	 */
	@Test
	void criteriaNotApplicableToAUnitAreMarkedWithAReasonAndConvertTheTotal() {
		IndexSetView draft = this.editor.createDraft(new IndexSetEditor.CreateDraft(2063, groupId(), "Bộ chỉ số 2063",
				"", Optional.of(set(2021).id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		Set<Long> units = units();
		CycleView cycle = this.cycles.open(draft.id(), deadlines(2064, units));
		long unitId = units.iterator().next();
		String area = draft.nodes()
			.stream()
			.filter((node) -> node.parentCode().isEmpty())
			.findFirst()
			.orElseThrow()
			.code();
		WebClient office = signedIn();
		String page = "/admin/assessment/cycles/" + cycle.id() + "/not-applicable";
		assertThat(office.page("/admin/assessment/cycles/" + cycle.id()).body()).contains(page);

		HttpResponse<String> blank = office.post(page, page,
				Map.of("unitId", Long.toString(unitId), "nodeCode", area, "reason", "  "));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("Mục " + area + ": hãy ghi lý do không áp dụng");
		assertThat(this.notApplicable.list(cycle.id())).isEmpty();

		HttpResponse<String> marked = office.post(page, page, Map.of("unitId", Long.toString(unitId), "nodeCode", area,
				"reason", "Đơn vị không giải quyết thủ tục hành chính"));
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(this.notApplicable.list(cycle.id())).singleElement()
			.satisfies((mark) -> assertThat(mark.reason()).isEqualTo("Đơn vị không giải quyết thủ tục hành chính"));
		assertThat(this.notApplicable.forSet(draft.id())).containsEntry(unitId, Set.of(area));
		assertThat(office.page(page).body()).contains("Đơn vị không giải quyết thủ tục hành chính");
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit_event where entity_type = 'not-applicable' and action = 'marked'")
			.query(Long.class)
			.single()).isEqualTo(1);

		org.parindex.engine.UnitResult result = org.parindex.engine.Scorer.score(draft.definition(),
				new org.parindex.engine.UnitInputs("u", Map.of(), java.util.List.of(), java.util.List.of(),
						this.notApplicable.forSet(draft.id()).get(unitId)));
		assertThat(result.notApplicable()).extracting(org.parindex.engine.NodeResult::code).containsExactly(area);
		assertThat(result.applicableMax(org.parindex.engine.Component.APPRAISAL))
			.isLessThan(draft.componentMax(org.parindex.engine.Component.APPRAISAL));

		// applying it again asks first, beside the mark, and keeps the mark until
		// confirmed
		HttpResponse<String> asked = office.post(page, page + "/remove",
				Map.of("unitId", Long.toString(unitId), "nodeCode", area));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(this.notApplicable.list(cycle.id())).hasSize(1);
		assertThat(office.page(page).body()).contains("data-confirm-remove", "Áp dụng lại tiêu chí " + area);
		assertThat(office.page(page).body()).doesNotContain("data-confirm-remove");
		HttpResponse<String> again = office.post(page, page + "/remove",
				Map.of("unitId", Long.toString(unitId), "nodeCode", area, "confirmed", "true"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(this.notApplicable.list(cycle.id())).isEmpty();
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.notApplicable.mark(this.cycles.findForSet(set(2021).id()).orElseThrow().id(), unitId,
					area, "Đã công bố"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.closed.published"));
	}

	/**
	 * The appraiser's list of units says how far each unit's appraisal has come over the
	 * appraiser's areas (3 and 7 in the demo): criteria scored in round 1 out of all,
	 * questions asked and answered, scores final. The figures are those of each dossier
	 * read leaf by leaf; the council and the PAR office count every area.
	 */
	@Test
	void theAppraisersListShowsEachUnitsAppraisalProgress() {
		IndexSetView set = set(2022);
		CycleView cycle = this.cycles.findForSet(set.id()).orElseThrow();
		org.parindex.platform.Actor appraiser = actor("thamdinh", "APPRAISER");
		org.parindex.platform.Actor council = actor("hoidong", "COUNCIL_MEMBER");
		Set<String> areas = Set.of("3", "7");
		List<String> appraised = set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == org.parindex.engine.Component.APPRAISAL)
			.map(org.parindex.engine.Leaf::code)
			.toList();
		long inAreas = appraised.stream().filter((code) -> areas.contains(area(code))).count();
		assertThat(inAreas).isEqualTo(21);

		Map<Long, AppraisalProgressView> progress = this.appraisalProgress.progress(cycle.id(), appraiser);
		Map<Long, AppraisalProgressView> everyArea = this.appraisalProgress.progress(cycle.id(), council);
		assertThat(progress.keySet()).isEqualTo(cycle.unitIds());
		assertThat(everyArea.keySet()).isEqualTo(cycle.unitIds());
		for (long unit : cycle.unitIds()) {
			List<LeafRecordView> leaves = this.dossiers.dossier(cycle.id(), unit, council).leaves();
			assertThat(progress.get(unit)).as("unit %d, areas 3 and 7", unit)
				.isEqualTo(expected(unit, (int) inAreas,
						leaves.stream().filter((leaf) -> areas.contains(area(leaf.leafCode()))).toList()));
			assertThat(everyArea.get(unit)).as("unit %d, every area", unit)
				.isEqualTo(expected(unit, appraised.size(), leaves));
		}
		// the demo's states (docs/demo-data.md): round 1 done over areas 3 and 7, one
		// criterion asked about, answered by Pleiku, not by Chư Păh; Chư Pưh not started
		AppraisalProgressView pleiku = progress.get(unit("pleiku"));
		assertThat(pleiku.appraised()).isPositive();
		assertThat(pleiku.asked()).isEqualTo(1);
		assertThat(pleiku.answered()).isEqualTo(1);
		assertThat(progress.get(unit("chu-pah"))).extracting("asked", "answered").containsExactly(1, 0);
		assertThat(progress.get(unit("chu-puh"))).extracting("appraised", "asked", "answered", "finalized")
			.containsExactly(0, 0, 0, 0);

		WebClient web = new WebClient(this.port);
		web.signIn("thamdinh", "parindex-demo");
		org.jsoup.nodes.Document page = org.jsoup.Jsoup
			.parse(web.page("/assessment/cycles/" + cycle.id() + "/appraisal").body());
		java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
		assertThat(page.select("tr[data-unit=pleiku] [data-progress]").text()).contains(
				this.messages.getMessage("appraisal.progress.round1",
						new Object[] { pleiku.appraised(), pleiku.leaves() }, vi),
				this.messages.getMessage("appraisal.progress.asked", new Object[] { 1, 1 }, vi));
		// in plain words, the kind of criteria counted said once
		assertThat(page.text()).doesNotContain("tiêu chí, tiêu chí thành phần");
		assertThat(page.select("#criteria-note").text()).contains("tiêu chí thành phần");
		assertThat(page.select("tr[data-unit=chu-puh] [data-progress]").text())
			.contains(this.messages.getMessage("appraisal.progress.round1", new Object[] { 0, 21 }, vi))
			.doesNotContain(this.messages.getMessage("appraisal.progress.asked", new Object[] { 0, 0 }, vi));
	}

	private static AppraisalProgressView expected(long unit, int total, List<LeafRecordView> leaves) {
		return new AppraisalProgressView(unit, total,
				(int) leaves.stream().filter((leaf) -> leaf.round1Points().isPresent()).count(),
				(int) leaves.stream().filter(LeafRecordView::flagged).count(),
				(int) leaves.stream().filter((leaf) -> leaf.answer().isPresent()).count(),
				(int) leaves.stream().filter((leaf) -> leaf.finalPoints().isPresent()).count());
	}

	private static String area(String code) {
		return code.substring(0, code.indexOf('.'));
	}

	private long unit(String code) {
		return this.organization.findUnit(code).orElseThrow().id();
	}

	private org.parindex.platform.Actor actor(String username, String role) {
		long id = this.identity.findByUsername(username).orElseThrow().id();
		return new org.parindex.platform.Actor() {

			@Override
			public long accountId() {
				return id;
			}

			@Override
			public String username() {
				return username;
			}

			@Override
			public String displayName() {
				return username;
			}

			@Override
			public Set<String> roles() {
				return Set.of(role);
			}

			@Override
			public Optional<Long> unitId() {
				return Optional.empty();
			}

		};
	}

	private CycleDeadlines deadlines(int year, Set<Long> units) {
		return new CycleDeadlines(LocalDateTime.of(year, 1, 15, 17, 0), LocalDateTime.of(year, 2, 15, 17, 0),
				LocalDateTime.of(year, 2, 28, 17, 0), LocalDateTime.of(year, 3, 31, 17, 0),
				LocalDateTime.of(year, 4, 15, 8, 0), units);
	}

	private Set<Long> units() {
		return this.organization.unitsOf(groupId()).stream().map(UnitView::id).collect(Collectors.toSet());
	}

	private WebClient signedIn() {
		WebClient web = new WebClient(this.port);
		web.signIn("sonoivu", "parindex-demo");
		return web;
	}

	private IndexSetView set(int year) {
		return this.methodology.find(year, groupId()).orElseThrow();
	}

	private long groupId() {
		return this.organization.findGroup("gia-lai-district").orElseThrow().id();
	}

}
