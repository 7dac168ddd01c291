package org.parindex.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.parindex.methodology.IndexSetReferences;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey leaves of a set that its forms' questions rate (issue 10, W7): the index-set
 * editor refuses to delete or recode them, or move them out of the survey, naming the
 * forms and questions, instead of leaving the questions rating nothing.
 */
@Component
class SurveyQuestionLeaves implements IndexSetReferences {

	private final JdbcClient jdbc;

	SurveyQuestionLeaves(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Leaf code to {@code "E2: Q1, Q2; LD: Q1"}: the forms (by code) and their questions
	 * (in the form's order) that rate it.
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<String, String> leavesReferenced(long indexSetId) {
		Map<String, Map<String, StringBuilder>> byLeaf = new TreeMap<>();
		this.jdbc.sql("""
				select q.leaf_code, f.code, q.code
				from survey_question q join survey_form f on f.id = q.form_id
				where f.index_set_id = ? and q.leaf_code is not null
				order by f.code, q.position
				""").param(indexSetId).query((rs) -> {
			StringBuilder questions = byLeaf.computeIfAbsent(rs.getString(1), (leaf) -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getString(2), (form) -> new StringBuilder());
			questions.append(questions.isEmpty() ? "" : ", ").append(rs.getString(3));
		});
		Map<String, String> referenced = new LinkedHashMap<>();
		byLeaf.forEach((leaf, forms) -> {
			StringBuilder text = new StringBuilder();
			forms.forEach((form,
					questions) -> text.append(text.isEmpty() ? "" : "; ").append(form).append(": ").append(questions));
			referenced.put(leaf, text.toString());
		});
		return referenced;
	}

}
