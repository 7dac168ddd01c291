package org.parindex.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parindex.assessment.AdjustmentKind;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.AssessmentService;
import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.RecordAdjustment;
import org.parindex.assessment.RecordLeafEntries;
import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.identity.CreateAccount;
import org.parindex.identity.IdentityService;
import org.parindex.identity.Role;
import org.parindex.methodology.CreateIndexSet;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.CreateUnit;
import org.parindex.organization.CreateUnitGroup;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitKind;
import org.parindex.organization.UnitView;
import org.parindex.reporting.PublicationService;
import org.parindex.survey.RecordSurveyResults;
import org.parindex.survey.SurveyPointsService;
import org.parindex.survey.SurveyService;
import org.parindex.platform.StartupLoading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data at start-up when {@code parindex.demo.enabled=true}: set by the
 * {@code demo} profile ({@code application-demo.properties}), which the README's
 * {@code mvn spring-boot:run} switches on; {@code false} by default, so a jar started
 * without asking for the demo loads none of it, and no demo account exists. A database
 * that already has the demo's unit group is left alone, so a restart neither duplicates
 * nor resets it. All of it is loaded in one transaction: a failure leaves nothing behind.
 */
@org.springframework.stereotype.Component
@ConditionalOnBooleanProperty("parindex.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

	static final String GROUP = "gia-lai-district";

	/** The password of every demo account (README). */
	static final String DEMO_PASSWORD = "parindex-demo";

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final int[] YEARS = { 2020, 2021 };

	/** Who decided the published years, as the audit trail names it. */
	private static final String COUNCIL = "hoidong";

	/**
	 * The demo sets' legal basis, cited by the results report after "Căn cứ" (the sets
	 * follow that decision's structure; that they are illustrative is said by their
	 * {@code illustrative} flag and name, never in this sentence: walk #22).
	 */
	static final String LEGAL_BASIS = "Quyết định số 83/QĐ-UBND ngày 24/02/2019 của UBND tỉnh Gia Lai";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The year whose cycle is in progress in the demo. */
	private static final int CURRENT_YEAR = 2022;

	private final OrganizationService organization;

	private final MethodologyService methodology;

	private final AssessmentService assessment;

	private final SurveyService survey;

	private final IdentityService identity;

	private final CycleService cycles;

	private final AppraisalService appraisal;

	private final PublicationService publications;

	private final DemoCycle demoCycle;

	private final DemoSurvey demoSurvey;

	private final SurveyPointsService surveyPoints;

	private final DemoContest demoContest;

	private final org.parindex.reporting.improvement.ImprovementPlanService plans;

	private final Clock clock;

	DemoDataLoader(OrganizationService organization, MethodologyService methodology, AssessmentService assessment,
			SurveyService survey, IdentityService identity, CycleService cycles, AppraisalService appraisal,
			PublicationService publications, DemoCycle demoCycle, DemoSurvey demoSurvey,
			SurveyPointsService surveyPoints, DemoContest demoContest,
			org.parindex.reporting.improvement.ImprovementPlanService plans, Clock clock, StartupLoading startup) {
		this.plans = plans;
		// created before the web server answers: sign-ins until the loading ends are
		// told that it is still loading
		startup.begin();
		this.demoSurvey = demoSurvey;
		this.demoContest = demoContest;
		this.surveyPoints = surveyPoints;
		this.clock = clock;
		this.cycles = cycles;
		this.appraisal = appraisal;
		this.publications = publications;
		this.demoCycle = demoCycle;
		this.organization = organization;
		this.methodology = methodology;
		this.assessment = assessment;
		this.survey = survey;
		this.identity = identity;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.organization.findGroup(GROUP).isPresent()) {
			logger.info("Demo data present; nothing loaded");
			createAccounts();
			this.demoContest.load();
			return;
		}
		UnitGroupView group = this.organization.createGroup(new CreateUnitGroup(GROUP,
				"Huyện, thị xã, thành phố tỉnh Gia Lai", "Districts, towns and cities of Gia Lai province",
				"huyện, thị xã, thành phố", "districts, towns and cities"));
		Map<String, UnitView> units = new LinkedHashMap<>();
		for (Map<String, String> row : DemoData.read("units.tsv")) {
			UnitView unit = this.organization.createUnit(
					new CreateUnit(row.get("code"), group.id(), UnitKind.valueOf(row.get("kind")), row.get("name")));
			units.put(unit.code(), unit);
		}
		List<CreateIndexSet.NodeDraft> tree = tree();
		Set<Long> all = units.values().stream().map(UnitView::id).collect(java.util.stream.Collectors.toSet());
		for (int year : YEARS) {
			IndexSetView set = this.methodology.create(indexSet(year, group.id(), tree));
			CycleView cycle = this.cycles.open(set.id(), deadlines(year, all));
			loadEntries(year, set, units);
			if (year == 2021) {
				// answered on paper in November 2021, the points computed from the
				// answers as the survey staff record them
				this.demoSurvey.load(set, units, vietnam(LocalDateTime.of(2021, 11, 1, 8, 0)),
						vietnam(LocalDateTime.of(2021, 11, 30, 17, 0)), LocalDate.of(2021, 11, 1),
						LocalDate.of(2021, 11, 30));
				long started = System.nanoTime();
				this.surveyPoints.record(set.id());
				logger.info("Demo survey {}: points recorded in {} ms", year,
						(System.nanoTime() - started) / 1_000_000);
			}
			else {
				loadSurvey(year, set, units);
			}
			loadAdjustments(year, set, units);
			this.appraisal.recordCompletedYear(cycle.id(), COUNCIL);
			this.publications.publish(cycle.id(), new DemoActor("sonoivu", "PAR_OFFICE", Optional.empty()),
					cycle.publicationOn().toOffsetDateTime());
		}
		createAccounts();
		loadImprovementPlan();
		IndexSetView current = this.methodology.create(indexSet(CURRENT_YEAR, group.id(), tree));
		CycleView cycle = this.cycles.open(current.id(), this.demoCycle.openingDeadlines(all));
		this.identity.findByUsername("thamdinh").ifPresent((appraiser) -> {
			this.identity.assignAreas(appraiser.id(), this.methodology.find(2021, group.id()).orElseThrow().id(),
					Set.of("3", "7"));
			this.identity.assignAreas(appraiser.id(), current.id(), Set.of("3", "7"));
		});
		// the rest of the year's areas go to the team's second appraiser, so that round 1
		// of the demo covers every criterion (the council's preview lists what is really
		// missing)
		this.identity.findByUsername("thamdinh.b")
			.ifPresent((appraiser) -> this.identity.assignAreas(appraiser.id(), current.id(),
					current.nodes()
						.stream()
						.filter((node) -> node.parentCode().isEmpty())
						.map((node) -> node.code())
						.filter((code) -> !Set.of("3", "7").contains(code))
						.collect(java.util.stream.Collectors.toSet())));
		// the year's survey under way: the forms open for a month now and until the
		// self-assessment deadline, the 2021 answers keyed in from paper over the past
		// month; the points are left for the survey staff to record
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		this.demoSurvey.load(current, units, vietnam(today.minusDays(30).atTime(8, 0)),
				cycle.selfAssessmentUntil().toInstant(), today.minusDays(30), today.minusDays(1));
		this.demoCycle.loadStates(cycle, current, units);
		this.demoContest.load();
		logger.info("Demo data loaded: {} units, index sets {} and {} published, {} in progress", units.size(),
				YEARS[0], YEARS[1], CURRENT_YEAR);
	}

	/**
	 * The deadlines the province kept (2021 published by Decision 197/QĐ-UBND of
	 * 15/04/2022, 2020 by 158/QĐ-UBND of 16/03/2021; the other deadlines are
	 * illustrative).
	 */
	private static CycleDeadlines deadlines(int year, Set<Long> units) {
		if (year == 2020) {
			return new CycleDeadlines(LocalDateTime.of(2021, 1, 15, 17, 0), LocalDateTime.of(2021, 2, 10, 17, 0),
					LocalDateTime.of(2021, 2, 25, 17, 0), LocalDateTime.of(2021, 3, 10, 17, 0),
					LocalDateTime.of(2021, 3, 16, 8, 0), units);
		}
		return new CycleDeadlines(LocalDateTime.of(2022, 1, 15, 17, 0), LocalDateTime.of(2022, 2, 28, 17, 0),
				LocalDateTime.of(2022, 3, 15, 17, 0), LocalDateTime.of(2022, 4, 5, 17, 0),
				LocalDateTime.of(2022, 4, 15, 8, 0), units);
	}

	/** One demo account per role (README lists them), each created if missing. */
	/**
	 * Đak Pơ's improvement plan after the 2021 review conference (hội nghị rút kinh
	 * nghiệm, the seed article): remedies for five criteria that lost points, as the
	 * district's Office of Home Affairs would set them; its 2022 self-assessment shows
	 * them beside the criteria (issue 12, item 7). Illustrative.
	 */
	private void loadImprovementPlan() {
		String unit = "dak-po";
		List<org.parindex.reporting.improvement.RemedyInput> remedies = List.of(
				new org.parindex.reporting.improvement.RemedyInput("3.1",
						"Ban hành kế hoạch rà soát, đánh giá thủ tục hành chính năm 2022; mỗi cơ quan chuyên môn rà soát ít nhất 02 thủ tục, báo cáo UBND huyện",
						"Văn phòng HĐND và UBND huyện", "30/06/2022", "DONE",
						"Kế hoạch số 45/KH-UBND ngày 10/5/2022; đã rà soát 14 thủ tục"),
				new org.parindex.reporting.improvement.RemedyInput("3.3.1",
						"Theo dõi hồ sơ sắp đến hạn trên Hệ thống thông tin giải quyết thủ tục hành chính hằng tuần; xin lỗi bằng văn bản với mọi hồ sơ trễ hẹn",
						"Bộ phận Một cửa huyện; các phòng chuyên môn", "31/12/2022", "IN_PROGRESS",
						"Tỷ lệ hồ sơ đúng hạn 9 tháng đạt 93%"),
				new org.parindex.reporting.improvement.RemedyInput("5.2.3",
						"Rà soát toàn bộ hồ sơ bổ nhiệm lại lãnh đạo cấp phòng đến hạn trong năm 2022 theo Quy định của Tỉnh ủy, trình trước thời hạn 90 ngày",
						"Phòng Nội vụ huyện", "31/03/2022", "DONE", ""),
				new org.parindex.reporting.improvement.RemedyInput("7.1.1",
						"Cấp chữ ký số cho toàn bộ lãnh đạo phòng và UBND các xã; 100% văn bản đi (trừ văn bản mật) ký số và gửi trên môi trường điện tử",
						"Phòng Văn hóa và Thông tin huyện", "30/09/2022", "IN_PROGRESS",
						"Còn 02 xã chưa có chữ ký số chuyên dùng"),
				new org.parindex.reporting.improvement.RemedyInput("7.2.1",
						"Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa; mỗi xã lập tổ công nghệ số cộng đồng hỗ trợ dịch vụ công mức độ 3, 4",
						"UBND các xã, thị trấn; Đoàn Thanh niên huyện", "30/06/2022", "NOT_STARTED", ""));
		this.plans.save(2021, GROUP, unit, remedies, new DemoActor("sonoivu", "PAR_OFFICE", Optional.empty()),
				java.util.Locale.forLanguageTag("vi"));
	}

	private void createAccounts() {
		for (Map<String, String> row : DemoData.read("accounts.tsv")) {
			if (this.identity.findByUsername(row.get("username")).isPresent()) {
				continue;
			}
			Optional<Long> unit = optional(row.get("unit"))
				.map((code) -> this.organization.findUnit(code).orElseThrow().id());
			this.identity.createAccount(new CreateAccount(row.get("username"), row.get("display_name"),
					Role.valueOf(row.get("role")), unit, DEMO_PASSWORD, false));
		}
	}

	private static CreateIndexSet indexSet(int year, long groupId, List<CreateIndexSet.NodeDraft> tree) {
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.APPRAISAL, new BigDecimal("64"));
		maxima.put(Component.SURVEY, new BigDecimal("30"));
		List<CreateIndexSet.ClassBandDraft> classes = List.of(
				new CreateIndexSet.ClassBandDraft("yeu", "Yếu", "Weak", BigDecimal.ZERO),
				new CreateIndexSet.ClassBandDraft("trung-binh", "Trung bình", "Average", new BigDecimal("50")),
				new CreateIndexSet.ClassBandDraft("kha", "Khá", "Good", new BigDecimal("70")),
				new CreateIndexSet.ClassBandDraft("tot", "Tốt", "Very good", new BigDecimal("80")));
		return new CreateIndexSet(year, groupId, "Bộ chỉ số cải cách hành chính cấp huyện năm " + year + " (minh họa)",
				LEGAL_BASIS, true, maxima, new BigDecimal("6"), new BigDecimal("8"), 2, classes, tree);
	}

	private static List<CreateIndexSet.NodeDraft> tree() {
		List<CreateIndexSet.NodeDraft> nodes = new ArrayList<>();
		for (Map<String, String> row : DemoData.read("district-index-set.tsv")) {
			nodes.add(new CreateIndexSet.NodeDraft(row.get("code"), optional(row.get("parent")),
					Level.valueOf(row.get("level")), row.get("name"), row.get("name_en"),
					new BigDecimal(row.get("max")), optional(row.get("component")).map(Component::valueOf),
					optional(row.get("rule")), row.get("guidance"), row.getOrDefault("evidence", "")));
		}
		return nodes;
	}

	private void loadEntries(int year, IndexSetView set, Map<String, UnitView> units) {
		Map<String, List<RecordLeafEntries.Entry>> byUnit = new LinkedHashMap<>();
		for (Map<String, String> row : DemoData.read("district-" + year + "-entries.tsv")) {
			byUnit.computeIfAbsent(row.get("unit"), (code) -> new ArrayList<>())
				.add(new RecordLeafEntries.Entry(row.get("leaf"), DemoData.inputs(row.get("inputs")), Optional.empty(),
						row.get("comment")));
		}
		byUnit.forEach((unit, entries) -> this.assessment
			.recordEntries(new RecordLeafEntries(set.id(), unit(units, unit).id(), entries)));
	}

	/**
	 * A year's survey results as means only, as for a year taken over from outside
	 * (2020); 2021 and 2022 come from responses ({@link DemoSurvey}).
	 */
	private void loadSurvey(int year, IndexSetView set, Map<String, UnitView> units) {
		Map<String, List<RecordSurveyResults.Result>> byUnit = new LinkedHashMap<>();
		for (Map<String, String> row : DemoData.read("district-" + year + "-survey.tsv")) {
			byUnit.computeIfAbsent(row.get("unit"), (code) -> new ArrayList<>())
				.add(new RecordSurveyResults.Result(row.get("leaf"), Integer.parseInt(row.get("respondents")),
						new BigDecimal(row.get("mean"))));
		}
		byUnit.forEach((unit, results) -> this.survey
			.recordResults(new RecordSurveyResults(set.id(), unit(units, unit).id(), results)));
	}

	private void loadAdjustments(int year, IndexSetView set, Map<String, UnitView> units) {
		for (Map<String, String> row : DemoData.read("district-" + year + "-adjustments.tsv")) {
			this.assessment.recordAdjustment(new RecordAdjustment(set.id(), unit(units, row.get("unit")).id(),
					AdjustmentKind.valueOf(row.get("kind")), new BigDecimal(row.get("points")), row.get("reason"),
					COUNCIL));
		}
	}

	private static Instant vietnam(LocalDateTime time) {
		return time.atZone(VIETNAM).toInstant();
	}

	private static UnitView unit(Map<String, UnitView> units, String code) {
		UnitView unit = units.get(code);
		if (unit == null) {
			throw new IllegalStateException("Demo data names an unknown unit: " + code);
		}
		return unit;
	}

	private static Optional<String> optional(String value) {
		return (value == null || value.isEmpty()) ? Optional.empty() : Optional.of(value);
	}

}
