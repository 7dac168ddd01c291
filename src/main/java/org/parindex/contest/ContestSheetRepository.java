package org.parindex.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The paper sheets of contests ({@code contest_paper_sheet}, V115): one row per sheet
 * number per contest, holding what each person keyed. Its only writer.
 */
@Repository
class ContestSheetRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ContestSheetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A sheet as stored. */
	record Row(long id, long roundId, String sheetNumber, String firstBy, Instant firstAt, PaperEntry first,
			@Nullable String secondBy, @Nullable PaperEntry second, @Nullable Long attemptId) {
	}

	/** Whether the contest asks for each paper form to be keyed twice. */
	boolean doubleEntry(long contestId) {
		return this.jdbc.sql("select paper_double_entry from contest_contest where id = ?")
			.param(contestId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void setDoubleEntry(long contestId, boolean on) {
		this.jdbc.sql("update contest_contest set paper_double_entry = ? where id = ?").params(on, contestId).update();
	}

	/** The sheet of that number, locked for the rest of the transaction. */
	Optional<Row> lock(long contestId, String sheetNumber) {
		return this.jdbc.sql("""
				select id, round_id, sheet_number, first_by, first_at, first_entry, second_by, second_entry, attempt_id
				from contest_paper_sheet where contest_id = ? and sheet_number = ? for update
				""").params(contestId, sheetNumber).query(ContestSheetRepository::row).optional();
	}

	/** The sheet of that number. */
	Optional<Row> find(long contestId, String sheetNumber) {
		return this.jdbc.sql("""
				select id, round_id, sheet_number, first_by, first_at, first_entry, second_by, second_entry, attempt_id
				from contest_paper_sheet where contest_id = ? and sheet_number = ?
				""").params(contestId, sheetNumber).query(ContestSheetRepository::row).optional();
	}

	/** The contest's sheets that do not count yet, by sheet number. */
	List<Row> pending(long contestId) {
		return this.jdbc.sql("""
				select id, round_id, sheet_number, first_by, first_at, first_entry, second_by, second_entry, attempt_id
				from contest_paper_sheet where contest_id = ? and attempt_id is null order by sheet_number
				""").param(contestId).query(ContestSheetRepository::row).list();
	}

	/** Sheets of the round keyed but not stored as attempts. */
	long held(long roundId) {
		return this.jdbc.sql("select count(*) from contest_paper_sheet where round_id = ? and attempt_id is null")
			.param(roundId)
			.query(Long.class)
			.single();
	}

	/** Stores a first keying. */
	void insertFirst(long contestId, long roundId, String sheetNumber, String by, Instant at, PaperEntry entry,
			@Nullable Long attemptId) {
		this.jdbc.sql("""
				insert into contest_paper_sheet (contest_id, round_id, sheet_number, first_by, first_at, first_entry,
				                                 attempt_id)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(contestId, roundId, sheetNumber, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), json(entry),
					attemptId)
			.update();
	}

	/** Stores the second keying (and the attempt, when both agreed). */
	void second(long id, String by, Instant at, PaperEntry entry, @Nullable Long attemptId) {
		this.jdbc
			.sql("update contest_paper_sheet set second_by = ?, second_at = ?, second_entry = ?, attempt_id = ? "
					+ "where id = ?")
			.params(by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), json(entry), attemptId, id)
			.update();
	}

	/** Stores the committee's resolution and the attempt it made. */
	void resolved(long id, String by, PaperEntry entry, long attemptId) {
		this.jdbc.sql("update contest_paper_sheet set resolved_by = ?, resolved_entry = ?, attempt_id = ? where id = ?")
			.params(by, json(entry), attemptId, id)
			.update();
	}

	private static String json(PaperEntry entry) {
		return JSON.writeValueAsString(entry);
	}

	private static @Nullable PaperEntry entry(@Nullable String json) {
		return (json == null || json.isEmpty()) ? null : JSON.readValue(json, PaperEntry.class);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		PaperEntry first = entry(rs.getString(6));
		long attempt = rs.getLong(9);
		Long attemptId = rs.wasNull() ? null : attempt;
		return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, OffsetDateTime.class).toInstant(), (first != null) ? first : PaperEntry.empty(),
				rs.getString(7), entry(rs.getString(8)), attemptId);
	}

}
