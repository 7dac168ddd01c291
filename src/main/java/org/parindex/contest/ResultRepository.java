package org.parindex.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a contest's submitted attempts with their participants for the results
 * ({@link ContestResultService}); writes nothing.
 */
@Repository
class ResultRepository {

	private final JdbcClient jdbc;

	ResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every scored attempt of the contest, by round, participant and number. */
	List<Row> scored(long contestId) {
		return this.jdbc.sql("""
				select a.round_id, a.participant_id, a.number, a.score, a.prediction, a.duration_ms, a.submitted_at,
				       p.full_name, p.birth_date, p.group_code, p.unit_id, p.publish_result
				from contest_attempt a
				join contest_participant p on p.id = a.participant_id
				where p.contest_id = ? and a.submitted_at is not null and a.score is not null
				order by a.round_id, a.participant_id, a.number
				""").param(contestId).query(ResultRepository::row).list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), nullableLong(rs, 5),
				nullableLong(rs, 6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8),
				rs.getObject(9, java.time.LocalDate.class).getYear(), rs.getString(10), rs.getLong(11),
				rs.getBoolean(12));
	}

	private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/**
	 * One scored attempt and its participant.
	 *
	 * @param score correct answers (points)
	 * @param durationMs from start to submission, milliseconds
	 */
	record Row(long roundId, long participantId, int number, int score, @Nullable Long prediction,
			@Nullable Long durationMs, Instant submittedAt, String fullName, int birthYear, String groupCode,
			long unitId, boolean publish) {
	}

}
