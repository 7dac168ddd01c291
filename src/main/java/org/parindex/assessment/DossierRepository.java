package org.parindex.assessment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.assessment.cycle.Cycle;
import org.parindex.assessment.dossier.Dossier;
import org.parindex.assessment.dossier.EvidenceRecord;
import org.parindex.assessment.dossier.HistoryEntry;
import org.parindex.assessment.dossier.LeafEntry;
import org.parindex.engine.ScoreOverride;
import org.parindex.platform.GeneratedKeys;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@link Dossier} aggregate's tables, and their only writer:
 * {@code assessment_dossier}, the leaf entries with their inputs
 * ({@code assessment_leaf_entry}, {@code assessment_leaf_input}), evidence
 * ({@code assessment_evidence}) and each leaf's history ({@code assessment_leaf_event}).
 * A changed leaf is written only if it is still at the version it was loaded with.
 */
@Repository
class DossierRepository {

	private static final String DOSSIER_COLUMNS = "index_set_id, unit_id, status, submitted_at, submitted_by, "
			+ "returned_reason, returned_at";

	private static final String LEAF_COLUMNS = "e.id, e.unit_id, e.leaf_code, e.self_explanation, e.round1_points, "
			+ "e.round1_comment, e.question, e.answer, e.final_points, e.appraisal_comment, e.override_points, "
			+ "e.override_reason, e.version, e.updated_by, e.updated_at, e.public_reason, e.reviewed_reason, "
			+ "e.reviewed_by, e.reviewed_at";

	private static final String EVIDENCE_COLUMNS = "id, index_set_id, unit_id, leaf_code, phase, file_sha256, "
			+ "file_name, media_type, file_size, document_number, document_date, document_issuer, document_title, "
			+ "created_by, created_at, citation";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	DossierRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Creates the missing dossiers (drafts) of participating units. */
	void ensureDossiers(long setId, Collection<Long> unitIds) {
		List<Object[]> rows = new ArrayList<>();
		unitIds.forEach((unit) -> rows.add(new Object[] { setId, unit }));
		this.template
			.batchUpdate("insert into assessment_dossier (index_set_id, unit_id, status) values (?, ?, 'DRAFT') "
					+ "on conflict do nothing", rows);
	}

	/**
	 * A unit's dossier with its leaves and evidence, its row locked until the transaction
	 * ends, so that two steps on one dossier never interleave.
	 */
	Dossier lock(long setId, long unitId) {
		ensureDossiers(setId, List.of(unitId));
		DossierView view = this.jdbc
			.sql("select " + DOSSIER_COLUMNS + " from assessment_dossier where index_set_id = ? and unit_id = ? "
					+ "for update")
			.params(setId, unitId)
			.query(DossierRepository::dossier)
			.single();
		return new Dossier(view, leaves(setId, unitId), evidence(setId, unitId));
	}

	/** A unit's dossier to read (a draft when nobody has touched it). */
	Dossier find(long setId, long unitId) {
		DossierView view = dossier(setId, unitId).orElse(DossierView.draft(setId, unitId));
		return new Dossier(view, leaves(setId, unitId), evidence(setId, unitId));
	}

