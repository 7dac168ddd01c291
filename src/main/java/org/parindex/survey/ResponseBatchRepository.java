package org.parindex.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores many responses at once in {@code survey_response} and {@code survey_answer} with
 * JDBC batches ({@link JdbcTemplate#batchUpdate(String, List)}), for paper sheets
 * recorded in bulk ({@link SurveyResponseService#recordPaper}).
 */
@Repository
class ResponseBatchRepository {

	/** Rows sent to the database per batch. */
	private static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	ResponseBatchRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts responses under random keys.
	 * @param answers per response, the option chosen per question id (by ids)
	 */
	void insert(long formId, long unitId, ResponseChannel channel, List<LocalDate> days,
			List<Map<Long, Long>> answers) {
		List<Object[]> responses = new ArrayList<>(days.size());
		List<Object[]> chosen = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			UUID id = UUID.randomUUID();
			responses
				.add(new Object[] { id, formId, unitId, channel.name(), days.get(i), AnswerSheet.of(answers.get(i)) });
			answers.get(i).forEach((question, option) -> chosen.add(new Object[] { id, question, option }));
		}
		batches("insert into survey_response (id, form_id, unit_id, channel, submitted_on, sheet) "
				+ "values (?, ?, ?, ?, ?, ?)", responses);
		batches("insert into survey_answer (response_id, question_id, option_id) values (?, ?, ?)", chosen);
	}

	private void batches(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

}
