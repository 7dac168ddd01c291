package org.parindex.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

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

	/**
	 * The text each question of the contest's scored attempts was shown with: the
	 * snapshot kept with the earliest attempt that has one (attempts drawn before
	 * snapshots were kept have none; the bank's text stands for them).
	 */
	java.util.Map<Long, String> shownTexts(long contestId) {
		java.util.Map<Long, String> texts = new java.util.HashMap<>();
		this.jdbc.sql("""
				select q.question_id, q.question_text
				from contest_attempt a
				join contest_participant p on p.id = a.participant_id
				join contest_attempt_question q on q.attempt_id = a.id
				where p.contest_id = ? and a.submitted_at is not null and q.question_text is not null
				order by a.id
				""").param(contestId).query((rs) -> {
			texts.putIfAbsent(rs.getLong(1), rs.getString(2));
		});
		return texts;
	}

	/** Every scored attempt of the contest, by round, participant and number. */
	List<Row> scored(long contestId) {
		return this.jdbc.sql("""
				select a.round_id, a.participant_id, a.number, a.score, a.prediction, a.duration_ms, a.submitted_at,
				       p.full_name, p.birth_date, p.group_code, p.unit_id, p.publish_result, a.paper, p.guardian_name
				from contest_attempt a
				join contest_participant p on p.id = a.participant_id
				where p.contest_id = ? and a.submitted_at is not null and a.score is not null
				order by a.round_id, a.participant_id, a.number
				""").param(contestId).query(ResultRepository::row).list();
	}

	/**
	 * Every question of the contest's scored attempts, by attempt: the attempt's id and
	 * score, the question, and whether it was answered correctly.
	 */
	List<QuestionStatistics.Attempt> answers(long contestId) {
		java.util.Map<Long, Integer> scores = new java.util.LinkedHashMap<>();
		java.util.Map<Long, List<QuestionStatistics.Answer>> answers = new java.util.HashMap<>();
		this.jdbc.sql("""
				select a.id, a.score, q.question_id, q.kind, q.correct, q.chosen
				from contest_attempt a
				join contest_participant p on p.id = a.participant_id
				join contest_attempt_question q on q.attempt_id = a.id
				where p.contest_id = ? and a.submitted_at is not null and a.score is not null
				order by a.id, q.position
				""").param(contestId).query((rs) -> {
			long attempt = rs.getLong(1);
			scores.putIfAbsent(attempt, rs.getInt(2));
			String chosen = rs.getString(6);
			boolean correct = chosen != null && QuestionScoring.correct(QuestionKind.valueOf(rs.getString(4)),
					positions(rs.getString(5)), positions(chosen));
			answers.computeIfAbsent(attempt, (k) -> new java.util.ArrayList<>())
				.add(new QuestionStatistics.Answer(rs.getLong(3), correct));
		});
		List<QuestionStatistics.Attempt> attempts = new java.util.ArrayList<>(scores.size());
		scores.forEach((id, score) -> attempts.add(new QuestionStatistics.Attempt(id, score, answers.get(id))));
		return attempts;
	}

	/**
	 * When each scored attempt of the contest was submitted, and its participant's unit.
	 */
	List<Submission> submissions(long contestId) {
		return this.jdbc.sql("""
				select a.submitted_at, p.unit_id from contest_attempt a
				join contest_participant p on p.id = a.participant_id
				where p.contest_id = ? and a.submitted_at is not null and a.score is not null
				""")
			.param(contestId)
			.query((rs, n) -> new Submission(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2)))
			.list();
	}

	private static java.util.Set<Integer> positions(String stored) {
		java.util.Set<Integer> positions = new java.util.HashSet<>();
		for (String part : stored.split(",")) {
			if (!part.isBlank()) {
				positions.add(Integer.parseInt(part.strip()));
			}
		}
		return positions;
	}

	/** When the contest's results were published, if they are. */
	Optional<Instant> publishedAt(long contestId) {
		return this.jdbc.sql("select results_published_at from contest_contest where id = ?")
			.param(contestId)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
			.optional()
			.flatMap((at) -> at);
	}

	/**
	 * Publishes the contest's results at {@code at}, or withdraws them ({@code null}).
	 * @return whether the contest exists
	 */
	boolean publish(long contestId, @Nullable Instant at) {
		return this.jdbc.sql("update contest_contest set results_published_at = ? where id = ?")
			.params((at != null) ? OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC) : null, contestId)
			.update() == 1;
	}

	/** The units' populations entered for the contest, by unit id. */
	java.util.Map<Long, Integer> populations(long contestId) {
		java.util.Map<Long, Integer> populations = new java.util.HashMap<>();
		this.jdbc.sql("select unit_id, population from contest_unit_population where contest_id = ?")
			.param(contestId)
			.query((rs) -> {
				populations.put(rs.getLong(1), rs.getInt(2));
			});
		return populations;
	}

	/** Replaces the contest's populations. */
	void replacePopulations(long contestId, java.util.Map<Long, Integer> populations) {
		this.jdbc.sql("delete from contest_unit_population where contest_id = ?").param(contestId).update();
		populations.forEach((unit, population) -> this.jdbc
			.sql("insert into contest_unit_population (contest_id, unit_id, population) values (?, ?, ?)")
			.params(contestId, unit, population)
			.update());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), nullableLong(rs, 5),
				nullableLong(rs, 6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8),
				birthYear(rs.getObject(9, java.time.LocalDate.class)), rs.getString(10), rs.getLong(11),
				rs.getBoolean(12), rs.getBoolean(13), rs.getString(14));
	}

	/** The year of birth; none once the participant was anonymised. */
	private static @Nullable Integer birthYear(java.time.@Nullable LocalDate birthDate) {
		return (birthDate != null) ? birthDate.getYear() : null;
	}

	private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/**
	 * One scored attempt and its participant.
	 *
	 * @param score correct answers (points)
	 * @param durationMs from start to submission, milliseconds (none for a paper form)
	 * @param paper whether the attempt is a keyed paper form
	 * @param guardianName the parent or guardian who consented for a participant under 18
	 */
	record Row(long roundId, long participantId, int number, int score, @Nullable Long prediction,
			@Nullable Long durationMs, Instant submittedAt, String fullName, @Nullable Integer birthYear,
			String groupCode, long unitId, boolean publish, boolean paper, @Nullable String guardianName) {
	}

	/** A scored attempt's submission time and its participant's unit. */
	record Submission(Instant submittedAt, long unitId) {
	}

}
