package org.parindex.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public entry tables: {@code contest_participant}, {@code contest_attempt},
 * {@code contest_attempt_question}. Their only writer.
 */
@Repository
class EntryRepository {

	private final JdbcClient jdbc;

	EntryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertParticipant(long contestId, String token, Register form, LocalDate birthDate, String phone,
			boolean onePerPhone, long unitId, Instant now, String consentVersion) {
		insertParticipant(contestId, token, form, birthDate, phone, onePerPhone, unitId, now, consentVersion, null);
	}

	/**
	 * Stores a participant; with a guardian's name (a participant under 18) the
	 * guardian's consent is stored as given now.
	 */
	void insertParticipant(long contestId, String token, Register form, LocalDate birthDate, String phone,
			boolean onePerPhone, long unitId, Instant now, String consentVersion, @Nullable String guardianName) {
		this.jdbc.sql("""
				insert into contest_participant (contest_id, token, full_name, birth_date, cccd, phone, phone_key,
				    group_code, unit_id, address, consented_at, consent_version, publish_result, registered_at,
				    guardian_name, guardian_consented_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(contestId, token, form.fullName().strip(), birthDate, form.cccd(), phone,
					onePerPhone ? phone : null, form.groupCode(), unitId, form.address().strip(), utc(now),
					consentVersion, form.publishResult(), utc(now), guardianName,
					(guardianName != null) ? utc(now) : null)
			.update();
	}

	boolean cccdTaken(long contestId, String cccd) {
		return this.jdbc.sql("select count(*) from contest_participant where contest_id = ? and cccd = ?")
			.params(contestId, cccd)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Whether another person (another CCCD) registered this phone in a contest that takes
	 * one registration per phone.
	 */
	boolean phoneTakenByOther(long contestId, String phone, String cccd) {
		return this.jdbc
			.sql("select count(*) from contest_participant where contest_id = ? and phone_key = ? and cccd <> ?")
			.params(contestId, phone, cccd)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the contest's personal data was anonymised by the retention job. */
	boolean anonymised(long contestId) {
		return this.jdbc
			.sql("select count(*) from contest_contest where id = ? and personal_data_erased_at is not null")
			.param(contestId)
			.query(Long.class)
			.single() > 0;
	}

	/** The token and full name of the participant with this CCCD and date of birth. */
	Optional<Map.Entry<String, String>> registered(long contestId, String cccd, LocalDate birthDate) {
		return this.jdbc.sql(
				"select token, full_name from contest_participant where contest_id = ? and cccd = ? and birth_date = ?")
			.params(contestId, cccd, birthDate)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.optional();
	}

	Optional<String> tokenOf(long contestId, String cccd, LocalDate birthDate) {
		return this.jdbc
			.sql("select token from contest_participant where contest_id = ? and cccd = ? and birth_date = ?")
			.params(contestId, cccd, birthDate)
			.query(String.class)
			.optional();
	}

	Optional<Participant> participant(long contestId, String token) {
		return this.jdbc.sql("""
				select id, full_name, group_code, unit_id, publish_result from contest_participant
				where contest_id = ? and token = ?
				""")
			.params(contestId, token)
			.query((rs, n) -> new Participant(rs.getLong(1), token, rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBoolean(5)))
			.optional();
	}

	Optional<Participant> participantById(long id) {
		return this.jdbc
			.sql("select token, full_name, group_code, unit_id, publish_result from contest_participant where id = ?")
			.param(id)
			.query((rs, n) -> new Participant(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBoolean(5)))
			.optional();
	}

	List<Attempt> attempts(long participantId) {
		return this.jdbc.sql(SELECT_ATTEMPT + " where a.participant_id = ? order by a.round_id, a.number")
			.param(participantId)
			.query(EntryRepository::attempt)
			.list();
	}

	Optional<Attempt> attempt(long contestId, String token) {
		return this.jdbc.sql(SELECT_ATTEMPT + """
				 join contest_participant p on p.id = a.participant_id
				where a.token = ? and p.contest_id = ?
				""").params(token, contestId).query(EntryRepository::attempt).optional();
	}

	private static final String SELECT_ATTEMPT = """
			select a.id, a.token, a.participant_id, a.round_id, a.number, a.started_at, a.ends_at, a.grace_ms,
			       a.prediction, a.submitted_at, a.received_at, a.verdict, a.score, a.duration_ms,
			       (select count(*) from contest_attempt_question q where q.attempt_id = a.id), a.paper
			from contest_attempt a""";

	private static Attempt attempt(ResultSet rs, int n) throws SQLException {
		String verdict = rs.getString(12);
		return new Attempt(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), instant(rs, 6),
				instant(rs, 7), rs.getLong(8), nullableLong(rs, 9), nullableInstant(rs, 10), nullableInstant(rs, 11),
				(verdict != null) ? AttemptDeadline.Verdict.valueOf(verdict) : null, nullableInt(rs, 13),
				nullableLong(rs, 14), rs.getInt(15), rs.getBoolean(16));
	}

	/** The next attempt's number for a participant in a round (1 for the first). */
	int nextNumber(long participantId, long roundId) {
		return this.jdbc
			.sql("select coalesce(max(number), 0) + 1 from contest_attempt where participant_id = ? and round_id = ?")
			.params(participantId, roundId)
			.query(Integer.class)
			.single();
	}

	long insertAttempt(long participantId, long roundId, int number, String token, long seed, Instant startedAt,
			Instant endsAt, long graceMs) {
		this.jdbc
			.sql("""
					insert into contest_attempt (participant_id, round_id, number, token, seed, started_at, ends_at, grace_ms,
					    running_round_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(participantId, roundId, number, token, seed, utc(startedAt), utc(endsAt), graceMs, roundId)
			.update();
		return this.jdbc.sql("select id from contest_attempt where token = ?").param(token).query(Long.class).single();
	}

	/**
	 * Stores an attempt's drawn questions in one statement (one round trip to the
	 * database, however many questions: part of every start, issue 11 item 7).
	 */
	void insertQuestions(long attemptId, List<StoredQuestion> questions) {
		if (questions.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>();
		for (StoredQuestion question : questions) {
			params.addAll(List.of(attemptId, question.position(), question.questionId(), question.kind().name(),
					join(question.optionOrder()), join(question.correct())));
			params.add(question.text());
			params.add((question.optionTexts() != null) ? OptionTexts.encode(question.optionTexts()) : null);
		}
		this.jdbc
			.sql("insert into contest_attempt_question (attempt_id, position, question_id, kind, option_order, correct,"
					+ " question_text, option_texts) values "
					+ String.join(", ", Collections.nCopies(questions.size(), "(?, ?, ?, ?, ?, ?, ?, ?)")))
			.params(params)
			.update();
	}

	List<StoredQuestion> questions(long attemptId) {
		return this.jdbc.sql("""
				select position, question_id, kind, option_order, correct, chosen, question_text, option_texts
				from contest_attempt_question
				where attempt_id = ? order by position
				""")
			.param(attemptId)
			.query((rs, n) -> new StoredQuestion(rs.getInt(1), rs.getLong(2), QuestionKind.valueOf(rs.getString(3)),
					split(rs.getString(4)), Set.copyOf(split(rs.getString(5))),
					(rs.getString(6) != null) ? Optional.of(Set.copyOf(split(rs.getString(6)))) : Optional.empty(),
					rs.getString(7), (rs.getString(8) != null) ? OptionTexts.decode(rs.getString(8)) : null))
			.list();
	}

	/** One question of an attempt, by its number (position) in the attempt. */
	Optional<StoredQuestion> question(long attemptId, int position) {
		return this.jdbc.sql("""
				select position, question_id, kind, option_order, correct, chosen from contest_attempt_question
				where attempt_id = ? and position = ?
				""")
			.params(attemptId, position)
			.query((rs, n) -> new StoredQuestion(rs.getInt(1), rs.getLong(2), QuestionKind.valueOf(rs.getString(3)),
					split(rs.getString(4)), Set.copyOf(split(rs.getString(5))),
					(rs.getString(6) != null) ? Optional.of(Set.copyOf(split(rs.getString(6)))) : Optional.empty()))
			.optional();
	}

	/**
	 * Takes the attempt's row lock for the rest of the transaction if it is not submitted
	 * yet: a save and a submission of the same attempt then follow each other.
	 * @return whether the attempt is still open
	 */
	/**
	 * Online attempts not submitted whose end is before {@code before}, the earliest
	 * first, at most {@code limit} (the index {@code contest_attempt_open} serves it).
	 */
	List<Attempt> openEndedBefore(Instant before, int limit) {
		return this.jdbc
			.sql(SELECT_ATTEMPT + " where a.submitted_at is null and a.ends_at < ? and a.paper = false"
					+ " order by a.ends_at, a.id fetch first ? rows only")
			.params(utc(before), limit)
			.query(EntryRepository::attempt)
			.list();
	}

	boolean lockOpen(long attemptId) {
		return this.jdbc.sql("update contest_attempt set grace_ms = grace_ms where id = ? and submitted_at is null")
			.param(attemptId)
			.update() == 1;
	}

	void saveAnswer(long attemptId, int position, Set<Integer> chosen, Instant now) {
		this.jdbc.sql(
				"update contest_attempt_question set chosen = ?, answered_at = ? where attempt_id = ? and position = ?")
			.params(chosen.isEmpty() ? null : join(new TreeSet<>(chosen)), utc(now), attemptId, position)
			.update();
	}

	void savePrediction(long attemptId, @Nullable Long prediction) {
		this.jdbc.sql("update contest_attempt set prediction = ? where id = ?").params(prediction, attemptId).update();
	}

	/**
	 * Records the submission once: only while {@code submitted_at} is empty.
	 * @return whether this call recorded it (false: another submission did first)
	 */
	boolean submit(long attemptId, Instant submittedAt, Instant receivedAt, AttemptDeadline.Verdict verdict,
			long durationMs) {
		return this.jdbc.sql("""
				update contest_attempt set submitted_at = ?, received_at = ?, verdict = ?, duration_ms = ?,
				    running_round_id = null
				where id = ? and submitted_at is null
				""").params(utc(submittedAt), utc(receivedAt), verdict.name(), durationMs, attemptId).update() == 1;
	}

	/**
	 * The participant registered with this CCCD in the contest: id and date of birth
	 * (none once anonymised).
	 */
	Optional<Map.Entry<Long, Optional<LocalDate>>> participantByCccd(long contestId, String cccd) {
		return this.jdbc.sql("select id, birth_date from contest_participant where contest_id = ? and cccd = ?")
			.params(contestId, cccd)
			.query((rs, n) -> Map.entry(rs.getLong(1), Optional.ofNullable(rs.getObject(2, LocalDate.class))))
			.optional();
	}

	/** The id of the participant with this token. */
	long participantId(String token) {
		return this.jdbc.sql("select id from contest_participant where token = ?")
			.param(token)
			.query(Long.class)
			.single();
	}

	/**
	 * Stores a keyed paper form as a submitted, scored attempt (no duration): started,
	 * ended and submitted at {@code submittedAt}, received at {@code keyedAt}.
	 * @return the attempt's id
	 */
	long insertPaperAttempt(long participantId, long roundId, int number, String token, long seed, Instant submittedAt,
			Instant keyedAt, @Nullable Long prediction, int score, LocalDate receivedOn,
			@Nullable LocalDate postmarkedOn) {
		this.jdbc
			.sql("""
					insert into contest_attempt (participant_id, round_id, number, token, seed, started_at, ends_at, grace_ms,
					    prediction, submitted_at, received_at, verdict, score, paper, received_on, postmarked_on)
					values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'ON_TIME', ?, true, ?, ?)
					""")
			.params(participantId, roundId, number, token, seed, utc(submittedAt), utc(submittedAt), prediction,
					utc(submittedAt), utc(keyedAt), score, receivedOn, postmarkedOn)
			.update();
		return this.jdbc.sql("select id from contest_attempt where token = ?").param(token).query(Long.class).single();
	}

	/** Stores a paper attempt's questions with the answers keyed. */
	void insertAnsweredQuestions(long attemptId, List<StoredQuestion> questions, Instant now) {
		for (StoredQuestion question : questions) {
			this.jdbc
				.sql("""
						insert into contest_attempt_question (attempt_id, position, question_id, kind, option_order, correct,
						    chosen, answered_at, question_text, option_texts)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.params(attemptId, question.position(), question.questionId(), question.kind().name(),
						join(question.optionOrder()), join(question.correct()),
						question.chosen().filter((c) -> !c.isEmpty()).map((c) -> join(new TreeSet<>(c))).orElse(null),
						question.chosen().filter((c) -> !c.isEmpty()).isPresent() ? utc(now) : null, question.text(),
						(question.optionTexts() != null) ? OptionTexts.encode(question.optionTexts()) : null)
				.update();
		}
	}

	/** The number of paper attempts of a round. */
	long paperAttempts(long roundId) {
		return this.jdbc.sql("select count(*) from contest_attempt where round_id = ? and paper = true")
			.param(roundId)
			.query(Long.class)
			.single();
	}

	void score(long attemptId, int score) {
		this.jdbc.sql("update contest_attempt set score = ? where id = ?").params(score, attemptId).update();
	}

	private static String join(java.util.Collection<Integer> positions) {
		return positions.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Integer> split(String positions) {
		if (positions.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(positions.split(",")).map(Integer::valueOf).toList();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.toInstant() : null;
	}

	private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Integer nullableInt(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	/** A participant as the service reads it (no CCCD, no phone). */
	record Participant(long id, String token, String fullName, String groupCode, long unitId, boolean publishResult) {
	}

	/** An attempt's row. */
	record Attempt(long id, String token, long participantId, long roundId, int number, Instant startedAt,
			Instant endsAt, long graceMs, @Nullable Long prediction, @Nullable Instant submittedAt,
			@Nullable Instant receivedAt, AttemptDeadline.@Nullable Verdict verdict, @Nullable Integer score,
			@Nullable Long durationMs, int questionCount, boolean paper) {

		boolean submitted() {
			return this.submittedAt != null;
		}

		/** The attempt's deadline as stored at its start. */
		AttemptDeadline deadline() {
			return new AttemptDeadline(this.endsAt, java.time.Duration.between(this.startedAt, this.endsAt),
					java.time.Duration.ofMillis(this.graceMs));
		}

	}

	/** A drawn question of an attempt, with its key and the answer saved. */
	/**
	 * A drawn question of an attempt or a paper form.
	 *
	 * @param text the question's text when drawn (the snapshot); {@code null} for one
	 * drawn before snapshots were kept (V120), or when not read
	 * @param optionTexts the options' texts when drawn, in the bank's option order;
	 * {@code null} with {@code text}
	 */
	record StoredQuestion(int position, long questionId, QuestionKind kind, List<Integer> optionOrder,
			Set<Integer> correct, Optional<Set<Integer>> chosen, @Nullable String text,
			@Nullable List<String> optionTexts) {

		StoredQuestion {
			optionOrder = List.copyOf(optionOrder);
			correct = Set.copyOf(correct);
			optionTexts = (optionTexts != null) ? List.copyOf(optionTexts) : null;
		}

		/** A question without its texts (not read, or drawn before they were kept). */
		StoredQuestion(int position, long questionId, QuestionKind kind, List<Integer> optionOrder,
				Set<Integer> correct, Optional<Set<Integer>> chosen) {
			this(position, questionId, kind, optionOrder, correct, chosen, null, null);
		}

		/** The same question with the answer chosen. */
		StoredQuestion answered(Optional<Set<Integer>> answer) {
			return new StoredQuestion(this.position, this.questionId, this.kind, this.optionOrder, this.correct, answer,
					this.text, this.optionTexts);
		}

		/**
		 * The question as the participant was shown it: from its snapshot, or from the
		 * bank's question when it has none.
		 * @param bank the bank's question, read only when there is no snapshot
		 */
		QuestionShown shown(java.util.function.LongFunction<QuestionView> bank) {
			QuestionDraw.Drawn drawn = new QuestionDraw.Drawn(this.questionId, this.optionOrder);
			if (this.text != null && this.optionTexts != null) {
				return QuestionShown.of(this.position, this.questionId, this.kind, this.text, this.optionTexts, drawn);
			}
			return QuestionShown.of(this.position, bank.apply(this.questionId), drawn);
		}

		boolean answeredCorrectly() {
			return QuestionScoring.correct(this.kind, this.correct, this.chosen.orElse(Set.of()));
		}

	}

	static Map<Integer, Set<Integer>> chosen(List<StoredQuestion> questions) {
		Map<Integer, Set<Integer>> chosen = new LinkedHashMap<>();
		for (StoredQuestion question : questions) {
			question.chosen().ifPresent((positions) -> chosen.put(question.position(), positions));
		}
		return chosen;
	}

}
