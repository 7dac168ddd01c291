package org.parindex.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The question banks: {@code contest_question_bank}, {@code contest_question} and
 * {@code contest_question_option}; their only writer.
 */
@Repository
class QuestionRepository {

	private static final String QUESTION_COLUMNS = """
			id, bank_id, code, category, difficulty, kind, text, source, retired, changed_by, changed_at
			""";

	private final JdbcClient jdbc;

	QuestionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<QuestionBankView> banks() {
		return this.jdbc.sql("""
				select b.id, b.name, b.created_by, b.created_at, count(q.id),
				       coalesce(sum(case when q.id is not null and not q.retired then 1 else 0 end), 0)
				from contest_question_bank b left join contest_question q on q.bank_id = b.id
				group by b.id, b.name, b.created_by, b.created_at
				order by b.name
				""").query(QuestionRepository::bank).list();
	}

	Optional<QuestionBankView> bank(long bankId) {
		return this.jdbc.sql("""
				select b.id, b.name, b.created_by, b.created_at, count(q.id),
				       coalesce(sum(case when q.id is not null and not q.retired then 1 else 0 end), 0)
				from contest_question_bank b left join contest_question q on q.bank_id = b.id
				where b.id = ?
				group by b.id, b.name, b.created_by, b.created_at
				""").param(bankId).query(QuestionRepository::bank).optional();
	}

	/** Locks a bank's row until the transaction ends, so that two imports queue. */
	boolean lockBank(long bankId) {
		return this.jdbc.sql("select id from contest_question_bank where id = ? for update")
			.param(bankId)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	boolean nameUsed(String name, long exceptBankId) {
		return this.jdbc.sql("select count(*) from contest_question_bank where lower(name) = lower(?) and id <> ?")
			.params(name, exceptBankId)
			.query(Long.class)
			.single() > 0;
	}

	long insertBank(String name, String by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into contest_question_bank (name, created_by, created_at) values (?, ?, ?)")
			.params(name, by, utc(at))
			.update(keys, "id");
		return GeneratedKeys.id(keys);
	}

	void renameBank(long bankId, String name) {
		this.jdbc.sql("update contest_question_bank set name = ? where id = ?").params(name, bankId).update();
	}

	/** A bank's questions with their options, by code. */
	List<QuestionView> questions(long bankId) {
		Map<Long, List<QuestionOptionView>> options = new HashMap<>();
		this.jdbc.sql("""
				select o.question_id, o.position, o.text, o.correct
				from contest_question_option o join contest_question q on q.id = o.question_id
				where q.bank_id = ? order by o.question_id, o.position
				""").param(bankId).query((rs) -> {
			options.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new QuestionOptionView(rs.getInt(2), rs.getString(3), rs.getBoolean(4)));
		});
		return this.jdbc.sql("select " + QUESTION_COLUMNS + " from contest_question where bank_id = ? order by code")
			.param(bankId)
			.query((rs, n) -> question(rs, options.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	Optional<QuestionView> question(long questionId) {
		List<QuestionOptionView> options = this.jdbc
			.sql("select position, text, correct from contest_question_option where question_id = ? order by position")
			.param(questionId)
			.query((rs, n) -> new QuestionOptionView(rs.getInt(1), rs.getString(2), rs.getBoolean(3)))
			.list();
		return this.jdbc.sql("select " + QUESTION_COLUMNS + " from contest_question where id = ?")
			.param(questionId)
			.query((rs, n) -> question(rs, options))
			.optional();
	}

	/** The question of a bank with a code, compared without regard to case. */
	Optional<Long> questionWithCode(long bankId, String code) {
		return this.jdbc.sql("select id from contest_question where bank_id = ? and upper(code) = upper(?)")
			.params(bankId, code)
			.query(Long.class)
			.optional();
	}

	long insertQuestion(long bankId, QuestionDraft draft, String by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		List<String> options = draft.filledOptions();
		this.jdbc.sql("""
				insert into contest_question (bank_id, code, category, difficulty, kind, text, source, option_count,
				                              correct_count, retired, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)
				""")
			.params(bankId, draft.code(), draft.category(), kind(draft.difficulty()), kind(draft.kind()), draft.text(),
					draft.source().isEmpty() ? null : draft.source(), options.size(), draft.correct().size(), by,
					utc(at))
			.update(keys, "id");
		long id = GeneratedKeys.id(keys);
		insertOptions(id, draft);
		return id;
	}

	/** Replaces a question's content and options; its code and retired flag stay. */
	void updateQuestion(long questionId, QuestionDraft draft, String by, Instant at) {
		List<String> options = draft.filledOptions();
		this.jdbc.sql("delete from contest_question_option where question_id = ?").param(questionId).update();
		this.jdbc.sql("""
				update contest_question set category = ?, difficulty = ?, kind = ?, text = ?, source = ?,
				       option_count = ?, correct_count = ?, changed_by = ?, changed_at = ?
				where id = ?
				""")
			.params(draft.category(), kind(draft.difficulty()), kind(draft.kind()), draft.text(),
					draft.source().isEmpty() ? null : draft.source(), options.size(), draft.correct().size(), by,
					utc(at), questionId)
			.update();
		insertOptions(questionId, draft);
	}

	void setRetired(long questionId, boolean retired, String by, Instant at) {
		this.jdbc.sql("update contest_question set retired = ?, changed_by = ?, changed_at = ? where id = ?")
			.params(retired, by, utc(at), questionId)
			.update();
	}

	private void insertOptions(long questionId, QuestionDraft draft) {
		List<String> options = draft.filledOptions();
		for (int position = 0; position < options.size(); position++) {
			this.jdbc
				.sql("insert into contest_question_option (question_id, position, text, correct) values (?, ?, ?, ?)")
				.params(questionId, position, options.get(position), draft.correct().contains(position))
				.update();
		}
	}

	private static String kind(Enum<?> value) {
		return value.name();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static QuestionBankView bank(ResultSet rs, int n) throws SQLException {
		return new QuestionBankView(rs.getLong(1), rs.getString(2), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getInt(5), rs.getInt(6));
	}

	private static QuestionView question(ResultSet rs, List<QuestionOptionView> options) throws SQLException {
		String source = rs.getString(8);
		return new QuestionView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				QuestionDifficulty.valueOf(rs.getString(5)), QuestionKind.valueOf(rs.getString(6)), rs.getString(7),
				(source != null) ? source : "", rs.getBoolean(9), options, rs.getString(10),
				rs.getObject(11, OffsetDateTime.class).toInstant());
	}

}
