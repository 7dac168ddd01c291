package org.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.parindex.assessment.cycle.Cycle;
import org.parindex.engine.ScoreOverride;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Survey criteria's points as the PAR office corrected them after publication: the latest
 * per unit and criterion, replacing the points of the survey's mean. The one writer of
 * {@code assessment_survey_correction}.
 */
@Repository
class SurveyCorrections {

	private final JdbcClient jdbc;

	SurveyCorrections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit's corrected points of a survey criterion, if corrected. */
	Optional<BigDecimal> points(long setId, long unitId, String leafCode) {
		return this.jdbc
			.sql("select points from assessment_survey_correction where index_set_id = ? and unit_id = ?"
					+ " and leaf_code = ?")
			.params(setId, unitId, leafCode)
			.query(BigDecimal.class)
			.optional();
	}

	/** Stores a correction, replacing an earlier one of the same unit and criterion. */
	void store(long setId, long unitId, String leafCode, BigDecimal points, String reason, String by, Instant at) {
		this.jdbc
			.sql("delete from assessment_survey_correction where index_set_id = ? and unit_id = ? and leaf_code = ?")
			.params(setId, unitId, leafCode)
			.update();
		this.jdbc.sql("""
				insert into assessment_survey_correction (index_set_id, unit_id, leaf_code, points, reason,
				    corrected_by, corrected_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(setId, unitId, leafCode, points, reason, by, OffsetDateTime.ofInstant(at, Cycle.ZONE))
			.update();
	}

	/**
	 * Every correction under a set, as overrides with their reasons, by unit and code.
	 */
	Map<Long, Map<String, ScoreOverride>> forSet(long setId) {
		Map<Long, Map<String, ScoreOverride>> all = new HashMap<>();
		this.jdbc
			.sql("select unit_id, leaf_code, points, reason from assessment_survey_correction"
					+ " where index_set_id = ?")
			.param(setId)
			.query((row) -> {
				all.computeIfAbsent(row.getLong(1), (unit) -> new HashMap<>())
					.put(row.getString(2), new ScoreOverride(row.getBigDecimal(3), row.getString(4)));
			});
		return all;
	}

}
