package org.parindex.assessment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The workflow's tables: dossiers, the round columns of leaf entries, evidence, leaf
 * history, adjustment decisions and the cycle's approval. Updates of a leaf name the
 * version they were based on and change nothing when it has moved on.
 */
@Repository
class WorkflowRepository {

	private static final String LEAF_COLUMNS = "e.id, e.unit_id, e.leaf_code, e.self_explanation, e.round1_points, "
			+ "e.round1_comment, e.question, e.answer, e.final_points, e.appraisal_comment, e.version, e.updated_by";

	private static final String EVIDENCE_COLUMNS = "id, unit_id, leaf_code, phase, file_sha256, file_name, media_type, "
			+ "file_size, document_number, document_date, document_issuer, document_title, created_by, created_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	WorkflowRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	// Dossiers

	Optional<DossierView> dossier(long setId, long unitId) {
		return this.jdbc.sql("""
				select index_set_id, unit_id, status, submitted_at, submitted_by, returned_reason
				from assessment_dossier where index_set_id = ? and unit_id = ?
				""").params(setId, unitId).query(WorkflowRepository::dossier).optional();
	}

	List<DossierView> dossiers(long setId) {
		return this.jdbc.sql("""
				select index_set_id, unit_id, status, submitted_at, submitted_by, returned_reason
				from assessment_dossier where index_set_id = ?
				""").param(setId).query(WorkflowRepository::dossier).list();
	}

	/** Creates the missing dossiers (drafts) of participating units. */
	void ensureDossiers(long setId, java.util.Collection<Long> unitIds) {
		List<Object[]> rows = new ArrayList<>();
		unitIds.forEach((unit) -> rows.add(new Object[] { setId, unit }));
		this.template
			.batchUpdate("insert into assessment_dossier (index_set_id, unit_id, status) values (?, ?, 'DRAFT') "
					+ "on conflict do nothing", rows);
	}

	/**
	 * A dossier's status, its row locked until the transaction ends, so that a save and a
	 * submission, or a submission and the deadline job, never interleave.
	 */
	DossierStatus lockDossier(long setId, long unitId) {
		ensureDossiers(setId, List.of(unitId));
		return DossierStatus.valueOf(
				this.jdbc.sql("select status from assessment_dossier where index_set_id = ? and unit_id = ? for update")
					.params(setId, unitId)
					.query(String.class)
					.single());
	}

	/**
	 * Moves a dossier to a status if it is in one of the expected ones.
	 * @return false when it was not (someone else moved it first)
	 */
	boolean transition(long setId, long unitId, java.util.Set<DossierStatus> from, DossierStatus to,
			Optional<OffsetDateTime> submittedAt, Optional<String> submittedBy, Optional<String> returnedReason) {
		ensureDossiers(setId, List.of(unitId));
		String expected = from.stream()
			.map((status) -> "'" + status.name() + "'")
			.collect(java.util.stream.Collectors.joining(", "));
		return this.jdbc.sql("""
				update assessment_dossier set status = ?, submitted_at = ?, submitted_by = ?, returned_reason = ?,
				    version = version + 1
				where index_set_id = ? and unit_id = ? and status in (%s)
				""".formatted(expected))
			.params(to.name(), submittedAt.orElse(null), submittedBy.orElse(null), returnedReason.orElse(null), setId,
					unitId)
			.update() == 1;
	}

	// Leaf entries

	/** A unit's leaf rows by leaf code, with their inputs. */
	Map<String, LeafRow> leaves(long setId, long unitId) {
		Map<String, LeafRow> rows = new LinkedHashMap<>();
		for (LeafRow row : leaves("e.index_set_id = ? and e.unit_id = ?", setId, unitId)) {
			rows.put(row.leafCode(), row);
		}
		return rows;
	}

	/** Every unit's leaf rows under a set. */
	List<LeafRow> leaves(long setId) {
		return leaves("e.index_set_id = ?", setId);
	}