	/**
	 * Saves what the aggregate changed: its status, the changed leaves (each only if
	 * still at the version it was loaded with), evidence added and removed, and the
	 * history.
	 * @throws ConcurrentEditException when a leaf changed meanwhile or was entered by
	 * someone else first
	 */
	void save(Dossier dossier) {
		if (dossier.statusChanged()) {
			this.jdbc.sql("""
					update assessment_dossier set status = ?, submitted_at = ?, submitted_by = ?, returned_reason = ?,
					    returned_at = ?, version = version + 1
					where index_set_id = ? and unit_id = ?
					""")
				.params(dossier.status().name(),
						dossier.submittedAt().map((at) -> OffsetDateTime.ofInstant(at, Cycle.ZONE)).orElse(null),
						dossier.submittedBy().orElse(null), dossier.returnedReason().orElse(null),
						dossier.returnedAt().map((at) -> OffsetDateTime.ofInstant(at, Cycle.ZONE)).orElse(null),
						dossier.indexSetId(), dossier.unitId())
				.update();
		}
		for (LeafEntry leaf : dossier.leaves()) {
			if (leaf.changed()) {
				long id = leaf.isNew() ? insert(dossier, leaf) : update(dossier, leaf);
				if (leaf.inputsChanged() || leaf.isNew()) {
					replaceInputs(id, leaf.inputs());
				}
			}
		}
		for (long id : dossier.removedEvidence()) {
			this.jdbc.sql("delete from assessment_evidence where id = ?").param(id).update();
		}
		for (EvidenceRecord record : dossier.addedEvidence()) {
			insertEvidence(dossier, record);
		}
		List<Object[]> steps = new ArrayList<>();
		for (HistoryEntry step : dossier.history()) {
			steps.add(new Object[] { dossier.indexSetId(), dossier.unitId(), step.leafCode(), step.phase(),
					step.action(), truncate(step.detail(), 4000), step.actor(),
					OffsetDateTime.ofInstant(step.occurredAt(), Cycle.ZONE) });
		}
		this.template.batchUpdate("""
				insert into assessment_leaf_event (index_set_id, unit_id, leaf_code, phase, action, detail, actor,
				    occurred_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", steps);
	}

	private long insert(Dossier dossier, LeafEntry leaf) {
		KeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc
				.sql("""
						insert into assessment_leaf_entry (index_set_id, unit_id, leaf_code, self_explanation, round1_points,
						    round1_comment, question, answer, final_points, appraisal_comment, override_points,
						    override_reason, public_reason, reviewed_reason, reviewed_by, reviewed_at, version,
						    updated_at, updated_by)
						values (:set, :unit, :leaf, :self, :round1, :round1Comment, :question, :answer, :final, :comment,
						    :overridePoints, :overrideReason, :reason, :reviewed, :reviewedBy, :reviewedAt, :version,
						    :at, :by)
						""")
				.param("set", dossier.indexSetId())
				.param("unit", dossier.unitId())
				.param("leaf", leaf.leafCode())
				.param("self", leaf.selfExplanation())
				.param("round1", leaf.round1Points().orElse(null))
				.param("round1Comment", leaf.round1Comment())
				.param("question", leaf.question().orElse(null))
				.param("answer", leaf.answer().orElse(null))
				.param("final", leaf.finalPoints().orElse(null))
				.param("comment", leaf.appraisalComment())
				.param("overridePoints", leaf.override().map(ScoreOverride::points).orElse(null))
				.param("overrideReason", leaf.override().map(ScoreOverride::reason).orElse(null))
				.param("reason", leaf.publicReason())
				.param("reviewed", leaf.review().map(LeafEntry.Review::text).orElse(null))
				.param("reviewedBy", leaf.review().map(LeafEntry.Review::by).orElse(null))
				.param("reviewedAt",
						leaf.review().map((r) -> OffsetDateTime.ofInstant(r.at(), Cycle.ZONE)).orElse(null))
				.param("version", leaf.version())
				.param("at", OffsetDateTime.ofInstant(leaf.updatedAt(), Cycle.ZONE))
				.param("by", leaf.updatedBy())
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			// the transaction may be unusable now (PostgreSQL): no further query
			throw new ConcurrentEditException(leaf.leafCode());
		}
		return GeneratedKeys.id(key);
	}

	private long update(Dossier dossier, LeafEntry leaf) {
		int updated = this.jdbc.sql("""
				update assessment_leaf_entry set self_explanation = ?, round1_points = ?, round1_comment = ?,
				    question = ?, answer = ?, final_points = ?, appraisal_comment = ?, override_points = ?,
				    override_reason = ?, public_reason = ?, reviewed_reason = ?, reviewed_by = ?, reviewed_at = ?,
				    version = ?, updated_at = ?, updated_by = ?
				where id = ? and version = ?
				""")
			.params(leaf.selfExplanation(), leaf.round1Points().orElse(null), leaf.round1Comment(),
					leaf.question().orElse(null), leaf.answer().orElse(null), leaf.finalPoints().orElse(null),
					leaf.appraisalComment(), leaf.override().map(ScoreOverride::points).orElse(null),
					leaf.override().map(ScoreOverride::reason).orElse(null), leaf.publicReason(),
					leaf.review().map(LeafEntry.Review::text).orElse(null),
					leaf.review().map(LeafEntry.Review::by).orElse(null),
					leaf.review().map((r) -> OffsetDateTime.ofInstant(r.at(), Cycle.ZONE)).orElse(null), leaf.version(),
					OffsetDateTime.ofInstant(leaf.updatedAt(), Cycle.ZONE), leaf.updatedBy(), leaf.id(),
					leaf.storedVersion())
			.update();
		if (updated != 1) {
			String by = this.jdbc.sql("select updated_by from assessment_leaf_entry where id = ?")
				.param(leaf.id())
				.query(String.class)
				.optional()
				.orElse("");
			throw new ConcurrentEditException(leaf.leafCode(), by);
		}
		return leaf.id();
	}

	private void replaceInputs(long entryId, Map<String, BigDecimal> inputs) {
		this.jdbc.sql("delete from assessment_leaf_input where entry_id = ?").param(entryId).update();
		List<Object[]> rows = new ArrayList<>();
		inputs.forEach((name, value) -> rows.add(new Object[] { entryId, name, value }));
		this.template.batchUpdate(
				"insert into assessment_leaf_input (entry_id, input_name, input_value) values (?, ?, ?)", rows);
	}

	private void insertEvidence(Dossier dossier, EvidenceRecord record) {
		EvidenceView view = record.view();
		this.jdbc.sql("""
				insert into assessment_evidence (index_set_id, unit_id, leaf_code, phase, file_sha256, file_name,
				    media_type, file_size, document_number, document_date, document_issuer, document_title,
				    created_by, created_at, citation)
				values (:set, :unit, :leaf, :phase, :sha, :name, :type, :size, :number, :date, :issuer, :title, :by,
				    :at, :citation)
				""")
			.param("set", dossier.indexSetId())
			.param("unit", dossier.unitId())
			.param("leaf", view.leafCode().orElse(null))
			.param("phase", view.phase().name())
			.param("sha", record.sha256().orElse(null))
			.param("name", view.fileName().orElse(null))
			.param("type", view.mediaType().orElse(null))
			.param("size", view.isFile() ? view.fileSize() : null)
			.param("number", view.documentNumber().orElse(null))
			.param("date", view.documentDate().map(Date::valueOf).orElse(null))
			.param("issuer", view.documentIssuer().orElse(null))
			.param("title", view.documentTitle().orElse(null))
			.param("by", view.createdBy())
			.param("at", OffsetDateTime.ofInstant(view.createdAt(), Cycle.ZONE))
			.param("citation", view.citation().orElse(null))
			.update();
	}

	// Reading

	/** A unit's dossier row, if it has one. */
	Optional<DossierView> dossier(long setId, long unitId) {
		return this.jdbc
			.sql("select " + DOSSIER_COLUMNS + " from assessment_dossier where index_set_id = ? and unit_id = ?")
			.params(setId, unitId)
			.query(DossierRepository::dossier)
			.optional();
	}

	List<DossierView> dossiers(long setId) {
		return this.jdbc.sql("select " + DOSSIER_COLUMNS + " from assessment_dossier where index_set_id = ?")
			.param(setId)
			.query(DossierRepository::dossier)
			.list();
	}

	/** A unit's leaf entries with their inputs. */
	List<LeafEntry> leaves(long setId, long unitId) {
		return new ArrayList<>(
				leaves("e.index_set_id = ? and e.unit_id = ?", setId, unitId).getOrDefault(unitId, List.of()));
	}

	/** Every unit's leaf entries under a set, by unit. */
	Map<Long, List<LeafEntry>> leaves(long setId) {
		return leaves("e.index_set_id = ?", setId);
	}

	private Map<Long, List<LeafEntry>> leaves(String where, Object... params) {
		Map<Long, Long> unitOf = new LinkedHashMap<>();
		Map<Long, Object[]> rows = new LinkedHashMap<>();
		Map<Long, Map<String, BigDecimal>> inputs = new LinkedHashMap<>();
		this.jdbc.sql("select " + LEAF_COLUMNS + ", i.input_name, i.input_value from assessment_leaf_entry e "
				+ "left join assessment_leaf_input i on i.entry_id = e.id where " + where + " order by e.unit_id, e.id")
			.params(params)
			.query((row) -> {
				long id = row.getLong("id");
				if (!rows.containsKey(id)) {
					unitOf.put(id, row.getLong("unit_id"));
					rows.put(id, columns(row));
					inputs.put(id, new LinkedHashMap<>());
				}
				String name = row.getString("input_name");
				if (name != null) {
					inputs.get(id).put(name, row.getBigDecimal("input_value"));
				}
			});
		Map<Long, List<LeafEntry>> result = new LinkedHashMap<>();
		rows.forEach((id, columns) -> result.computeIfAbsent(unitOf.get(id), (unit) -> new ArrayList<>())
			.add(leaf(id, columns, inputs.get(id))));
		return result;
	}

	/** How many appraisal leaves each unit has entered inputs for under a set. */
	Map<Long, Integer> entriesPerUnit(long setId) {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select e.unit_id, count(*) as n from assessment_leaf_entry e
				where e.index_set_id = ? and exists (select 1 from assessment_leaf_input i where i.entry_id = e.id)
				group by e.unit_id
				""").param(setId).query((row) -> {
			counts.put(row.getLong("unit_id"), row.getInt("n"));
		});
		return counts;
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

	/** A piece of evidence with the index set it belongs to. */
	Optional<StoredEvidence> findEvidence(long id) {
		return this.jdbc.sql("select " + EVIDENCE_COLUMNS + " from assessment_evidence where id = ?")
			.param(id)
			.query((row, rowNum) -> new StoredEvidence(row.getLong("index_set_id"), evidence(row, rowNum)))
			.optional();
	}

	/**
	 * Per leaf of the set, how many units' dossiers hold an entry for it (the index-set
	 * editor asks before deleting or recoding a leaf).
	 */
	Map<String, Integer> unitsPerLeaf(long indexSetId) {
		Map<String, Integer> leaves = new LinkedHashMap<>();
		this.jdbc.sql("""
				select leaf_code, count(distinct unit_id) as units from assessment_leaf_entry
				where index_set_id = ? group by leaf_code order by leaf_code
				""").param(indexSetId).query((rs) -> {
			leaves.put(rs.getString("leaf_code"), rs.getInt("units"));
		});
		return leaves;
	}

	/** Whether any evidence row names the stored file (the file store's sweeper asks). */
	boolean referencesFile(String sha256) {
		return this.jdbc.sql("select count(*) from assessment_evidence where file_sha256 = ?")
			.param(sha256)
			.query(Long.class)
			.single() > 0;
	}

	private List<EvidenceRecord> evidence(long setId, long unitId) {
		return this.jdbc
			.sql("select " + EVIDENCE_COLUMNS + " from assessment_evidence where index_set_id = ? and unit_id = ? "
					+ "order by id")
			.params(setId, unitId)
			.query(DossierRepository::evidence)
			.list();
	}

	private static DossierView dossier(ResultSet row, int rowNum) throws SQLException {
		OffsetDateTime submitted = row.getObject("submitted_at", OffsetDateTime.class);
		return new DossierView(row.getLong("index_set_id"), row.getLong("unit_id"),
				DossierStatus.valueOf(row.getString("status")),
				Optional.ofNullable(submitted).map(OffsetDateTime::toInstant),
				Optional.ofNullable(row.getString("submitted_by")),
				Optional.ofNullable(row.getString("returned_reason")),
				Optional.ofNullable(row.getObject("returned_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
	}

	private static Object[] columns(ResultSet row) throws SQLException {
		return new Object[] { row.getString("leaf_code"), row.getString("self_explanation"),
				row.getBigDecimal("round1_points"), row.getString("round1_comment"), row.getString("question"),
				row.getString("answer"), row.getBigDecimal("final_points"), row.getString("appraisal_comment"),
				row.getBigDecimal("override_points"), row.getString("override_reason"), row.getInt("version"),
				row.getString("updated_by"), row.getObject("updated_at", OffsetDateTime.class).toInstant(),
				row.getString("public_reason"), row.getString("reviewed_reason"), row.getString("reviewed_by"),
				row.getObject("reviewed_at", OffsetDateTime.class) };
	}

	private static LeafEntry leaf(long id, Object[] c, Map<String, BigDecimal> inputs) {
		BigDecimal overridePoints = (BigDecimal) c[8];
		Optional<ScoreOverride> override = (overridePoints != null)
				? Optional.of(new ScoreOverride(overridePoints, (String) c[9])) : Optional.empty();
		Optional<LeafEntry.Review> review = Optional.ofNullable((String) c[14])
			.map((text) -> new LeafEntry.Review(text, (String) c[15], ((OffsetDateTime) c[16]).toInstant()));
		return new LeafEntry(id, (String) c[0], (Integer) c[10], inputs, (String) c[1],
				Optional.ofNullable((BigDecimal) c[2]), (String) c[3], Optional.ofNullable((String) c[4]),
				Optional.ofNullable((String) c[5]), Optional.ofNullable((BigDecimal) c[6]), (String) c[7], override,
				(String) c[13], review, (String) c[11], (Instant) c[12]);
	}

	private static EvidenceRecord evidence(ResultSet row, int rowNum) throws SQLException {
		Date date = row.getDate("document_date");
		EvidenceView view = new EvidenceView(row.getLong("id"), row.getLong("unit_id"),
				Optional.ofNullable(row.getString("leaf_code")), EvidencePhase.valueOf(row.getString("phase")),
				Optional.ofNullable(row.getString("file_name")), Optional.ofNullable(row.getString("media_type")),
				row.getLong("file_size"), Optional.ofNullable(row.getString("document_number")),
				Optional.ofNullable(date).map(Date::toLocalDate), Optional.ofNullable(row.getString("document_issuer")),
				Optional.ofNullable(row.getString("document_title")), row.getString("created_by"),
				instant(row, "created_at"), Optional.ofNullable(row.getString("citation")));
		return new EvidenceRecord(view.id(), Optional.ofNullable(row.getString("file_sha256")), view);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/** Evidence with the index set it belongs to. */
	record StoredEvidence(long indexSetId, EvidenceRecord record) {

	}

}
