package org.parindex.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.assessment.CorrectedPart;
import org.parindex.engine.LeafStatus;
import org.parindex.engine.ScoreOverride;
import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Publications and what each revision published, unit by unit and node by node; rows are
 * only ever added.
 */
@Repository
class PublicationRepository {

	private static final String RESULT_COLUMNS = "unit_id, unit_name, appraisal, survey, bonus, deduction, total, "
			+ "unit_rank, unit_count, bonus_claimed, deduction_claimed, classification, submitted";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PublicationRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Stores a revision with its results.
	 * @throws org.springframework.dao.DuplicateKeyException when the set has that
	 * revision already
	 */
	long insert(long setId, int revision, OffsetDateTime at, String by, String reason, List<PublishedUnit> units) {
		return insert(setId, revision, at, by, reason, Optional.empty(), units, List.of());
	}

	/**
	 * Stores a revision with its results, what its correction changed and the approved
	 * bonus and deduction items it counted.
	 * @throws org.springframework.dao.DuplicateKeyException when the set has that
	 * revision already
	 */
	long insert(long setId, int revision, OffsetDateTime at, String by, String reason,
			Optional<PublicationView.Correction> correction, List<PublishedUnit> units,
			List<PublishedAdjustment> adjustments) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into reporting_publication (index_set_id, revision, published_at, published_by, reason,
				    corrected_unit_id, corrected_unit_name, corrected_leaf, old_points, new_points, corrected_part)
				values (:set, :revision, :at, :by, :reason, :unitId, :unitName, :leaf, :oldPoints, :newPoints, :part)
				""")
			.param("set", setId)
			.param("revision", revision)
			.param("at", at)
			.param("by", by)
			.param("reason", reason)
			.param("unitId", correction.map(PublicationView.Correction::unitId).orElse(null))
			.param("unitName", correction.map(PublicationView.Correction::unitName).orElse(null))
			.param("leaf", correction.map(PublicationView.Correction::leafCode).orElse(null))
			.param("oldPoints", correction.map(PublicationView.Correction::oldPoints).orElse(null))
			.param("newPoints", correction.map(PublicationView.Correction::newPoints).orElse(null))
			.param("part", correction.map((c) -> c.part().name()).orElse(CorrectedPart.CRITERION.name()))
			.update(key, "id");
		long id = GeneratedKeys.id(key);
		List<Object[]> rows = new ArrayList<>();
		for (PublishedUnit unit : units) {
			PublishedResultView result = unit.result();
			rows.add(new Object[] { id, result.unitId(), result.unitName(), result.appraisal(), result.survey(),
					result.bonus(), result.deduction(), result.total(), result.rank(), result.unitCount(),
					unit.bonusClaimed(), unit.deductionClaimed(), unit.classification().orElse(null),
					result.submitted() });
		}
		this.template.batchUpdate(
				"""
						insert into reporting_publication_result (publication_id, unit_id, unit_name, appraisal, survey, bonus,
						    deduction, total, unit_rank, unit_count, bonus_claimed, deduction_claimed, classification, submitted)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				rows);
		insertNodes(id, units);
		this.template.batchUpdate("""
				insert into reporting_publication_adjustment (publication_id, unit_id, adjustment_id, kind, points,
				    reason, evidence)
				values (?, ?, ?, ?, ?, ?, ?)
				""",
				adjustments.stream()
					.map((item) -> new Object[] { id, item.unitId(), item.adjustmentId(), item.kind().name(),
							item.points(), item.reason(), item.evidence() })
					.toList());
		return id;
	}

	/**
	 * The approved bonus and deduction items of a unit as a revision published them, in
	 * the ledger's order.
	 */
	List<PublishedAdjustment> adjustments(long publicationId, long unitId) {
		return this.jdbc.sql("""
				select adjustment_id, unit_id, kind, points, reason, evidence from reporting_publication_adjustment
				where publication_id = ? and unit_id = ? order by adjustment_id
				""")
			.params(publicationId, unitId)
			.query((row, rowNum) -> new PublishedAdjustment(row.getLong("adjustment_id"), row.getLong("unit_id"),
					org.parindex.assessment.AdjustmentKind.valueOf(row.getString("kind")), row.getBigDecimal("points"),
					row.getString("reason"), row.getString("evidence")))
			.list();
	}

	/**
	 * Adds the node details to a revision stored before they were kept (an older
	 * database): only for units that have none yet.
	 */
	void addDetails(long publicationId, List<PublishedUnit> units) {
		for (PublishedUnit unit : units) {
			this.jdbc.sql("""
					update reporting_publication_result set bonus_claimed = ?, deduction_claimed = ?, classification = ?
					where publication_id = ? and unit_id = ?
					""")
				.params(unit.bonusClaimed(), unit.deductionClaimed(), unit.classification().orElse(null), publicationId,
						unit.result().unitId())
				.update();
		}
		insertNodes(publicationId, units);
	}

	private void insertNodes(long publicationId, List<PublishedUnit> units) {
		List<Object[]> nodes = new ArrayList<>();
		List<Object[]> inputs = new ArrayList<>();
		for (PublishedUnit unit : units) {
			long unitId = unit.result().unitId();
			for (PublishedUnit.Node node : unit.nodes()) {
				nodes.add(new Object[] { publicationId, unitId, node.code(), node.points(), node.status().name(),
						node.override().map(ScoreOverride::points).orElse(null),
						node.override().map(ScoreOverride::reason).orElse(null), node.comment(),
						node.surveyContractors() });
				node.inputs()
					.forEach((name, value) -> inputs
						.add(new Object[] { publicationId, unitId, node.code(), name, value }));
				node.correctedInputs()
					.forEach((name, value) -> inputs.add(new Object[] { publicationId, unitId, node.code(),
							PublishedUnit.Node.CORRECTED + name, value }));
			}
		}
		this.template.batchUpdate("""
				insert into reporting_publication_node (publication_id, unit_id, node_code, points, status,
				    override_points, override_reason, comment, survey_contractors)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", nodes);
		this.template.batchUpdate("""
				insert into reporting_publication_input (publication_id, unit_id, node_code, input_name, input_value)
				values (?, ?, ?, ?, ?)
				""", inputs);
	}

	/**
	 * A set's revisions in order, each correction with the corrected unit's total and
	 * rank before (the previous revision's) and after (its own).
	 */
	List<PublicationView> publications(long setId) {
		List<PublicationView> revisions = stored(setId);
		List<PublicationView> read = new ArrayList<>(revisions.size());
		for (int i = 0; i < revisions.size(); i++) {
			PublicationView revision = revisions.get(i);
			if (revision.correction().isEmpty() || i == 0) {
				read.add(revision);
				continue;
			}
			PublicationView.Correction correction = revision.correction().get();
			read.add(new PublicationView(revision.id(), revision.indexSetId(), revision.revision(),
					revision.publishedAt(), revision.publishedBy(), revision.reason(),
					Optional.of(correction.withStandings(standing(revisions.get(i - 1).id(), correction.unitId()),
							standing(revision.id(), correction.unitId())))));
		}
		return read;
	}

	/** A unit's total and rank as a revision published them. */
	private Optional<PublicationView.Standing> standing(long publicationId, long unitId) {
		return this.jdbc
			.sql("select total, unit_rank, unit_count from reporting_publication_result "
					+ "where publication_id = ? and unit_id = ?")
			.params(publicationId, unitId)
			.query((row, rowNum) -> new PublicationView.Standing(row.getBigDecimal("total"), row.getInt("unit_rank"),
					row.getInt("unit_count")))
			.optional();
	}

	private List<PublicationView> stored(long setId) {
		return this.jdbc.sql("""
				select id, index_set_id, revision, published_at, published_by, reason, corrected_unit_id,
				    corrected_unit_name, corrected_leaf, old_points, new_points, corrected_part
				from reporting_publication where index_set_id = ? order by revision
				""").param(setId).query((row, rowNum) -> {
			String leaf = row.getString("corrected_leaf");
			Optional<PublicationView.Correction> correction = (leaf != null)
					? Optional.of(new PublicationView.Correction(row.getLong("corrected_unit_id"),
							row.getString("corrected_unit_name"), leaf, row.getBigDecimal("old_points"),
							row.getBigDecimal("new_points"), CorrectedPart.valueOf(row.getString("corrected_part"))))
					: Optional.empty();
			return new PublicationView(row.getLong("id"), row.getLong("index_set_id"), row.getInt("revision"),
					row.getObject("published_at", OffsetDateTime.class).toInstant(), row.getString("published_by"),
					row.getString("reason"), correction);
		}).list();
	}

	Optional<PublicationView> publication(long setId, int revision) {
		return publications(setId).stream().filter((p) -> p.revision() == revision).findFirst();
	}

	/** The latest revision of a set's publication. */
	Optional<PublicationView> latest(long setId) {
		List<PublicationView> all = publications(setId);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	List<PublishedResultView> results(long publicationId) {
		return units(publicationId).stream().map(PublishedUnit::result).toList();
	}

	/** Each unit's totals as the revision published them, in rank order (no nodes). */
	List<PublishedUnit> units(long publicationId) {
		return this.jdbc
			.sql("select " + RESULT_COLUMNS + " from reporting_publication_result "
					+ "where publication_id = ? order by unit_rank, unit_name")
			.param(publicationId)
			.query(PublicationRepository::unit)
			.list()
			.stream()
			// equal ranks in Vietnamese alphabetical order, whatever the database's
			// collation (walk of issue 12: "Đak Pơ" after "Phú Thiện")
			.sorted(java.util.Comparator.comparingInt((PublishedUnit unit) -> unit.result().rank())
				.thenComparing((unit) -> unit.result().unitName(), org.parindex.platform.Text.VIETNAMESE_ORDER))
			.toList();
	}

	/** Whether the revision keeps node details (revisions stored before them do not). */
	boolean hasNodes(long publicationId) {
		return this.jdbc.sql("select count(*) from reporting_publication_node where publication_id = ?")
			.param(publicationId)
			.query(Long.class)
			.single() > 0;
	}

	/** A unit's nodes as the revision published them. */
	List<PublishedUnit.Node> nodes(long publicationId, long unitId) {
		Map<String, Map<String, BigDecimal>> inputs = new LinkedHashMap<>();
		Map<String, Map<String, BigDecimal>> corrected = new LinkedHashMap<>();
		this.jdbc.sql("""
				select node_code, input_name, input_value from reporting_publication_input
				where publication_id = ? and unit_id = ? order by node_code, input_name
				""").params(publicationId, unitId).query((row) -> {
			String name = row.getString("input_name");
			boolean correctedFigure = name.startsWith(PublishedUnit.Node.CORRECTED);
			(correctedFigure ? corrected : inputs)
				.computeIfAbsent(row.getString("node_code"), (code) -> new LinkedHashMap<>())
				.put(correctedFigure ? name.substring(PublishedUnit.Node.CORRECTED.length()) : name,
						row.getBigDecimal("input_value"));
		});
		return this.jdbc.sql("""
				select node_code, points, status, override_points, override_reason, comment, survey_contractors
				from reporting_publication_node where publication_id = ? and unit_id = ?
				""").params(publicationId, unitId).query((row, rowNum) -> {
			BigDecimal overridePoints = row.getBigDecimal("override_points");
			Optional<ScoreOverride> override = (overridePoints != null)
					? Optional.of(new ScoreOverride(overridePoints, row.getString("override_reason")))
					: Optional.empty();
			String code = row.getString("node_code");
			return new PublishedUnit.Node(code, row.getBigDecimal("points"),
					LeafStatus.valueOf(row.getString("status")), override, row.getString("comment"),
					inputs.getOrDefault(code, Map.of()), row.getString("survey_contractors"),
					corrected.getOrDefault(code, Map.of()));
		}).list();
	}

	private static PublishedUnit unit(ResultSet row, int rowNum) throws SQLException {
		PublishedResultView result = new PublishedResultView(row.getLong("unit_id"), row.getString("unit_name"),
				row.getBigDecimal("appraisal"), row.getBigDecimal("survey"), row.getBigDecimal("bonus"),
				row.getBigDecimal("deduction"), row.getBigDecimal("total"), row.getInt("unit_rank"),
				row.getInt("unit_count"), row.getBoolean("submitted"));
		BigDecimal bonusClaimed = row.getBigDecimal("bonus_claimed");
		BigDecimal deductionClaimed = row.getBigDecimal("deduction_claimed");
		return new PublishedUnit(result, (bonusClaimed != null) ? bonusClaimed : result.bonus(),
				(deductionClaimed != null) ? deductionClaimed : result.deduction(),
				Optional.ofNullable(row.getString("classification")), List.of());
	}

}
