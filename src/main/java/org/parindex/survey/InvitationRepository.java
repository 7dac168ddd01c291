package org.parindex.survey;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.parindex.platform.GeneratedKeys;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables of sampling and invitations: {@code survey_target},
 * {@code survey_invitation_batch}, {@code survey_invitation},
 * {@code survey_invitation_draft}, {@code survey_unknown_code_day}.
 */
@Repository
class InvitationRepository {

	/**
	 * Codes issued and used, as the invitations page and the monitoring both count them
	 * (over {@code survey_invitation i}): a withdrawn batch's codes not used by then are
	 * not counted as issued; its used codes are, since their responses still count.
	 */
	static final String ISSUED_AND_USED = "sum(case when i.withdrawn then 0 else 1 end), "
			+ "sum(case when i.used then 1 else 0 end)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	InvitationRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * An invitation as stored.
	 *
	 * @param withdrawn its batch was withdrawn before it was used
	 */
	record Invitation(long id, long formId, long unitId, String code, boolean used, boolean withdrawn) {

	}

	/** A target row. */
	record Target(long unitId, int respondents, @Nullable Integer population, @Nullable BigDecimal marginPercent) {

	}

	Map<Long, Target> targets(long formId) {
		Map<Long, Target> targets = new LinkedHashMap<>();
		this.jdbc.sql("select unit_id, respondents, population, margin_percent from survey_target where form_id = ?")
			.param(formId)
			.query((rs) -> {
				int population = rs.getInt(3);
				Integer n = rs.wasNull() ? null : population;
				targets.put(rs.getLong(1), new Target(rs.getLong(1), rs.getInt(2), n, rs.getBigDecimal(4)));
			});
		return targets;
	}

