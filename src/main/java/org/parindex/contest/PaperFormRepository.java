package org.parindex.contest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The paper forms of rounds: {@code contest_paper_form} and
 * {@code contest_paper_question}. Their only writer.
 */
@Repository
class PaperFormRepository {

	private final JdbcClient jdbc;

	PaperFormRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When the round's form was fixed, if it is. */
	Optional<Instant> fixedAt(long roundId) {
		return this.jdbc.sql("select fixed_at from contest_paper_form where round_id = ?")
			.param(roundId)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	/** The seed the round's form was drawn with. */
	long seed(long roundId) {
		return this.jdbc.sql("select seed from contest_paper_form where round_id = ?")
			.param(roundId)
			.query(Long.class)
			.single();
	}

	/** The round's form questions in the printed order, each with its key. */
	List<EntryRepository.StoredQuestion> questions(long roundId) {
		return this.jdbc.sql("""
				select position, question_id, kind, option_order, correct, question_text, option_texts
				from contest_paper_question
				where round_id = ? order by position
				""")
			.param(roundId)
			.query((rs, n) -> new EntryRepository.StoredQuestion(rs.getInt(1), rs.getLong(2),
					QuestionKind.valueOf(rs.getString(3)), split(rs.getString(4)), Set.copyOf(split(rs.getString(5))),
					Optional.empty(), rs.getString(6),
					(rs.getString(7) != null) ? OptionTexts.decode(rs.getString(7)) : null))
			.list();
	}

	/** Replaces the round's form (removes the one before, if any). */
	void replace(long roundId, long seed, Instant fixedAt, List<EntryRepository.StoredQuestion> questions) {
		this.jdbc.sql("delete from contest_paper_question where round_id = ?").param(roundId).update();
		this.jdbc.sql("delete from contest_paper_form where round_id = ?").param(roundId).update();
		this.jdbc.sql("insert into contest_paper_form (round_id, seed, fixed_at) values (?, ?, ?)")
			.params(roundId, seed, OffsetDateTime.ofInstant(fixedAt, ZoneOffset.UTC))
			.update();
		for (EntryRepository.StoredQuestion question : questions) {
			this.jdbc.sql("""
					insert into contest_paper_question (round_id, position, question_id, kind, option_order, correct,
					    question_text, option_texts)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(roundId, question.position(), question.questionId(), question.kind().name(),
						join(question.optionOrder()), join(question.correct()), question.text(),
						(question.optionTexts() != null) ? OptionTexts.encode(question.optionTexts()) : null)
				.update();
		}
	}

	/**
	 * Locks the round's form row for the rest of the transaction, so that fixing the form
	 * again and keying a form of the round follow each other.
	 * @return whether the round has a form
	 */
	boolean lock(long roundId) {
		return this.jdbc.sql("update contest_paper_form set seed = seed where round_id = ?")
			.param(roundId)
			.update() == 1;
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

}
