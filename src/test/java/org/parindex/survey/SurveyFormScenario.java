package org.parindex.survey;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parindex.assessment.CycleService;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The survey's forms and responses: a form scores survey leaves of its set, is frozen
 * once answered, and a response keeps nothing that leads back to who answered. Run
 * against H2 and PostgreSQL.
 */
@SpringBootTest(properties = "parindex.demo.enabled=true")
abstract class SurveyFormScenario {

	@Autowired
	SurveyFormService forms;

	@Autowired
	SurveyResponseService responses;

	@Autowired
	MethodologyService methodology;

	@Autowired
	CycleService cycles;

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
		// this test's schema only: a shared PostgreSQL holds other tests' schemas too
		List<String> columns = this.jdbc.sql("""
				select lower(column_name) from information_schema.columns
				where lower(table_name) = 'survey_response' and lower(table_schema) = lower(current_schema)
				""").query(String.class).list();
		assertThat(columns).containsExactlyInAnyOrder("id", "form_id", "unit_id", "channel", "submitted_on");
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
