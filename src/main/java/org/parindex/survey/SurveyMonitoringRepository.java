package org.parindex.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grouped counts behind the survey's monitoring, read from {@code survey_response}
 * (never its answers), {@code survey_target}, {@code survey_invitation},
 * {@code survey_paper_sheet} and {@code survey_unknown_code_day}; each is one grouped
 * query over an index set's forms. Reads only: every table has its own writer.
 */
@Repository
class SurveyMonitoringRepository {

	private final JdbcClient jdbc;

	SurveyMonitoringRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A form and a unit rated. */
	record FormUnit(long formId, long unitId) {

	}

	/** Stored responses per form and unit, {online, paper}. */
	Map<FormUnit, long[]> responses(long indexSetId) {
		Map<FormUnit, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select r.form_id, r.unit_id, r.channel, count(*)
				from survey_response r join survey_form f on f.id = r.form_id
				where f.index_set_id = ? and r.set_aside_reason is null
				group by r.form_id, r.unit_id, r.channel
				""").param(indexSetId).query((rs) -> {
			long[] count = counts.computeIfAbsent(new FormUnit(rs.getLong(1), rs.getLong(2)), (k) -> new long[2]);
			count[ResponseChannel.valueOf(rs.getString(3)).ordinal()] = rs.getLong(4);
		});
		return counts;
	}

	/** The target (respondents sought) per form and unit. */
	Map<FormUnit, Integer> targets(long indexSetId) {
		Map<FormUnit, Integer> targets = new HashMap<>();
		this.jdbc.sql("""
				select t.form_id, t.unit_id, t.respondents
				from survey_target t join survey_form f on f.id = t.form_id
				where f.index_set_id = ?
				""").param(indexSetId).query((rs) -> {
			targets.put(new FormUnit(rs.getLong(1), rs.getLong(2)), rs.getInt(3));
		});
		return targets;
	}

	/**
	 * Invitation codes per form and unit, {issued, used}, counted as the invitations page
	 * counts them ({@link InvitationRepository#ISSUED_AND_USED}).
	 */
	Map<FormUnit, long[]> invitations(long indexSetId) {
		Map<FormUnit, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select i.form_id, i.unit_id, %s
				from survey_invitation i join survey_form f on f.id = i.form_id
				where f.index_set_id = ?
				group by i.form_id, i.unit_id
				""".formatted(InvitationRepository.ISSUED_AND_USED)).param(indexSetId).query((rs) -> {
			counts.put(new FormUnit(rs.getLong(1), rs.getLong(2)), new long[] { rs.getLong(3), rs.getLong(4) });
		});
		return counts;
	}

	/**
	 * The forms and units with a batch of codes in force (issued and not withdrawn): a
	 * unit whose every batch was withdrawn has no code to hand out, whatever was used of
	 * them before.
	 */
	java.util.Set<FormUnit> batchesInForce(long indexSetId) {
		java.util.Set<FormUnit> units = new java.util.HashSet<>();
		this.jdbc.sql("""
				select distinct b.form_id, b.unit_id
				from survey_invitation_batch b join survey_form f on f.id = b.form_id
				where f.index_set_id = ? and b.withdrawn_at is null
				""").param(indexSetId).query((rs) -> {
			units.add(new FormUnit(rs.getLong(1), rs.getLong(2)));
		});
		return units;
	}

	/** Paper sheets keyed but not counted yet per form and unit. */
	Map<FormUnit, Long> paperWaiting(long indexSetId) {
		Map<FormUnit, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select s.form_id, s.unit_id, count(*)
				from survey_paper_sheet s join survey_form f on f.id = s.form_id
				where f.index_set_id = ? and s.status <> 'COUNTED'
				group by s.form_id, s.unit_id
				""").param(indexSetId).query((rs) -> {
			counts.put(new FormUnit(rs.getLong(1), rs.getLong(2)), rs.getLong(3));
		});
		return counts;
	}

	/**
	 * Used codes opened again at least so often, per form and unit.
	 *
	 * @param examples the codes themselves, in code order, at most
	 * {@value #RETRIED_CODES_SHOWN} (walk10 #12: the flag asks whom the invitation was
	 * given to, so it names the codes; a used code opens nothing)
	 */
	record RetriedCodes(long formId, long unitId, long codes, long retries, List<String> examples) {

	}

	/** Retried codes named per form and unit at most. */
	static final int RETRIED_CODES_SHOWN = 20;

	List<RetriedCodes> retriedCodes(long indexSetId, int minRetries) {
		return triedCodes(indexSetId, "i.used", minRetries);
	}

	/**
	 * The unused codes of withdrawn batches tried since the withdrawal (once is enough:
	 * the batch was lost or given to the wrong unit, and someone has it), per form and
	 * unit; retries counts the tries after the withdrawal (an unused code's counter is
	 * raised only once its batch is withdrawn).
	 */
	List<RetriedCodes> withdrawnTried(long indexSetId) {
		return triedCodes(indexSetId, "i.withdrawn and not i.used", 1);
	}

	private List<RetriedCodes> triedCodes(long indexSetId, String which, int minRetries) {
		return this.jdbc.sql("""
				select i.form_id, i.unit_id, count(*), sum(i.retries)
				from survey_invitation i join survey_form f on f.id = i.form_id
				where f.index_set_id = ? and %s and i.retries >= ?
				group by i.form_id, i.unit_id
				order by i.form_id, i.unit_id
				""".formatted(which))
			.params(indexSetId, minRetries)
			.query((rs, n) -> new RetriedCodes(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					triedCodes(indexSetId, which, minRetries, rs.getLong(1), rs.getLong(2))))
			.list();
	}

	private List<String> triedCodes(long indexSetId, String which, int minRetries, long formId, long unitId) {
		return this.jdbc.sql("""
				select i.code from survey_invitation i join survey_form f on f.id = i.form_id
				where f.index_set_id = ? and %s and i.retries >= ? and i.form_id = ? and i.unit_id = ?
				order by i.code
				""".formatted(which))
			.params(indexSetId, minRetries, formId, unitId)
			.query(String.class)
			.list()
			.stream()
			.limit(RETRIED_CODES_SHOWN)
			.toList();
	}

	/**
	 * A group of identical responses: the options chosen (option ids by question id,
	 * comma-separated), how many responses gave them and how many responses that form,
	 * unit, channel and day have in all.
	 */
	record IdenticalSheets(long formId, long unitId, ResponseChannel channel, LocalDate day, String options,
			long identical, long responses) {

	}

	/**
	 * The groups of at least {@code minimum} identical responses of one form, unit,
	 * channel and day: one grouped query over the set's responses on the sheet each keeps
	 * ({@code survey_response.sheet}, {@link AnswerSheet}: its options in question order,
	 * written when it is stored), with each flagged group's day counted beside it. The
	 * answers are not read: the query's cost follows the responses, not their answers
	 * (before V107 each response's answers were summed into a fingerprint here, a join of
	 * every answer of the set on every call).
	 */
	List<IdenticalSheets> identicalSheets(long indexSetId, int minimum) {
		return this.jdbc.sql("""
				select g.form_id, g.unit_id, g.channel, g.submitted_on, g.sheet, g.identical,
				       (select count(*) from survey_response d
				        where d.form_id = g.form_id and d.unit_id = g.unit_id and d.channel = g.channel
				          and d.submitted_on = g.submitted_on and d.set_aside_reason is null) as responses
				from (select r.form_id, r.unit_id, r.channel, r.submitted_on, r.sheet, count(*) as identical
				      from survey_response r join survey_form f on f.id = r.form_id
				      where f.index_set_id = ? and r.set_aside_reason is null
				      group by r.form_id, r.unit_id, r.channel, r.submitted_on, r.sheet
				      having count(*) >= ?) g
				order by g.form_id, g.unit_id, g.submitted_on, g.channel, g.identical desc, g.sheet
				""")
			.params(indexSetId, minimum)
			.query((rs, n) -> new IdenticalSheets(rs.getLong(1), rs.getLong(2),
					ResponseChannel.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
					rs.getLong(6), rs.getLong(7)))
			.list();
	}

	/** Responses of one unit, channel and day. */
	record DayCount(long unitId, ResponseChannel channel, LocalDate day, long responses) {

	}

	/** A form's responses recorded before its opening day or after its closing day. */
	List<DayCount> outsideWindow(long formId, LocalDate openingDay, LocalDate closingDay) {
		return this.jdbc.sql("""
				select unit_id, channel, submitted_on, count(*)
				from survey_response
				where form_id = ? and (submitted_on < ? or submitted_on > ?) and set_aside_reason is null
				group by unit_id, channel, submitted_on
				order by submitted_on, unit_id, channel
				""")
			.params(formId, openingDay, closingDay)
			.query((rs, n) -> new DayCount(rs.getLong(1), ResponseChannel.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getLong(4)))
			.list();
	}

	/**
	 * Attempts with unknown codes per day, from {@code from} to {@code to}, at least so
	 * many.
	 */
	List<Map.Entry<LocalDate, Long>> unknownCodes(LocalDate from, LocalDate to, int minimum) {
		List<Map.Entry<LocalDate, Long>> days = new ArrayList<>();
		this.jdbc.sql("""
				select attempted_on, attempts from survey_unknown_code_day
				where attempted_on >= ? and attempted_on <= ? and attempts >= ?
				order by attempted_on
				""").params(from, to, minimum).query((rs) -> {
			days.add(Map.entry(rs.getObject(1, LocalDate.class), rs.getLong(2)));
		});
		return days;
	}

}
