package org.parindex;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.assessment.AdjustmentKind;
import org.parindex.assessment.AssessmentService;
import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.InvalidEntryException;
import org.parindex.assessment.LeafEntryView;
import org.parindex.assessment.RecordAdjustment;
import org.parindex.assessment.RecordLeafEntries;
import org.parindex.assessment.WorkflowException;
import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.engine.ProblemKind;
import org.parindex.engine.ScoreOverride;
import org.parindex.methodology.CreateIndexSet;
import org.parindex.methodology.IndexSetIssue;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.InvalidIndexSetException;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.CreateUnit;
import org.parindex.organization.CreateUnitGroup;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitKind;
import org.parindex.organization.UnitView;
import org.parindex.scoring.ScoringService;
import org.parindex.survey.RecordSurveyResults;
import org.parindex.survey.SurveyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bad input is refused with messages naming what is wrong, and changes nothing. Run
 * against H2 and PostgreSQL ({@link ServiceValidationH2IT},
 * {@link ServiceValidationPostgresIT}).
 */
@SpringBootTest
abstract class ServiceValidationScenario {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	OrganizationService organization;

	@Autowired
	MethodologyService methodology;

	@Autowired
	AssessmentService assessment;

	@Autowired
	SurveyService survey;

	@Autowired
	CycleService cycles;

	@Autowired
	ScoringService scoring;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private UnitGroupView group;

	private UnitView unit;

	@BeforeEach
	void createGroup() {
		String code = "group-" + System.nanoTime();
		this.group = this.organization
			.createGroup(new CreateUnitGroup(code, "Khối thử", "Test group", "đơn vị", "units"));
		this.unit = this.organization
			.createUnit(new CreateUnit(code + "-unit", this.group.id(), UnitKind.COMMUNE, "Ia Thử"));
	}

	@Test
	void refusesAnIndexSetWhoseSumsDoNotAddUpAndStoresNothing() {
		long sets = count("methodology_index_set");
		long nodes = count("methodology_node");
		List<CreateIndexSet.NodeDraft> tree = new ArrayList<>(tree());
		tree.set(0, node("1", null, Level.AREA, "9", null, null));
		assertThatExceptionOfType(InvalidIndexSetException.class)
			.isThrownBy(() -> this.methodology.create(indexSet(2030, tree)))
			.satisfies((ex) -> {
				assertThat(ex.issues()).extracting(IndexSetIssue::subject).contains("1");
				assertThat(ex.issues()).extracting(IndexSetIssue::messageKey)
					.contains(ProblemKind.BRANCH_MAX_MISMATCH.messageKey());
				assertThat(message(ex.issues().get(0)))
					.isEqualTo("Mục 1: điểm tối đa 9 khác tổng điểm tối đa của các tiêu chí con (10).");
			});
		assertThat(count("methodology_index_set")).isEqualTo(sets);
		assertThat(count("methodology_node")).isEqualTo(nodes);
	}

	@Test
	void refusesUnreadableRulesNamingTheNode() {
		List<CreateIndexSet.NodeDraft> tree = new ArrayList<>(tree());
		tree.set(2, node("1.2", "1", Level.CRITERION, "4", Component.APPRAISAL, "ratio full-at=abc"));
		assertThatExceptionOfType(InvalidIndexSetException.class)
			.isThrownBy(() -> this.methodology.create(indexSet(2030, tree)))
			.satisfies((ex) -> assertThat(ex.issues()).singleElement()
				.satisfies((issue) -> assertThat(message(issue))
					.isEqualTo("Mục 1.2: “abc” không phải là số (cách chấm: “ratio full-at=abc”).")));
	}