	private List<LeafRow> leaves(String where, Object... params) {
		Map<Long, LeafRow> rows = new LinkedHashMap<>();
		Map<Long, Map<String, BigDecimal>> inputs = new LinkedHashMap<>();
		this.jdbc.sql("select " + LEAF_COLUMNS + ", i.input_name, i.input_value from assessment_leaf_entry e "
				+ "left join assessment_leaf_input i on i.entry_id = e.id where " + where + " order by e.unit_id, e.id")
			.params(params)
			.query((row) -> {
				long id = row.getLong("id");
				if (!rows.containsKey(id)) {
					rows.put(id, leafRow(row));
					inputs.put(id, new LinkedHashMap<>());
				}
				String name = row.getString("input_name");
				if (name != null) {
					inputs.get(id).put(name, row.getBigDecimal("input_value"));
				}
			});
		List<LeafRow> result = new ArrayList<>(rows.size());
		rows.forEach((id, row) -> result.add(row.withInputs(inputs.get(id))));
		return result;
	}

	/**
	 * Inserts a leaf's first entry; the caller maps a duplicate key to a concurrent edit.
	 */
	long insertLeaf(long setId, long unitId, String leafCode, String by, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_leaf_entry (index_set_id, unit_id, leaf_code, appraisal_comment, version,
				    updated_at, updated_by)
				values (:set, :unit, :leaf, '', 0, :now, :by)
				""")
			.param("set", setId)
			.param("unit", unitId)
			.param("leaf", leafCode)
			.param("now", now)
			.param("by", by)
			.update(key, "id");
		return GeneratedKeys.id(key);
	}

	/**
	 * Changes columns of a leaf entry if it is still at the expected version, raising the
	 * version. Column names come from this module's code only.
	 * @return false when someone else changed the leaf meanwhile
	 */
	boolean updateLeaf(long id, int expectedVersion, Map<String, Object> columns, String by, OffsetDateTime now) {
		StringBuilder sql = new StringBuilder("update assessment_leaf_entry set ");
		List<Object> params = new ArrayList<>();
		columns.forEach((column, value) -> {
			sql.append(column).append(" = ?, ");
			params.add(value);
		});
		sql.append("version = version + 1, updated_at = ?, updated_by = ? where id = ? and version = ?");
		params.add(now);
		params.add(by);
		params.add(id);
		params.add(expectedVersion);
		return this.jdbc.sql(sql.toString()).params(params).update() == 1;
	}

	void replaceInputs(long entryId, Map<String, BigDecimal> inputs) {
		this.jdbc.sql("delete from assessment_leaf_input where entry_id = ?").param(entryId).update();
		List<Object[]> rows = new ArrayList<>();
		inputs.forEach((name, value) -> rows.add(new Object[] { entryId, name, value }));
		this.template.batchUpdate(
				"insert into assessment_leaf_input (entry_id, input_name, input_value) values (?, ?, ?)", rows);
	}

	// Evidence

	long insertFile(long setId, long unitId, Optional<String> leafCode, Optional<Long> adjustmentId,
			EvidencePhase phase, String sha256, String fileName, String mediaType, long size, String by,
			OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_evidence (index_set_id, unit_id, leaf_code, adjustment_id, phase, file_sha256,
				    file_name, media_type, file_size, created_by, created_at)
				values (:set, :unit, :leaf, :adjustment, :phase, :sha, :name, :type, :size, :by, :now)
				""")
			.param("set", setId)
			.param("unit", unitId)
			.param("leaf", leafCode.orElse(null))
			.param("adjustment", adjustmentId.orElse(null))
			.param("phase", phase.name())
			.param("sha", sha256)
			.param("name", fileName)
			.param("type", mediaType)
			.param("size", size)
			.param("by", by)
			.param("now", now)
			.update(key, "id");
		return GeneratedKeys.id(key);
	}

	long insertDocument(long setId, long unitId, String leafCode, EvidencePhase phase, DocumentReference document,
			String by, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_evidence (index_set_id, unit_id, leaf_code, phase, document_number,
				    document_date, document_issuer, document_title, created_by, created_at)
				values (:set, :unit, :leaf, :phase, :number, :date, :issuer, :title, :by, :now)
				""")
			.param("set", setId)
			.param("unit", unitId)
			.param("leaf", leafCode)
			.param("phase", phase.name())
			.param("number", document.number())
			.param("date", Date.valueOf(document.date()))
			.param("issuer", document.issuer())
			.param("title", document.title())
			.param("by", by)
			.param("now", now)
			.update(key, "id");
		return GeneratedKeys.id(key);
	}

	List<EvidenceView> evidence(long setId, long unitId) {
		return this.jdbc
			.sql("select " + EVIDENCE_COLUMNS + " from assessment_evidence where index_set_id = ? and unit_id = ? "
					+ "order by id")
			.params(setId, unitId)
			.query(WorkflowRepository::evidence)
			.list();
	}

	/** The evidence, with the index set it belongs to and the stored file's hash. */
	Optional<StoredEvidence> findEvidence(long id) {
		return this.jdbc
			.sql("select index_set_id, file_sha256, " + EVIDENCE_COLUMNS + " from assessment_evidence where id = ?")
			.param(id)
			.query((row, rowNum) -> new StoredEvidence(row.getLong("index_set_id"),
					Optional.ofNullable(row.getString("file_sha256")), evidence(row, rowNum)))
			.optional();
	}

	void deleteEvidence(long id) {
		this.jdbc.sql("delete from assessment_evidence where id = ?").param(id).update();
	}

	// History

	void addEvent(long setId, long unitId, String leafCode, String phase, String action, String detail, String by,
			OffsetDateTime now) {
		this.jdbc.sql("""
				insert into assessment_leaf_event (index_set_id, unit_id, leaf_code, phase, action, detail, actor,
				    occurred_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(setId, unitId, leafCode, phase, action, truncate(detail, 4000), by, now).update();
	}

	/** Every leaf's history of a unit, by leaf code, oldest first. */
	Map<String, List<LeafEventView>> events(long setId, long unitId) {
		Map<String, List<LeafEventView>> events = new LinkedHashMap<>();
		this.jdbc.sql("""
				select leaf_code, phase, action, detail, actor, occurred_at from assessment_leaf_event
				where index_set_id = ? and unit_id = ? order by id
				""").params(setId, unitId).query((row) -> {
			events.computeIfAbsent(row.getString("leaf_code"), (code) -> new ArrayList<>())
				.add(new LeafEventView(row.getString("phase"), row.getString("action"), row.getString("detail"),
						row.getString("actor"), instant(row, "occurred_at")));
		});
		return events;
	}

	// Adjustments

	long proposeAdjustment(long setId, long unitId, AdjustmentKind kind, BigDecimal points, String reason,
			String evidence, String by, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_adjustment (index_set_id, unit_id, kind, points, reason, created_at, status,
				    evidence, proposed_by)
				values (:set, :unit, :kind, :points, :reason, :now, 'PROPOSED', :evidence, :by)
				""")
			.param("set", setId)
			.param("unit", unitId)
			.param("kind", kind.name())
			.param("points", points)
			.param("reason", reason)
			.param("now", now)
			.param("evidence", evidence)
			.param("by", by)
			.update(key, "id");
		return GeneratedKeys.id(key);
	}

	boolean decideAdjustment(long id, AdjustmentStatus status, String by, OffsetDateTime now) {
		return this.jdbc.sql("""
				update assessment_adjustment set status = ?, decided_by = ?, decided_at = ?
				where id = ? and status = 'PROPOSED'
				""").params(status.name(), by, now, id).update() == 1;
	}

	List<AdjustmentProposalView> proposals(long setId) {
		return this.jdbc.sql("""
				select id, unit_id, kind, points, reason, evidence, status, proposed_by, decided_by
				from assessment_adjustment where index_set_id = ? order by unit_id, id
				""")
			.param(setId)
			.query((row, rowNum) -> new AdjustmentProposalView(row.getLong("id"), row.getLong("unit_id"),
					AdjustmentKind.valueOf(row.getString("kind")), row.getBigDecimal("points"), row.getString("reason"),
					row.getString("evidence"), AdjustmentStatus.valueOf(row.getString("status")),
					row.getString("proposed_by"), Optional.ofNullable(row.getString("decided_by"))))
			.list();
	}

	// Cycle approval and deadline locks

	Optional<Approval> approval(long cycleId) {
		return this.jdbc
			.sql("select approved_at, approved_by from assessment_cycle where id = ? and approved_at is not null")
			.param(cycleId)
			.query((row, rowNum) -> new Approval(instant(row, "approved_at"), row.getString("approved_by")))
			.optional();
	}

	/** Records the approval unless the cycle is approved already. */
	boolean approve(long cycleId, String by, OffsetDateTime now) {
		return this.jdbc
			.sql("update assessment_cycle set approved_at = ?, approved_by = ? where id = ? and approved_at is null")
			.params(now, by, cycleId)
			.update() == 1;
	}

	/**
	 * Locks the cycle's row until the transaction ends: every change of the workflow
	 * takes it first, so that approval waits for changes under way and nothing changes
	 * after it.
	 */
	void lockCycle(long cycleId) {
		this.jdbc.sql("select id from assessment_cycle where id = ? for update")
			.param(cycleId)
			.query(Long.class)
			.single();
	}

	Optional<String> lockedThrough(long cycleId) {
		return this.jdbc.sql("select locked_through from assessment_cycle where id = ?")
			.param(cycleId)
			.query((row, rowNum) -> Optional.ofNullable(row.getString("locked_through")))
			.single();
	}

	void setLockedThrough(long cycleId, Stage stage) {
		setLockedThrough(cycleId, Optional.of(stage));
	}

	void setLockedThrough(long cycleId, Optional<Stage> stage) {
		this.jdbc.sql("update assessment_cycle set locked_through = ? where id = ?")
			.params(stage.map(Stage::name).orElse(null), cycleId)
			.update();
	}

	private static DossierView dossier(ResultSet row, int rowNum) throws SQLException {
		OffsetDateTime submitted = row.getObject("submitted_at", OffsetDateTime.class);
		return new DossierView(row.getLong("index_set_id"), row.getLong("unit_id"),
				DossierStatus.valueOf(row.getString("status")),
				Optional.ofNullable(submitted).map(OffsetDateTime::toInstant),
				Optional.ofNullable(row.getString("submitted_by")),
				Optional.ofNullable(row.getString("returned_reason")));
	}

	private static LeafRow leafRow(ResultSet row) {
		try {
			return new LeafRow(row.getLong("id"), row.getLong("unit_id"), row.getString("leaf_code"), Map.of(),
					row.getString("self_explanation"), Optional.ofNullable(row.getBigDecimal("round1_points")),
					row.getString("round1_comment"), Optional.ofNullable(row.getString("question")),
					Optional.ofNullable(row.getString("answer")),
					Optional.ofNullable(row.getBigDecimal("final_points")), row.getString("appraisal_comment"),
					row.getInt("version"), row.getString("updated_by"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static EvidenceView evidence(ResultSet row, int rowNum) throws SQLException {
		Date date = row.getDate("document_date");
		return new EvidenceView(row.getLong("id"), row.getLong("unit_id"),
				Optional.ofNullable(row.getString("leaf_code")), EvidencePhase.valueOf(row.getString("phase")),
				Optional.ofNullable(row.getString("file_name")), Optional.ofNullable(row.getString("media_type")),
				row.getLong("file_size"), Optional.ofNullable(row.getString("document_number")),
				Optional.ofNullable(date).map(Date::toLocalDate), Optional.ofNullable(row.getString("document_issuer")),
				Optional.ofNullable(row.getString("document_title")), row.getString("created_by"),
				instant(row, "created_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/** A leaf entry as stored. */
	record LeafRow(long id, long unitId, String leafCode, Map<String, BigDecimal> inputs, String selfExplanation,
			Optional<BigDecimal> round1Points, String round1Comment, Optional<String> question, Optional<String> answer,
			Optional<BigDecimal> finalPoints, String finalComment, int version, String updatedBy) {

		LeafRow withInputs(Map<String, BigDecimal> values) {
			return new LeafRow(this.id, this.unitId, this.leafCode, Map.copyOf(values), this.selfExplanation,
					this.round1Points, this.round1Comment, this.question, this.answer, this.finalPoints,
					this.finalComment, this.version, this.updatedBy);
		}

	}

	/** Evidence with what authorizes and serves it. */
	record StoredEvidence(long indexSetId, Optional<String> sha256, EvidenceView view) {

	}

	/** The council's approval of a cycle. */
	record Approval(Instant at, String by) {

	}

}
