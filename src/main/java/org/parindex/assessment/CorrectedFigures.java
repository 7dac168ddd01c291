package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.parindex.assessment.cycle.Cycle;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of criteria scored from figures (a ratio, bands, a count, a deduction per
 * violation) as the PAR office corrected them after publication (issue 9): the latest per
 * unit and criterion, the figures its corrected points follow from by the rule. The
 * unit's own figures are left as the unit entered them. The one writer of
 * {@code assessment_leaf_corrected_input}.
 */
@Repository
class CorrectedFigures {

	private final JdbcClient jdbc;

	CorrectedFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The unit's corrected figures of a criterion, by input name; empty if never
	 * corrected.
	 */
	Optional<Map<String, BigDecimal>> figures(long setId, long unitId, String leafCode) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		this.jdbc
			.sql("select input_name, input_value from assessment_leaf_corrected_input where index_set_id = ?"
					+ " and unit_id = ? and leaf_code = ? order by input_name")
			.params(setId, unitId, leafCode)
			.query((row) -> {
				figures.put(row.getString(1), row.getBigDecimal(2));
			});
		return figures.isEmpty() ? Optional.empty() : Optional.of(figures);
	}

	/**
	 * Stores a correction's figures, replacing those of an earlier correction of the same
	 * unit and criterion.
	 */
	void store(long setId, long unitId, String leafCode, Map<String, BigDecimal> figures, String by, Instant at) {
		this.jdbc
			.sql("delete from assessment_leaf_corrected_input where index_set_id = ? and unit_id = ?"
					+ " and leaf_code = ?")
			.params(setId, unitId, leafCode)
			.update();
		OffsetDateTime when = OffsetDateTime.ofInstant(at, Cycle.ZONE);
		figures.forEach((name, value) -> this.jdbc.sql("""
				insert into assessment_leaf_corrected_input (index_set_id, unit_id, leaf_code, input_name,
				    input_value, corrected_by, corrected_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(setId, unitId, leafCode, name, value, by, when).update());
	}

	/** Every corrected criterion's figures under a set, by unit and code. */
	Map<Long, Map<String, Map<String, BigDecimal>>> forSet(long setId) {
		Map<Long, Map<String, Map<String, BigDecimal>>> all = new HashMap<>();
		this.jdbc
			.sql("select unit_id, leaf_code, input_name, input_value from assessment_leaf_corrected_input"
					+ " where index_set_id = ? order by unit_id, leaf_code, input_name")
			.param(setId)
			.query((row) -> {
				all.computeIfAbsent(row.getLong(1), (unit) -> new HashMap<>())
					.computeIfAbsent(row.getString(2), (leaf) -> new LinkedHashMap<>())
					.put(row.getString(3), row.getBigDecimal(4));
			});
		return all;
	}

}
