package org.parindex.survey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The contractor tables: {@code survey_contractor_import} and
 * {@code survey_contractor_result}; also counts the set's own answers (read only).
 */
@Repository
class ContractorResultRepository {

	private final JdbcClient jdbc;

	ContractorResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ContractorImportView> imports(long indexSetId) {
		return this.jdbc.sql("""
				select id, index_set_id, contractor, file_name, row_count, imported_by, imported_at
				from survey_contractor_import where index_set_id = ? order by contractor
				""")
			.param(indexSetId)
			.query((rs, n) -> new ContractorImportView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
			.list();
	}

	Optional<ContractorImportView> lockImport(long indexSetId, String contractor) {
		return this.jdbc.sql("""
				select id, index_set_id, contractor, file_name, row_count, imported_by, imported_at
				from survey_contractor_import where index_set_id = ? and contractor = ? for update
				""")
			.params(indexSetId, contractor)
			.query((rs, n) -> new ContractorImportView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
			.optional();
	}

	void deleteImport(long importId) {
		this.jdbc.sql("delete from survey_contractor_result where import_id = ?").param(importId).update();
		this.jdbc.sql("delete from survey_contractor_import where id = ?").param(importId).update();
	}

	long insertImport(long indexSetId, String contractor, String fileName, int rows, String by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into survey_contractor_import (index_set_id, contractor, file_name, row_count, imported_by,
				                                      imported_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(indexSetId, contractor, fileName, rows, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(keys, "id");
		return GeneratedKeys.id(keys);
	}

	void insertRows(long importId, List<ContractorRowView> rows) {
		for (ContractorRowView row : rows) {
			this.jdbc.sql("""
					insert into survey_contractor_result (import_id, source_row, unit_id, form_code, question_code,
					       leaf_code, option_label, option_weight, option_count, mean, respondents)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(importId, row.sourceRow(), row.unitId(), row.formCode(), row.questionCode(), row.leafCode(),
						row.optionLabel(), row.optionWeight(), row.count(), row.mean(), row.respondents())
				.update();
		}
	}

	List<ContractorRowView> rows(long indexSetId) {
		return this.jdbc.sql("""
				select i.contractor, r.source_row, r.unit_id, r.form_code, r.question_code, r.leaf_code,
				       r.option_label, r.option_weight, r.option_count, r.mean, r.respondents
				from survey_contractor_result r join survey_contractor_import i on i.id = r.import_id
				where i.index_set_id = ? order by i.contractor, r.source_row
				""")
			.param(indexSetId)
			.query((rs, n) -> new ContractorRowView(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
					(Integer) rs.getObject(9, Integer.class), rs.getBigDecimal(10),
					(Integer) rs.getObject(11, Integer.class)))
			.list();
	}

	/**
	 * The set's own valid answers per unit and leaf (answers whose option has a weight),
	 * with the plain mean of their weights.
	 */
	List<OwnLeafAnswers> ownAnswers(long indexSetId) {
		return this.jdbc.sql("""
				select r.unit_id, q.leaf_code, count(o.weight), avg(o.weight)
				from survey_answer a
				join survey_response r on r.id = a.response_id
				join survey_form f on f.id = r.form_id
				join survey_question q on q.id = a.question_id
				join survey_option o on o.id = a.option_id
				where f.index_set_id = ? and q.leaf_code is not null and r.set_aside_reason is null
				group by r.unit_id, q.leaf_code
				""")
			.param(indexSetId)
			.query((rs, n) -> new OwnLeafAnswers(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)))
			.list();
	}

}
