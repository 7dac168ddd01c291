package org.parindex.survey;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parindex.WebClient;
import org.parindex.assessment.CycleDeadlines;
import org.parindex.assessment.CycleService;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetEditor;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The survey's forms and responses: a form scores survey leaves of its set, is frozen
 * once answered, and a response keeps nothing that leads back to who answered. Run
 * against H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo.enabled=true")
abstract class SurveyFormScenario {

	@LocalServerPort
	int port;

	@Autowired
	SurveyFormService forms;

	@Autowired
	SurveyResponseService responses;

	@Autowired
	MethodologyService methodology;

	@Autowired
	SurveyPointsService points;

	@Autowired
	SurveyService results;

	@Autowired
	CycleService cycles;

	@Autowired
	IndexSetEditor editor;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFormScoresSurveyLeavesAndIsFrozenOnceAnswered() {
		IndexSetView set = set2022();
		SurveyFormView form = this.forms.define(form(set, "T1", surveyLeaves(set)));
		assertThat(form.questions()).hasSize(9);
		assertThat(form.questions().get(0).options()).extracting(SurveyOptionView::label)
			.containsExactly("A", "B", "C", "D", "E");
		assertThat(form.questions().get(0).option("E").orElseThrow().excluded()).isTrue();
		assertThat(form.frozen()).isFalse();

		SurveyFormView changed = this.forms.define(form(set, "T1", surveyLeaves(set).subList(0, 2)));
		assertThat(changed.id()).isEqualTo(form.id());
		assertThat(changed.version()).isEqualTo(1);
		assertThat(changed.questions()).hasSize(3);

		long unit = this.cycles.findForSet(set.id()).orElseThrow().unitIds().iterator().next();
		UUID id = this.responses.record(
				new RecordResponse(form.id(), unit, ResponseChannel.PAPER, Map.of("Q1", "B", "Q2", "E", "D1", "A")));
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(unit, 1L);
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> this.forms.define(form(set, "T1", surveyLeaves(set))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.form.frozen"));
		assertThatExceptionOfType(InvalidSurveyException.class).isThrownBy(() -> this.forms.delete(form.id()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.form.frozen"));

		// nothing stored with a response leads to a code, an account or a moment
		List<String> columns = this.jdbc
			.sql("select lower(column_name) from information_schema.columns where lower(table_name) = 'survey_response'"
					+ " and lower(table_schema) = lower(current_schema())")
			.query(String.class)
			.list();
		// (the sheet is the options chosen, as survey_answer holds them: V107; a sheet
		// set
		// aside names the survey staff member who set it aside and when, never the
		// respondent: V133)
		assertThat(columns).containsExactlyInAnyOrder("id", "form_id", "unit_id", "channel", "submitted_on", "sheet",
				"set_aside_reason", "set_aside_by", "set_aside_at");
		assertThat(this.jdbc.sql("select count(*) from survey_answer where response_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void refusesWhatTheFormDoesNotHaveAndChangesNothing() {
		IndexSetView set = set2022();
		List<String> leaves = surveyLeaves(set);
		List<String> wrong = new ArrayList<>(leaves);
		wrong.set(0, "1.1");
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> this.forms.define(form(set, "T2", wrong)))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("Q1", "1.1"));
		assertThat(this.forms.forms(set.id())).extracting(SurveyFormView::code).doesNotContain("T2");

		SurveyFormView form = this.forms.define(form(set, "T3", leaves));
		long unit = this.cycles.findForSet(set.id()).orElseThrow().unitIds().iterator().next();
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> this.responses
				.record(new RecordResponse(form.id(), unit, ResponseChannel.PAPER, Map.of("Q1", "A", "Q2", "Z"))))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("Q2", "Z"));
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> this.responses
				.record(new RecordResponse(form.id(), 999_999, ResponseChannel.PAPER, Map.of("Q1", "A"))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.response.unit"));
		assertThat(this.responses.responsesPerUnit(form.id())).isEmpty();

		SurveyFormView closed = this.forms.define(new DefineSurveyForm(set.id(), "T4", "Phiếu đã đóng", "Công chức",
				BigDecimal.ONE, null, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)),
				form(set, "T4", leaves).questions()));
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> this.responses
				.record(new RecordResponse(closed.id(), unit, ResponseChannel.ONLINE, Map.of("Q1", "A"))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.response.closed"));
		// a paper sheet collected before the deadline is still keyed in afterwards
		this.responses.record(new RecordResponse(closed.id(), unit, ResponseChannel.PAPER, Map.of("Q1", "A")));
		assertThat(this.responses.responsesPerUnit(closed.id())).containsEntry(unit, 1L);
	}

	@Test
	void paperSheetsInBulkAreStoredAllOrNothing() {
		IndexSetView set = set2022();
		SurveyFormView form = this.forms.define(form(set, "T5", surveyLeaves(set).subList(0, 2)));
		long unit = this.cycles.findForSet(set.id()).orElseThrow().unitIds().iterator().next();
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		RecordPaperResponses.Sheet good = new RecordPaperResponses.Sheet(today.minusDays(3),
				Map.of("Q1", "A", "Q2", "E"));
		// one bad sheet refuses the batch, naming what is wrong
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> this.responses.recordPaper(new RecordPaperResponses(form.id(), unit,
					List.of(good, new RecordPaperResponses.Sheet(today, Map.of("Q1", "Z"))))))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("Q1", "Z"));
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> this.responses.recordPaper(new RecordPaperResponses(form.id(), unit,
					List.of(good, new RecordPaperResponses.Sheet(today.plusDays(2), Map.of("Q1", "A"))))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.response.day"));
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> this.responses.recordPaper(new RecordPaperResponses(form.id(), unit,
					List.of(good, new RecordPaperResponses.Sheet(today, Map.of())))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.response.empty"));
		assertThatExceptionOfType(jakarta.validation.ConstraintViolationException.class)
			.isThrownBy(() -> this.responses.recordPaper(new RecordPaperResponses(form.id(), unit, List.of())));
		assertThat(this.responses.responsesPerUnit(form.id())).isEmpty();

		assertThat(this.responses.recordPaper(new RecordPaperResponses(form.id(), unit,
				List.of(good, new RecordPaperResponses.Sheet(today, Map.of("Q2", "B"))))))
			.isEqualTo(2);
		assertThat(this.responses.responsesPerUnit(form.id())).containsEntry(unit, 2L);
		assertThat(this.jdbc.sql("""
				select count(*) from survey_answer a join survey_response r on r.id = a.response_id
				where r.form_id = ? and r.channel = 'PAPER'
				""").param(form.id()).query(Long.class).single()).isEqualTo(3);
		assertThat(this.jdbc.sql("select min(submitted_on) from survey_response where form_id = ?")
			.param(form.id())
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(today.minusDays(3));
	}

	@Test
	void answersBecomeSurveyPointsWeightedByRespondentGroup() {
		// a year of its own: the demo's 2022 has responses about every unit
		IndexSetView set = set2023();
		String leaf = surveyLeaves(set).get(0);
		SurveyFormView leaders = this.forms.define(withWeight(form(set, "P1", List.of(leaf)), "1"));
		SurveyFormView citizens = this.forms.define(withWeight(form(set, "P2", List.of(leaf)), "3"));
		// units no other test of this class has answers about
		List<Long> answered = this.jdbc
			.sql("select distinct r.unit_id from survey_response r join survey_form f on f.id = r.form_id"
					+ " where f.index_set_id = ?")
			.param(set.id())
			.query(Long.class)
			.list();
		List<Long> units = this.cycles.findForSet(set.id())
			.orElseThrow()
			.unitIds()
			.stream()
			.filter((id) -> !answered.contains(id))
			.sorted()
			.toList();
		long unit = units.get(0);
		long other = units.get(1);
		for (String answer : List.of("A", "B", "E")) {
			this.responses.record(new RecordResponse(leaders.id(), unit, ResponseChannel.PAPER, Map.of("Q1", answer)));
		}
		this.responses.record(new RecordResponse(citizens.id(), unit, ResponseChannel.PAPER, Map.of("Q1", "C")));
		this.responses.record(new RecordResponse(citizens.id(), other, ResponseChannel.PAPER, Map.of("Q1", "E")));

		// leaders (A = 1, B = 0,6; E left out) 0,8 weighted 1; citizens (C) 0,2 weighted
		// 3
		SurveyLeafScore score = this.points.compute(set.id())
			.stream()
			.filter((s) -> s.unitId() == unit && s.leafCode().equals(leaf))
			.findFirst()
			.orElseThrow();
		assertThat(score.mean()).isEqualByComparingTo("0.35");
		assertThat(score.respondents()).isEqualTo(3);
		assertThat(score.answers()).containsEntry("A", 1)
			.containsEntry("B", 1)
			.containsEntry("C", 1)
			.containsEntry("E", 1);
		BigDecimal max = set.definition()
			.leaves()
			.stream()
			.filter((l) -> l.code().equals(leaf))
			.findFirst()
			.orElseThrow()
			.maxPoints();
		assertThat(score.points()).isEqualByComparingTo(max.multiply(new BigDecimal("0.35")));
		// a unit whose only answers are "không biết" has no valid answer and scores 0
		assertThat(this.points.compute(set.id())).filteredOn((s) -> s.unitId() == other)
			.singleElement()
			.satisfies((s) -> assertThat(s.respondents()).isZero());

		// the survey staff sees the computed points, and records them only once confirmed
		WebClient staff = new WebClient(this.port);
		staff.signIn("dieutra", "parindex-demo");
		String page = "/admin/survey/sets/" + set.id() + "/points";
		assertThat(staff.page(page).body()).contains("Khác điểm đã ghi: cần ghi lại", "Chưa có phiếu trả lời");
		staff.post(page, page, Map.of());
		assertThat(this.results.results(set.id()))
			.noneMatch((r) -> r.unitId() == unit && r.leafCode().equals(leaf) && r.mean().compareTo(score.mean()) == 0);
		assertThat(staff.page(page).body()).contains("Cần đánh dấu xác nhận trước khi ghi điểm điều tra.");
		assertThat(staff.post(page, page, Map.of("confirmed", "true")).statusCode()).isEqualTo(302);
		assertThat(staff.page(page).body()).contains("Đã ghi điểm điều tra của", "Đã ghi, khớp với phiếu");
		assertThat(this.points.record(set.id())).as("units recorded").isGreaterThanOrEqualTo(2);
		assertThat(this.results.results(set.id())).filteredOn((r) -> r.unitId() == unit && r.leafCode().equals(leaf))
			.singleElement()
			.satisfies((r) -> assertThat(r.mean()).isEqualByComparingTo("0.35"));
		assertThat(this.results.answers(set.id()).get(unit).get(leaf)).containsEntry("E", 1).containsEntry("A", 1);
		assertThat(this.jdbc
			.sql("select counted from survey_leaf_answer_count where index_set_id = ? and unit_id = ? and leaf_code = ?"
					+ " and label = 'E'")
			.params(set.id(), unit, leaf)
			.query(Boolean.class)
			.single()).isFalse();
	}

	private static DefineSurveyForm withWeight(DefineSurveyForm form, String weight) {
		return new DefineSurveyForm(form.indexSetId(), form.code(), form.name(), form.respondentGroup(),
				new BigDecimal(weight), form.intro(), form.opensAt(), form.closesAt(), form.questions());
	}

	/**
	 * A 2023 set copied from 2022 (its forms copied without responses) with a cycle of
	 * the same units.
	 */
	private IndexSetView set2023() {
		IndexSetView set2022 = set2022();
		IndexSetView set = this.editor.createDraft(new IndexSetEditor.CreateDraft(2023, set2022.unitGroupId(),
				"Bộ chỉ số 2023", "", Optional.of(set2022.id()), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO));
		this.cycles.open(set.id(),
				new CycleDeadlines(LocalDateTime.of(2024, 1, 15, 17, 0), LocalDateTime.of(2024, 2, 15, 17, 0),
						LocalDateTime.of(2024, 2, 28, 17, 0), LocalDateTime.of(2024, 3, 31, 17, 0),
						LocalDateTime.of(2024, 4, 15, 8, 0),
						this.cycles.findForSet(set2022.id()).orElseThrow().unitIds()));
		return set;
	}

	private IndexSetView set2022() {
		return this.methodology.list()
			.stream()
			.filter((s) -> s.year() == 2022)
			.findFirst()
			.flatMap((s) -> this.methodology.find(s.id()))
			.orElseThrow();
	}

	private static List<String> surveyLeaves(IndexSetView set) {
		return set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.toList();
	}

	/**
	 * A form with one Likert question per leaf (A–D weighted, E left out) and one
	 * demographic.
	 */
	static DefineSurveyForm form(IndexSetView set, String code, List<String> leaves) {
		List<DefineSurveyForm.Option> likert = List.of(option("A", "Rất tốt", "1"), option("B", "Tốt", "0.6"),
				option("C", "Chưa tốt", "0.2"), option("D", "Kém", "0"), option("E", "Không biết", null));
		List<DefineSurveyForm.Question> questions = new ArrayList<>();
		for (int i = 0; i < leaves.size(); i++) {
			questions.add(new DefineSurveyForm.Question("Q" + (i + 1),
					"Ông/bà đánh giá thế nào về mục " + leaves.get(i) + "?", leaves.get(i), likert));
		}
		questions.add(new DefineSurveyForm.Question("D1", "Giới tính", null,
				List.of(option("A", "Nam", null), option("B", "Nữ", null))));
		return new DefineSurveyForm(set.id(), code, "Phiếu khảo sát " + code, "Lãnh đạo cấp xã", BigDecimal.ONE, null,
				Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(60)), questions);
	}

	private static DefineSurveyForm.Option option(String label, String text, String weight) {
		return new DefineSurveyForm.Option(label, text, (weight != null) ? new BigDecimal(weight) : null);
	}

}