	void saveTarget(long formId, Target target) {
		int updated = this.jdbc
			.sql("update survey_target set respondents = ?, population = ?, margin_percent = ? "
					+ "where form_id = ? and unit_id = ?")
			.params(target.respondents(), target.population(), target.marginPercent(), formId, target.unitId())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into survey_target (form_id, unit_id, respondents, population, margin_percent) "
						+ "values (?, ?, ?, ?, ?)")
				.params(formId, target.unitId(), target.respondents(), target.population(), target.marginPercent())
				.update();
		}
	}

	/**
	 * Codes issued and used per unit under a form: {issued, used}; the codes of a
	 * withdrawn batch not used by then are not counted as issued.
	 */
	Map<Long, long[]> counts(long formId) {
		Map<Long, long[]> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				select i.unit_id, %s
				from survey_invitation i where i.form_id = ? group by i.unit_id
				""".formatted(ISSUED_AND_USED)).param(formId).query((rs) -> {
			counts.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
		});
		return counts;
	}

	List<InvitationBatchView> batches(long formId) {
		return this.jdbc.sql("""
				select %s
				from survey_invitation_batch b where b.form_id = ? order by b.id
				""".formatted(BATCH_COLUMNS)).param(formId).query(InvitationRepository::batchView).list();
	}

	Optional<InvitationBatchView> batch(long batchId) {
		return this.jdbc.sql("""
				select %s
				from survey_invitation_batch b where b.id = ?
				""".formatted(BATCH_COLUMNS)).param(batchId).query(InvitationRepository::batchView).optional();
	}

	/** The columns {@link #batchView} reads, of {@code survey_invitation_batch b}. */
	private static final String BATCH_COLUMNS = """
			b.id, b.form_id, b.unit_id, b.size,
			       (select count(*) from survey_invitation i where i.batch_id = b.id and i.used) as used,
			       b.created_on, b.withdrawn_at, b.withdrawn_by, b.withdrawal_reason, b.withdrawn_codes""";

	private static InvitationBatchView batchView(ResultSet rs, int row) throws SQLException {
		OffsetDateTime withdrawnAt = rs.getObject(7, OffsetDateTime.class);
		return new InvitationBatchView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getLong(5),
				rs.getObject(6, LocalDate.class), (withdrawnAt != null) ? withdrawnAt.toInstant() : null,
				rs.getString(8), rs.getString(9), rs.getInt(10));
	}

	/**
	 * Withdraws a batch: its unused codes are marked withdrawn, and the batch keeps who,
	 * when, why and how many. The batch's row is locked first, so two withdrawals of one
	 * batch never both count.
	 * @return the codes that stopped working, or empty when the batch was withdrawn
	 * already
	 */
	Optional<Integer> withdraw(long batchId, Instant at, String by, String reason) {
		boolean open = this.jdbc.sql("select withdrawn_at from survey_invitation_batch where id = ? for update")
			.param(batchId)
			.query((rs, n) -> rs.getObject(1) == null)
			.optional()
			.orElse(false);
		if (!open) {
			return Optional.empty();
		}
		int codes = this.jdbc.sql(
				"update survey_invitation set withdrawn = true where batch_id = ? and used = false and withdrawn = false")
			.param(batchId)
			.update();
		this.jdbc.sql("""
				delete from survey_invitation_draft where invitation_id in
				  (select id from survey_invitation where batch_id = ? and withdrawn)
				""").param(batchId).update();
		this.jdbc
			.sql("update survey_invitation_batch set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?, "
					+ "withdrawn_codes = ? where id = ?")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, reason, codes, batchId)
			.update();
		return Optional.of(codes);
	}

	/** Codes of a batch neither used nor withdrawn: those a withdrawal would stop. */
	long unusedCodes(long batchId) {
		return this.jdbc
			.sql("select count(*) from survey_invitation where batch_id = ? and used = false and withdrawn = false")
			.param(batchId)
			.query(Long.class)
			.single();
	}

	long insertBatch(long formId, long unitId, int size, LocalDate day, @Nullable UUID request) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into survey_invitation_batch (form_id, unit_id, size, created_on, request_key)"
					+ " values (?, ?, ?, ?, ?)")
			.params(formId, unitId, size, day, (request != null) ? request.toString() : null)
			.update(keys, "id");
		return GeneratedKeys.id(keys);
	}

	/** The batch of a form issued by a request, if one was. */
	Optional<InvitationBatchView> batchOf(long formId, UUID request) {
		return this.jdbc.sql("""
				select %s
				from survey_invitation_batch b where b.form_id = ? and b.request_key = ?
				""".formatted(BATCH_COLUMNS))
			.params(formId, request.toString())
			.query(InvitationRepository::batchView)
			.optional();
	}

	/** Which of the codes are taken already. */
	Set<String> existing(Collection<String> codes) {
		Set<String> taken = new HashSet<>();
		List<String> all = new ArrayList<>(codes);
		for (int from = 0; from < all.size(); from += 500) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
			taken.addAll(this.jdbc.sql("select code from survey_invitation where code in (:codes)")
				.param("codes", chunk)
				.query(String.class)
				.list());
		}
		return taken;
	}

	/**
	 * Stores the codes of a batch.
	 * @throws DuplicateKeyException when a code is taken meanwhile (the unique
	 * constraint)
	 */
	void insertCodes(long batchId, long formId, long unitId, List<String> codes) {
		this.template.batchUpdate(
				"insert into survey_invitation (batch_id, form_id, unit_id, code, used, retries) values (?, ?, ?, ?, false, 0)",
				codes, 500, (ps, code) -> {
					ps.setLong(1, batchId);
					ps.setLong(2, formId);
					ps.setLong(3, unitId);
					ps.setString(4, code);
				});
	}

	List<InvitationCodeView> codes(long batchId) {
		return this.jdbc.sql("select code, used, withdrawn from survey_invitation where batch_id = ? order by id")
			.param(batchId)
			.query((rs, n) -> new InvitationCodeView(InvitationCodes.grouped(rs.getString(1)), rs.getBoolean(2),
					rs.getBoolean(3)))
			.list();
	}

	Optional<Invitation> find(String code) {
		return this.jdbc.sql("select id, form_id, unit_id, code, used, withdrawn from survey_invitation where code = ?")
			.param(code)
			.query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getBoolean(5), rs.getBoolean(6)))
			.optional();
	}

	/**
	 * Whether the invitation takes no more answers (used, or withdrawn), read under its
	 * row lock.
	 */
	boolean lockUsed(long invitationId) {
		return this.jdbc.sql("select used, withdrawn from survey_invitation where id = ? for update")
			.param(invitationId)
			.query((rs, n) -> rs.getBoolean(1) || rs.getBoolean(2))
			.single();
	}

	/**
	 * Marks an invitation used that is neither used nor withdrawn.
	 * @return false when it was used already (by a retry, a double tap or a race lost),
	 * or withdrawn meanwhile
	 */
	boolean markUsed(long invitationId) {
		return this.jdbc
			.sql("update survey_invitation set used = true where id = ? and used = false and withdrawn = false")
			.param(invitationId)
			.update() == 1;
	}

	void countRetry(long invitationId) {
		this.jdbc.sql("update survey_invitation set retries = retries + 1 where id = ?").param(invitationId).update();
	}

	void countUnknown(LocalDate day) {
		if (this.jdbc.sql("update survey_unknown_code_day set attempts = attempts + 1 where attempted_on = ?")
			.param(day)
			.update() == 0) {
			try {
				this.jdbc.sql("insert into survey_unknown_code_day (attempted_on, attempts) values (?, 1)")
					.param(day)
					.update();
			}
			catch (DuplicateKeyException ex) {
				this.jdbc.sql("update survey_unknown_code_day set attempts = attempts + 1 where attempted_on = ?")
					.param(day)
					.update();
			}
		}
	}

	Map<String, String> draft(long invitationId) {
		Map<String, String> draft = new LinkedHashMap<>();
		this.jdbc
			.sql("select question_code, option_label from survey_invitation_draft where invitation_id = ? "
					+ "order by question_code")
			.param(invitationId)
			.query((rs) -> {
				draft.put(rs.getString(1), rs.getString(2));
			});
		return draft;
	}

	void replaceDraft(long invitationId, Map<String, String> answers) {
		deleteDraft(invitationId);
		answers.forEach((question, option) -> this.jdbc
			.sql("insert into survey_invitation_draft (invitation_id, question_code, option_label) values (?, ?, ?)")
			.params(invitationId, question, option)
			.update());
	}

	void deleteDraft(long invitationId) {
		this.jdbc.sql("delete from survey_invitation_draft where invitation_id = ?").param(invitationId).update();
	}

}
