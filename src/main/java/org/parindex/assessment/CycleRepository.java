package org.parindex.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parindex.assessment.cycle.AdjustmentEntry;
import org.parindex.assessment.cycle.Cycle;
import org.parindex.assessment.cycle.Schedule;
import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@link Cycle} aggregate's tables, and their only writer: {@code assessment_cycle},
 * {@code assessment_cycle_unit} and the bonus and deduction ledger
 * {@code assessment_adjustment}.
 */
@Repository
class CycleRepository {

	private static final String COLUMNS = "id, index_set_id, self_assessment_until, appraisal_until, "
			+ "explanation_until, council_until, publication_on, approved_at, approved_by, published_at, locked_through";

	private static final String ADJUSTMENT_COLUMNS = "id, unit_id, kind, points, reason, evidence, status, proposed_by, "
			+ "created_at, decided_by, decided_at, decision_reason";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	CycleRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Stores a new cycle with its participants.
	 * @throws org.springframework.dao.DuplicateKeyException when the set has a cycle
	 * already
	 */
	long insert(long setId, Schedule schedule, Set<Long> unitIds, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_cycle (index_set_id, self_assessment_until, appraisal_until, explanation_until,
				    council_until, publication_on, created_at)
				values (:set, :self, :appraisal, :explanation, :council, :publication, :now)
				""")
			.param("set", setId)
			.param("self", schedule.selfAssessmentUntil().toOffsetDateTime())
			.param("appraisal", schedule.appraisalUntil().toOffsetDateTime())
			.param("explanation", schedule.explanationUntil().toOffsetDateTime())
			.param("council", schedule.councilUntil().toOffsetDateTime())
			.param("publication", schedule.publicationOn().toOffsetDateTime())
			.param("now", now)
			.update(key, "id");
		long id = GeneratedKeys.id(key);
		replaceUnits(id, unitIds);
		return id;
	}

	/** The index set of a cycle. */
	Optional<Long> indexSetOf(long cycleId) {
		return this.jdbc.sql("select index_set_id from assessment_cycle where id = ?")
			.param(cycleId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The cycle aggregate with its ledger.
	 * @param year its index set's year
	 * @param lock whether to lock its row until the transaction ends: every change of the
	 * year takes it first, so that approval waits for changes under way and nothing
	 * changes after it
	 */
	Optional<Cycle> load(long cycleId, int year, boolean lock) {
		Optional<Row> row = this.jdbc
			.sql("select " + COLUMNS + " from assessment_cycle where id = ?" + (lock ? " for update" : ""))
			.param(cycleId)
			.query(CycleRepository::row)
			.optional();
		return row.map((r) -> new Cycle(r.id(), r.indexSetId(), year, r.schedule(), units(r.id()), r.approval(),
				r.publishedAt(), r.lockedThrough(), adjustments(r.indexSetId())));
	}

	/** Saves what the aggregate changed. */
	void save(Cycle cycle) {
		if (cycle.scheduleChanged()) {
			Schedule schedule = cycle.schedule();
			this.jdbc.sql("""
					update assessment_cycle set self_assessment_until = ?, appraisal_until = ?, explanation_until = ?,
					    council_until = ?, publication_on = ?
					where id = ?
					""")
				.params(schedule.selfAssessmentUntil().toOffsetDateTime(), schedule.appraisalUntil().toOffsetDateTime(),
						schedule.explanationUntil().toOffsetDateTime(), schedule.councilUntil().toOffsetDateTime(),
						schedule.publicationOn().toOffsetDateTime(), cycle.id())
				.update();
			replaceUnits(cycle.id(), cycle.unitIds());
		}
		this.jdbc.sql("""
				update assessment_cycle set approved_at = ?, approved_by = ?, published_at = ?, locked_through = ?
				where id = ?
				""")
			.params(cycle.approval().map((a) -> OffsetDateTime.ofInstant(a.at(), Cycle.ZONE)).orElse(null),
					cycle.approval().map(Cycle.Approval::by).orElse(null),
					cycle.publishedAt().map((at) -> OffsetDateTime.ofInstant(at, Cycle.ZONE)).orElse(null),
					cycle.lockedThrough().map(Stage::name).orElse(null), cycle.id())
			.update();
		List<AdjustmentEntry> entries = cycle.adjustments();
		for (int i = 0; i < entries.size(); i++) {
			AdjustmentEntry entry = entries.get(i);
			if (entry.id() == 0) {
				cycle.adjustmentStored(i, insert(cycle.indexSetId(), entry));
			}
			else if (entry.status() == AdjustmentStatus.SUPERSEDED) {
				this.jdbc.sql("update assessment_adjustment set status = ? where id = ? and status = 'APPROVED'")
					.params(entry.status().name(), entry.id())
					.update();
			}
			else if (entry.status() != AdjustmentStatus.PROPOSED) {
				this.jdbc.sql("""
						update assessment_adjustment set status = ?, decided_by = ?, decided_at = ?,
						    decision_reason = ?
						where id = ? and status = 'PROPOSED'
						""")
					.params(entry.status().name(), entry.decidedBy().orElse(null), entry.decidedAt().orElse(null),
							entry.decisionReason(), entry.id())
					.update();
			}
		}
	}

	private long insert(long setId, AdjustmentEntry entry) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_adjustment (index_set_id, unit_id, kind, points, reason, created_at, status,
				    evidence, proposed_by, decided_by, decided_at, decision_reason)
				values (:set, :unit, :kind, :points, :reason, :at, :status, :evidence, :by, :decidedBy, :decidedAt,
				    :decisionReason)
				""")
			.param("set", setId)
			.param("unit", entry.unitId())
			.param("kind", entry.kind().name())
			.param("points", entry.points())
			.param("reason", entry.reason())
			.param("at", entry.proposedAt())
			.param("status", entry.status().name())
			.param("evidence", entry.evidence())
			.param("by", entry.proposedBy())
			.param("decidedBy", entry.decidedBy().orElse(null))
			.param("decidedAt", entry.decidedAt().orElse(null))
			.param("decisionReason", entry.decisionReason())
			.update(key, "id");
		return GeneratedKeys.id(key);
	}

	private void replaceUnits(long cycleId, Set<Long> unitIds) {
		this.jdbc.sql("delete from assessment_cycle_unit where cycle_id = ?").param(cycleId).update();
		List<Object[]> rows = new ArrayList<>();
		unitIds.forEach((unit) -> rows.add(new Object[] { cycleId, unit }));
		this.template.batchUpdate("insert into assessment_cycle_unit (cycle_id, unit_id) values (?, ?)", rows);
	}

	// Reading

	Optional<CycleView> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from assessment_cycle where id = ?")
			.param(id)
			.query(CycleRepository::row)
			.optional()
			.map(this::view);
	}

	Optional<CycleView> findForSet(long setId) {
		return this.jdbc.sql("select " + COLUMNS + " from assessment_cycle where index_set_id = ?")
			.param(setId)
			.query(CycleRepository::row)
			.optional()
			.map(this::view);
	}

	/** The id of the set's cycle. */
	Optional<Long> idForSet(long setId) {
		return this.jdbc.sql("select id from assessment_cycle where index_set_id = ?")
			.param(setId)
			.query(Long.class)
			.optional();
	}

	List<CycleView> all() {
		return this.jdbc.sql("select " + COLUMNS + " from assessment_cycle order by self_assessment_until desc")
			.query(CycleRepository::row)
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	/** The council's approval, if given. */
	Optional<Cycle.Approval> approval(long cycleId) {
		return this.jdbc
			.sql("select approved_at, approved_by from assessment_cycle where id = ? and approved_at is not null")
			.param(cycleId)
			.query((row, rowNum) -> new Cycle.Approval(instant(row, "approved_at"), row.getString("approved_by")))
			.optional();
	}

	/** Every entry of the set's ledger, with its decision, by unit. */
	List<AdjustmentEntry> adjustments(long setId) {
		return this.jdbc
			.sql("select " + ADJUSTMENT_COLUMNS + " from assessment_adjustment where index_set_id = ? "
					+ "order by unit_id, id")
			.param(setId)
			.query((row, rowNum) -> new AdjustmentEntry(row.getLong("id"), row.getLong("unit_id"),
					AdjustmentKind.valueOf(row.getString("kind")), row.getBigDecimal("points"), row.getString("reason"),
					row.getString("evidence"), AdjustmentStatus.valueOf(row.getString("status")),
					row.getString("proposed_by"), row.getObject("created_at", OffsetDateTime.class),
					Optional.ofNullable(row.getString("decided_by")),
					Optional.ofNullable(row.getObject("decided_at", OffsetDateTime.class)),
					Optional.ofNullable(row.getString("decision_reason")).orElse("")))
			.list();
	}

	/** How many bonus and deduction entries each unit has under a set. */
	/**
	 * Per unit, the points of its approved bonus and deduction entries (index 0 and 1)
	 * and the number of its proposals awaiting the council (index 2).
	 */
	Map<Long, java.math.BigDecimal[]> adjustmentsPerUnit(long setId) {
		Map<Long, java.math.BigDecimal[]> sums = new HashMap<>();
		this.jdbc.sql("""
				select unit_id, kind, status, sum(points) as points, count(*) as n from assessment_adjustment
				where index_set_id = ? and status in ('APPROVED', 'PROPOSED') group by unit_id, kind, status
				""").param(setId).query((row) -> {
			java.math.BigDecimal[] sum = sums.computeIfAbsent(row.getLong("unit_id"),
					(unit) -> new java.math.BigDecimal[] { java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO,
							java.math.BigDecimal.ZERO });
			if ("PROPOSED".equals(row.getString("status"))) {
				sum[2] = sum[2].add(java.math.BigDecimal.valueOf(row.getLong("n")));
			}
			else {
				int at = "BONUS".equals(row.getString("kind")) ? 0 : 1;
				sum[at] = sum[at].add(row.getBigDecimal("points"));
			}
		});
		return sums;
	}

	private Set<Long> units(long cycleId) {
		return new HashSet<>(this.jdbc.sql("select unit_id from assessment_cycle_unit where cycle_id = ?")
			.param(cycleId)
			.query(Long.class)
			.list());
	}

	private CycleView view(Row row) {
		Schedule schedule = row.schedule();
		return new CycleView(row.id(), row.indexSetId(), schedule.selfAssessmentUntil(), schedule.appraisalUntil(),
				schedule.explanationUntil(), schedule.councilUntil(), schedule.publicationOn(), units(row.id()));
	}

	private static Row row(ResultSet row, int rowNum) throws SQLException {
		Schedule schedule = new Schedule(zoned(row, "self_assessment_until"), zoned(row, "appraisal_until"),
				zoned(row, "explanation_until"), zoned(row, "council_until"), zoned(row, "publication_on"));
		OffsetDateTime approvedAt = row.getObject("approved_at", OffsetDateTime.class);
		OffsetDateTime publishedAt = row.getObject("published_at", OffsetDateTime.class);
		String approvedBy = row.getString("approved_by");
		Optional<Cycle.Approval> approval = Optional.ofNullable(approvedAt)
			.map((at) -> new Cycle.Approval(at.toInstant(), approvedBy));
		return new Row(row.getLong("id"), row.getLong("index_set_id"), schedule, approval,
				Optional.ofNullable(publishedAt).map(OffsetDateTime::toInstant),
				Optional.ofNullable(row.getString("locked_through")).map(Stage::valueOf));
	}

	private static ZonedDateTime zoned(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).atZoneSameInstant(Cycle.ZONE);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	private record Row(long id, long indexSetId, Schedule schedule, Optional<Cycle.Approval> approval,
			Optional<Instant> publishedAt, Optional<Stage> lockedThrough) {

	}

}
