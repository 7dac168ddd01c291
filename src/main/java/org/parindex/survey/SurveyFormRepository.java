package org.parindex.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables of forms and responses: {@code survey_form}, {@code survey_question},
 * {@code survey_option}, {@code survey_response}, {@code survey_answer}.
 */
@Repository
class SurveyFormRepository {

	private final JdbcClient jdbc;

	SurveyFormRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SurveyFormView> forms(long indexSetId) {
		List<Long> ids = this.jdbc.sql("select id from survey_form where index_set_id = ? order by code")
			.param(indexSetId)
			.query(Long.class)
			.list();
		List<SurveyFormView> forms = new ArrayList<>();
		for (long id : ids) {
			find(id).ifPresent(forms::add);
		}
		return forms;
	}

	Optional<Long> idOf(long indexSetId, String code) {
		return this.jdbc.sql("select id from survey_form where index_set_id = ? and code = ?")
			.params(indexSetId, code)
			.query(Long.class)
			.optional();
	}

	/**
	 * The code of another form of the set that differs from the given one only by case
	 * ({@code W4} for {@code w4}), if any.
	 */
	Optional<String> codeButCase(long indexSetId, String code) {
		return this.jdbc
			.sql("select code from survey_form where index_set_id = ? and lower(code) = lower(?) and code <> ?"
					+ " order by code")
			.params(indexSetId, code, code)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/** Takes the form's row lock for the rest of the transaction. */
	void lock(long formId) {
		this.jdbc.sql("select id from survey_form where id = ? for update").param(formId).query(Long.class).optional();
	}

	Optional<SurveyFormView> find(long formId) {
		Map<Long, List<SurveyOptionView>> options = new LinkedHashMap<>();
		this.jdbc.sql("""
				select o.question_id, o.id, o.position, o.label, o.text, o.weight
				from survey_option o join survey_question q on q.id = o.question_id
				where q.form_id = ? order by o.question_id, o.position
				""").param(formId).query((rs) -> {
			options.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new SurveyOptionView(rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						rs.getBigDecimal(6)));
		});
		List<SurveyQuestionView> questions = this.jdbc
			.sql("select id, position, code, text, leaf_code from survey_question where form_id = ? order by position")
			.param(formId)
			.query((rs, n) -> new SurveyQuestionView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5), options.getOrDefault(rs.getLong(1), List.of())))
			.list();
		return this.jdbc.sql("""
				select f.id, f.index_set_id, f.code, f.name, f.respondent_group, f.group_weight, f.intro,
				       f.opens_at, f.closes_at, f.version,
				       (select count(*) from survey_response r where r.form_id = f.id) as responses
				from survey_form f where f.id = ?
				""")
			.param(formId)
			.query((rs, n) -> new SurveyFormView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBigDecimal(6), rs.getString(7),
					instant(rs.getObject(8, OffsetDateTime.class)), instant(rs.getObject(9, OffsetDateTime.class)),
					rs.getInt(10), rs.getLong(11), questions))
			.optional();
	}

	long insertForm(DefineSurveyForm form) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into survey_form (index_set_id, code, name, respondent_group, group_weight, intro, opens_at,
				                         closes_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(form.indexSetId(), form.code(), form.name(), form.respondentGroup(), form.groupWeight(),
					form.intro(), offset(form.opensAt()), offset(form.closesAt()))
			.update(keys, "id");
		return key(keys);
	}

	void updateForm(long formId, DefineSurveyForm form) {
		this.jdbc.sql("""
				update survey_form set name = ?, respondent_group = ?, group_weight = ?, intro = ?, opens_at = ?,
				       closes_at = ?, version = version + 1
				where id = ?
				""")
			.params(form.name(), form.respondentGroup(), form.groupWeight(), form.intro(), offset(form.opensAt()),
					offset(form.closesAt()), formId)
			.update();
		// options go with their questions (on delete cascade)
		this.jdbc.sql("delete from survey_question where form_id = ?").param(formId).update();
	}

	void insertQuestions(long formId, List<DefineSurveyForm.Question> questions) {
		int position = 1;
		for (DefineSurveyForm.Question question : questions) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc
				.sql("insert into survey_question (form_id, position, code, text, leaf_code) values (?, ?, ?, ?, ?)")
				.params(formId, position++, question.code(), question.text(), question.leafCode())
				.update(keys, "id");
			long questionId = key(keys);
			int optionPosition = 1;
			for (DefineSurveyForm.Option option : question.options()) {
				this.jdbc.sql(
						"insert into survey_option (question_id, position, label, text, weight) values (?, ?, ?, ?, ?)")
					.params(questionId, optionPosition++, option.label(), option.text(), option.weight())
					.update();
			}
		}
	}

	void insertReview(long formId, String questionCode, String formerLeafCode) {
		this.jdbc.sql("insert into survey_form_review (form_id, question_code, former_leaf_code) values (?, ?, ?)")
			.params(formId, questionCode, formerLeafCode)
			.update();
	}

	void clearReviews(long formId) {
		this.jdbc.sql("delete from survey_form_review where form_id = ?").param(formId).update();
	}

	List<SurveyFormReview> reviews(long indexSetId) {
		return this.jdbc.sql("""
				select r.form_id, r.question_code, r.former_leaf_code
				from survey_form_review r
				join survey_form f on f.id = r.form_id
				join survey_question q on q.form_id = r.form_id and q.code = r.question_code
				where f.index_set_id = ?
				order by f.code, q.position
				""")
			.param(indexSetId)
			.query((rs, n) -> new SurveyFormReview(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	void deleteForm(long formId) {
		this.jdbc.sql("delete from survey_form where id = ?").param(formId).update();
	}

	void insertResponse(UUID id, long formId, long unitId, ResponseChannel channel, LocalDate day,
			Map<Long, Long> optionPerQuestion) {
		this.jdbc
			.sql("insert into survey_response (id, form_id, unit_id, channel, submitted_on, sheet) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(id, formId, unitId, channel.name(), day, AnswerSheet.of(optionPerQuestion))
			.update();
		optionPerQuestion.forEach((question, option) -> this.jdbc
			.sql("insert into survey_answer (response_id, question_id, option_id) values (?, ?, ?)")
			.params(id, question, option)
			.update());
	}

	/** Responses stored per unit under a form. */
	Map<Long, Long> responsesPerUnit(long formId) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select unit_id, count(*) from survey_response where form_id = ? and set_aside_reason is null "
					+ "group by unit_id order by unit_id")
			.param(formId)
			.query((rs) -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}

	private static long key(KeyHolder keys) {
		return GeneratedKeys.id(keys);
	}

	private static OffsetDateTime offset(Instant instant) {
		return OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return time.toInstant();
	}

}
