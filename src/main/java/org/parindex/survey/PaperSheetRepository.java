package org.parindex.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables of paper data entry: {@code survey_paper_sheet} and
 * {@code survey_paper_setting}. Answers are stored as lines {@code code<TAB>label}.
 */
@Repository
class PaperSheetRepository {

	private static final String COLUMNS = """
			id, form_id, unit_id, sheet_number, status, double_entry, first_by, second_by, entered_at,
			first_answers, second_answers
			""";

	private final JdbcClient jdbc;

	PaperSheetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean doubleEntry(long formId) {
		return this.jdbc.sql("select double_entry from survey_paper_setting where form_id = ?")
			.param(formId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void setDoubleEntry(long formId, boolean doubleEntry, String by, Instant at) {
		int updated = this.jdbc
			.sql("update survey_paper_setting set double_entry = ?, changed_by = ?, changed_at = ? where form_id = ?")
			.params(doubleEntry, by, offset(at), formId)
			.update();
		if (updated == 0) {
			this.jdbc.sql(
					"insert into survey_paper_setting (form_id, double_entry, changed_by, changed_at) values (?, ?, ?, ?)")
				.params(formId, doubleEntry, by, offset(at))
				.update();
		}
	}

	/** The sheet with a number, locked for the rest of the transaction. */
	Optional<PaperSheetView> lock(long formId, long unitId, String sheetNumber) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from survey_paper_sheet where form_id = ? and unit_id = ? and sheet_number = ? for update")
			.params(formId, unitId, sheetNumber)
			.query(PaperSheetRepository::sheet)
			.optional();
	}

	Optional<PaperSheetView> find(long formId, long unitId, String sheetNumber) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from survey_paper_sheet where form_id = ? and unit_id = ? and sheet_number = ?")
			.params(formId, unitId, sheetNumber)
			.query(PaperSheetRepository::sheet)
			.optional();
	}

	Optional<PaperSheetView> find(long sheetId) {
		return this.jdbc.sql("select " + COLUMNS + " from survey_paper_sheet where id = ?")
			.param(sheetId)
			.query(PaperSheetRepository::sheet)
			.optional();
	}

	Optional<PaperSheetView> lock(long sheetId) {
		return this.jdbc.sql("select " + COLUMNS + " from survey_paper_sheet where id = ? for update")
			.param(sheetId)
			.query(PaperSheetRepository::sheet)
			.optional();
	}

	/** The sheets of a form and unit, last keyed in first. */
	List<PaperSheetView> recent(long formId, long unitId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from survey_paper_sheet where form_id = ? and unit_id = ?"
					+ " order by entered_at desc, id desc limit ?")
			.params(formId, unitId, limit)
			.query(PaperSheetRepository::sheet)
			.list();
	}

	/** The sheets of a form in a status, by unit and number. */
	List<PaperSheetView> inStatus(long formId, PaperSheetStatus status) {
		return this.jdbc
			.sql("select " + COLUMNS + " from survey_paper_sheet where form_id = ? and status = ?"
					+ " order by unit_id, sheet_number")
			.params(formId, status.name())
			.query(PaperSheetRepository::sheet)
			.list();
	}

	long insert(long formId, long unitId, String sheetNumber, PaperSheetStatus status, boolean doubleEntry,
			@Nullable Map<String, String> firstAnswers, String by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into survey_paper_sheet (form_id, unit_id, sheet_number, status, double_entry, first_answers,
				                                first_by, entered_at, counted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(formId, unitId, sheetNumber, status.name(), doubleEntry,
					(firstAnswers != null) ? text(firstAnswers) : null, by, offset(at),
					(status == PaperSheetStatus.COUNTED) ? offset(at) : null)
			.update(keys, "id");
		return GeneratedKeys.id(keys);
	}

	void replaceFirst(long sheetId, Map<String, String> answers, Instant at) {
		this.jdbc.sql("update survey_paper_sheet set first_answers = ?, entered_at = ? where id = ?")
			.params(text(answers), offset(at), sheetId)
			.update();
	}

	void markDifferent(long sheetId, Map<String, String> second, String by, Instant at) {
		this.jdbc.sql("""
				update survey_paper_sheet set status = 'DIFFERENT', second_answers = ?, second_by = ?, entered_at = ?
				where id = ?
				""").params(text(second), by, offset(at), sheetId).update();
	}

	/** Marks a sheet counted and drops its answers. */
	/** Links a counted sheet to the response it became. */
	void linkResponse(long sheetId, java.util.UUID responseId) {
		this.jdbc.sql("update survey_paper_sheet set response_id = ? where id = ?")
			.params(responseId, sheetId)
			.update();
	}

	void markCounted(long sheetId, @Nullable String secondBy, Instant at) {
		this.jdbc.sql("""
				update survey_paper_sheet set status = 'COUNTED', first_answers = null, second_answers = null,
				       second_by = coalesce(?, second_by), counted_at = ?, entered_at = ?
				where id = ?
				""").params(secondBy, offset(at), offset(at), sheetId).update();
	}

	private static PaperSheetView sheet(ResultSet rs, int n) throws SQLException {
		return new PaperSheetView(rs.getLong("id"), rs.getLong("form_id"), rs.getLong("unit_id"),
				rs.getString("sheet_number"), PaperSheetStatus.valueOf(rs.getString("status")),
				rs.getBoolean("double_entry"), rs.getString("first_by"), rs.getString("second_by"),
				rs.getObject("entered_at", OffsetDateTime.class).toInstant(), answers(rs.getString("first_answers")),
				answers(rs.getString("second_answers")));
	}

	static String text(Map<String, String> answers) {
		StringBuilder text = new StringBuilder();
		answers.forEach((code, label) -> text.append(code).append('\t').append(label).append('\n'));
		return text.toString();
	}

	static Map<String, String> answers(@Nullable String text) {
		Map<String, String> answers = new LinkedHashMap<>();
		if (text != null) {
			for (String line : text.split("\n")) {
				int tab = line.indexOf('\t');
				if (tab > 0) {
					answers.put(line.substring(0, tab), line.substring(tab + 1));
				}
			}
		}
		return answers;
	}

	private static OffsetDateTime offset(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