	@Test
	void refusesASecondSetForTheSameYearAndGroup() {
		this.methodology.create(indexSet(2030, tree()));
		assertThatExceptionOfType(InvalidIndexSetException.class)
			.isThrownBy(() -> this.methodology.create(indexSet(2030, tree())))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(IndexSetIssue::messageKey)
				.containsExactly("methodology.index-set.exists"));
	}

	@Test
	void storesAValidSetWithItsTree() {
		IndexSetView set = this.methodology.create(indexSet(2031, tree()));
		assertThat(set.nodes()).extracting((node) -> node.code()).containsExactly("1", "1.1", "1.2", "1.3");
		assertThat(set.definition().leaves()).hasSize(3);
		assertThat(set.totalMax()).isEqualByComparingTo("14");
		assertThat(this.methodology.find(2031, this.group.id())).isPresent();
	}

	@Test
	void refusesEntriesBreakingTheirRuleAndStoresNoneOfThem() {
		IndexSetView set = openYear(2030);
		long entries = count("assessment_leaf_entry");
		RecordLeafEntries command = new RecordLeafEntries(set.id(), this.unit.id(),
				List.of(entry("1.1", Map.of("met", BigDecimal.ONE)),
						entry("1.2", Map.of("actual", new BigDecimal("5"), "base", new BigDecimal("-1")))));
		assertThatExceptionOfType(InvalidEntryException.class).isThrownBy(() -> this.assessment.recordEntries(command))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.subject()).isEqualTo("1.2");
				assertThat(problem.kind()).isEqualTo(ProblemKind.INPUT_NEGATIVE);
			}));
		assertThat(count("assessment_leaf_entry")).isEqualTo(entries);
	}

	@Test
	void refusesAnOverrideWithoutReason() {
		IndexSetView set = openYear(2030);
		RecordLeafEntries command = new RecordLeafEntries(set.id(), this.unit.id(),
				List.of(new RecordLeafEntries.Entry("1.1", Map.of("met", BigDecimal.ONE),
						Optional.of(new ScoreOverride(BigDecimal.ONE, " ")), "")));
		assertThatExceptionOfType(InvalidEntryException.class).isThrownBy(() -> this.assessment.recordEntries(command))
			.satisfies((ex) -> assertThat(ex.problems()).extracting((problem) -> problem.kind())
				.containsExactly(ProblemKind.OVERRIDE_WITHOUT_REASON));
	}

	@Test
	void replacesAnEntryAndRaisesItsVersion() {
		IndexSetView set = openYear(2030);
		this.assessment.recordEntries(new RecordLeafEntries(set.id(), this.unit.id(),
				List.of(entry("1.2", Map.of("actual", new BigDecimal("7"), "base", new BigDecimal("10"))))));
		this.assessment.recordEntries(new RecordLeafEntries(set.id(), this.unit.id(),
				List.of(entry("1.2", Map.of("actual", new BigDecimal("9"), "base", new BigDecimal("10"))))));
		List<LeafEntryView> entries = this.assessment.entries(set.id(), this.unit.id());
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.version()).as("1 when entered, 2 once replaced").isEqualTo(2);
			assertThat(entry.inputs().get("actual")).isEqualByComparingTo("9");
		});
	}

	@Test
	void refusesEntriesForLeavesThatAreNotAppraisalLeaves() {
		IndexSetView set = openYear(2030);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.assessment.recordEntries(new RecordLeafEntries(set.id(), this.unit.id(),
					List.of(entry("1.3", Map.of("mean", BigDecimal.ONE))))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.leaf.unknown"));
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.survey.recordResults(new RecordSurveyResults(set.id(), this.unit.id(),
					List.of(new RecordSurveyResults.Result("1.1", 10, BigDecimal.ONE)))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.leaf.unknown"));
	}

	@Test
	void refusesResultsForAYearWithoutACycle() {
		IndexSetView set = this.methodology.create(indexSet(2033, tree()));
		long entries = count("assessment_leaf_entry");
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.assessment.recordEntries(new RecordLeafEntries(set.id(), this.unit.id(),
					List.of(entry("1.1", Map.of("met", BigDecimal.ONE))))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.cycle.none"));
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.survey.recordResults(new RecordSurveyResults(set.id(), this.unit.id(),
					List.of(new RecordSurveyResults.Result("1.3", 10, BigDecimal.ONE)))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.cycle.none"));
		assertThat(count("assessment_leaf_entry")).isEqualTo(entries);
	}

	@Test
	void resultsFollowEveryRecordedChange() {
		IndexSetView set = openYear(2032);
		// the unit takes part before anything is recorded (issue 9, item 1): ranked on 0
		assertThat(this.scoring.results(2032, this.group.id()))
			.hasValueSatisfying((results) -> assertThat(results.standings()).hasSize(1));
		assertThat(total(2032)).isEqualByComparingTo("0");
		this.assessment.recordEntries(
				new RecordLeafEntries(set.id(), this.unit.id(), List.of(entry("1.1", Map.of("met", BigDecimal.ONE)),
						entry("1.2", Map.of("actual", new BigDecimal("1"), "base", new BigDecimal("2"))))));
		assertThat(total(2032)).isEqualByComparingTo("4");
		this.assessment.recordEntries(new RecordLeafEntries(set.id(), this.unit.id(),
				List.of(entry("1.2", Map.of("actual", new BigDecimal("2"), "base", new BigDecimal("2"))))));
		assertThat(total(2032)).isEqualByComparingTo("6");
		this.survey.recordResults(new RecordSurveyResults(set.id(), this.unit.id(),
				List.of(new RecordSurveyResults.Result("1.3", 40, new BigDecimal("0.5")))));
		assertThat(total(2032)).isEqualByComparingTo("8");
		this.assessment.recordAdjustment(new RecordAdjustment(set.id(), this.unit.id(), AdjustmentKind.DEDUCTION,
				new BigDecimal("1.5"), "Chậm gửi báo cáo", "hoidong"));
		assertThat(total(2032)).isEqualByComparingTo("6.5");
	}

	/** A year's set with its cycle open, the test's unit taking part. */
	private IndexSetView openYear(int year) {
		IndexSetView set = this.methodology.create(indexSet(year, tree()));
		this.cycles.open(set.id(),
				new CycleDeadlines(LocalDateTime.of(year + 1, 1, 15, 17, 0), LocalDateTime.of(year + 1, 2, 15, 17, 0),
						LocalDateTime.of(year + 1, 2, 28, 17, 0), LocalDateTime.of(year + 1, 3, 31, 17, 0),
						LocalDateTime.of(year + 1, 4, 15, 8, 0), Set.of(this.unit.id())));
		return set;
	}

	private BigDecimal total(int year) {
		return this.scoring.results(year, this.group.id()).orElseThrow().standings().get(0).result().total();
	}

	private String message(IndexSetIssue issue) {
		return this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(), VIETNAMESE);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private CreateIndexSet indexSet(int year, List<CreateIndexSet.NodeDraft> tree) {
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.APPRAISAL, new BigDecimal("6"));
		maxima.put(Component.SURVEY, new BigDecimal("4"));
		return new CreateIndexSet(year, this.group.id(), "Bộ chỉ số thử " + year, "", false, maxima,
				new BigDecimal("4"), new BigDecimal("5"), 2, List.of(), tree);
	}

	/** Area 1 (10): 1.1 yes/no (2), 1.2 ratio (4), 1.3 survey (4). */
	private static List<CreateIndexSet.NodeDraft> tree() {
		return List.of(node("1", null, Level.AREA, "10", null, null),
				node("1.1", "1", Level.CRITERION, "2", Component.APPRAISAL, "yes-no"),
				node("1.2", "1", Level.CRITERION, "4", Component.APPRAISAL, "ratio"),
				node("1.3", "1", Level.CRITERION, "4", Component.SURVEY, "survey"));
	}

	private static CreateIndexSet.NodeDraft node(String code, String parent, Level level, String max,
			Component component, String rule) {
		return new CreateIndexSet.NodeDraft(code, Optional.ofNullable(parent), level, "Tiêu chí " + code, "",
				new BigDecimal(max), Optional.ofNullable(component), Optional.ofNullable(rule), "", "");
	}

	private static RecordLeafEntries.Entry entry(String leaf, Map<String, BigDecimal> inputs) {
		return new RecordLeafEntries.Entry(leaf, inputs, Optional.empty(), "");
	}

}
