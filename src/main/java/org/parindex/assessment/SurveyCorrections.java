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

	/**
	 * Stores a correction, replacing an earlier one of the same unit and criterion.
	 * @param reason the correction's reason (the correction record and the audit trail)
	 * @param publicReason the public reason for the criterion's lost points, as the PAR
	 * office wrote it (empty for none; issue 9, F3)
	 */
	void store(long setId, long unitId, String leafCode, BigDecimal points, String reason, String publicReason,
			String by, Instant at) {
		this.jdbc
			.sql("delete from assessment_survey_correction where index_set_id = ? and unit_id = ? and leaf_code = ?")
			.params(setId, unitId, leafCode)
			.update();
		this.jdbc.sql("""
				insert into assessment_survey_correction (index_set_id, unit_id, leaf_code, points, reason,
				    public_reason, corrected_by, corrected_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(setId, unitId, leafCode, points, reason, publicReason, by, OffsetDateTime.ofInstant(at, Cycle.ZONE))
			.update();
	}

	/** The public reason of a unit's corrected survey criterion, if corrected. */
	Optional<String> publicReason(long setId, long unitId, String leafCode) {
		return this.jdbc
			.sql("select public_reason from assessment_survey_correction where index_set_id = ? and unit_id = ?"
					+ " and leaf_code = ?")
			.params(setId, unitId, leafCode)
			.query(String.class)
			.optional();
	}

	/**
	 * Every correction under a set, as overrides with their public reasons (never the
	 * correction's own reason: issue 9, F3), by unit and code.
	 */
	Map<Long, Map<String, ScoreOverride>> forSet(long setId) {
		return overrides(setId, "public_reason");
	}

	/**
	 * Every correction under a set, as overrides for the scoring engine, by unit and
	 * code: with the correction's own reason, which the engine requires of every override
	 * ({@code Scorer.checkEntry}); an empty public reason (a criterion corrected to its
	 * maximum) would make the override invalid and score the criterion 0 points. Never
	 * published: publication reads {@link #forSet}.
	 */
	Map<Long, Map<String, ScoreOverride>> forScoring(long setId) {
		return overrides(setId, "reason");
	}

	private Map<Long, Map<String, ScoreOverride>> overrides(long setId, String reasonColumn) {
		Map<Long, Map<String, ScoreOverride>> all = new HashMap<>();
		this.jdbc
			.sql("select unit_id, leaf_code, points, " + reasonColumn + " from assessment_survey_correction"
					+ " where index_set_id = ?")
			.param(setId)
			.query((row) -> {
				all.computeIfAbsent(row.getLong(1), (unit) -> new HashMap<>())
					.put(row.getString(2), new ScoreOverride(row.getBigDecimal(3), row.getString(4)));
			});
		return all;
	}

}
