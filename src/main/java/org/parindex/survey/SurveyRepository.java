package org.parindex.survey;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SurveyRepository {

	private final JdbcClient jdbc;

	SurveyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a unit's result on a survey leaf, replacing an earlier one;
	 * {@code contractors} names the contractors of the contractors' part ('' for none).
	 */
	void save(long setId, long unitId, String leafCode, int respondents, int contractorRespondents, BigDecimal mean,
			String contractors) {
		int updated = this.jdbc.sql("""
				update survey_leaf_result set respondents = ?, contractor_respondents = ?, mean = ?, contractors = ?
				where index_set_id = ? and unit_id = ? and leaf_code = ?
				""").params(respondents, contractorRespondents, mean, contractors, setId, unitId, leafCode).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into survey_leaf_result (index_set_id, unit_id, leaf_code, respondents,
					contractor_respondents, mean, contractors)
					values (?, ?, ?, ?, ?, ?, ?)
					""")
				.params(setId, unitId, leafCode, respondents, contractorRespondents, mean, contractors)
				.update();
		}
	}

	/** Replaces the distribution of a unit's answers on a leaf. */
	void saveAnswers(long setId, long unitId, String leafCode, List<RecordSurveyResults.OptionCount> answers) {
		this.jdbc.sql("delete from survey_leaf_answer_count where index_set_id = ? and unit_id = ? and leaf_code = ?")
			.params(setId, unitId, leafCode)
			.update();
		for (RecordSurveyResults.OptionCount option : answers) {
			this.jdbc.sql("""
					insert into survey_leaf_answer_count (index_set_id, unit_id, leaf_code, label, answers, counted)
					values (?, ?, ?, ?, ?, ?)
					""").params(setId, unitId, leafCode, option.label(), option.answers(), option.counted()).update();
		}
	}

	/** Per unit and leaf of a set, its answers per option label, in label order. */
	Map<Long, Map<String, Map<String, Integer>>> answers(long setId) {
		Map<Long, Map<String, Map<String, Integer>>> answers = new LinkedHashMap<>();
		this.jdbc.sql("""
				select unit_id, leaf_code, label, answers from survey_leaf_answer_count
				where index_set_id = ? order by unit_id, leaf_code, label
				""").param(setId).query((rs) -> {
			answers.computeIfAbsent(rs.getLong(1), (k) -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getString(2), (k) -> new LinkedHashMap<>())
				.put(rs.getString(3), rs.getInt(4));
		});
		return answers;
	}

	/** Per survey leaf of the set, how many units have a result recorded. */
	Map<String, Integer> unitsPerLeaf(long indexSetId) {
		Map<String, Integer> leaves = new LinkedHashMap<>();
		this.jdbc.sql("""
				select leaf_code, count(distinct unit_id) as units from survey_leaf_result
				where index_set_id = ? group by leaf_code order by leaf_code
				""").param(indexSetId).query((rs) -> {
			leaves.put(rs.getString("leaf_code"), rs.getInt("units"));
		});
		return leaves;
	}

	List<SurveyLeafResultView> results(long setId) {
		return this.jdbc.sql("""
				select unit_id, leaf_code, respondents, mean, contractor_respondents, contractors
				from survey_leaf_result
				where index_set_id = ? order by unit_id, id
				""")
			.param(setId)
			.query((row, rowNum) -> new SurveyLeafResultView(row.getLong("unit_id"), row.getString("leaf_code"),
					row.getInt("respondents"), row.getBigDecimal("mean"), row.getInt("contractor_respondents"),
					row.getString("contractors")))
			.list();
	}

}
