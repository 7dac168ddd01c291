package org.parindex.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.ScoreOverride;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AssessmentRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Inserts new entries and replaces existing ones (raising their version). */
	void upsert(long setId, long unitId, List<RecordLeafEntries.Entry> entries, OffsetDateTime now) {
		Map<String, Long> existing = new HashMap<>();
		this.jdbc.sql("select id, leaf_code from assessment_leaf_entry where index_set_id = ? and unit_id = ?")
			.params(setId, unitId)
			.query((row) -> {
				existing.put(row.getString("leaf_code"), row.getLong("id"));
			});
		List<Object[]> inputs = new ArrayList<>();
		for (RecordLeafEntries.Entry entry : entries) {
			Long id = existing.get(entry.leafCode());
			BigDecimal overridePoints = entry.override().map(ScoreOverride::points).orElse(null);
			String overrideReason = entry.override().map(ScoreOverride::reason).orElse(null);
			if (id == null) {
				KeyHolder key = new GeneratedKeyHolder();
				this.jdbc.sql("""
						insert into assessment_leaf_entry (index_set_id, unit_id, leaf_code, override_points,
						    override_reason, appraisal_comment, version, updated_at)
						values (:set, :unit, :leaf, :points, :reason, :comment, 0, :now)
						""")
					.param("set", setId)
					.param("unit", unitId)
					.param("leaf", entry.leafCode())
					.param("points", overridePoints)
					.param("reason", overrideReason)
					.param("comment", entry.appraisalComment())
					.param("now", now)
					.update(key, "id");
				id = GeneratedKeys.id(key);
			}
			else {
				this.jdbc.sql("""
						update assessment_leaf_entry set override_points = ?, override_reason = ?,
						    appraisal_comment = ?, version = version + 1, updated_at = ?
						where id = ?
						""").params(overridePoints, overrideReason, entry.appraisalComment(), now, id).update();
				this.jdbc.sql("delete from assessment_leaf_input where entry_id = ?").param(id).update();
			}
			for (Map.Entry<String, BigDecimal> input : entry.inputs().entrySet()) {
				inputs.add(new Object[] { id, input.getKey(), input.getValue() });
			}
		}
		this.template.batchUpdate(
				"insert into assessment_leaf_input (entry_id, input_name, input_value) values (?, ?, ?)", inputs);
	}

	List<LeafEntryView> entries(long setId) {
		return entries("e.index_set_id = ?", setId);
	}

	List<LeafEntryView> entries(long setId, long unitId) {
		return entries("e.index_set_id = ? and e.unit_id = ?", setId, unitId);
	}

	private List<LeafEntryView> entries(String where, Object... params) {
		Map<Long, EntryRow> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				select e.id, e.unit_id, e.leaf_code, e.override_points, e.override_reason, e.appraisal_comment,
				       e.version, i.input_name, i.input_value
				from assessment_leaf_entry e left join assessment_leaf_input i on i.entry_id = e.id
				where %s
				order by e.unit_id, e.id
				""".formatted(where)).params(params).query((row) -> {
			EntryRow entry = rows.computeIfAbsent(row.getLong("id"), (id) -> entryRow(row));
			String name = row.getString("input_name");
			if (name != null) {
				entry.inputs.put(name, row.getBigDecimal("input_value"));
			}
		});
		return rows.values().stream().map(EntryRow::view).toList();
	}

	AdjustmentView insertAdjustment(long setId, long unitId, AdjustmentKind kind, BigDecimal points, String reason,
			OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_adjustment (index_set_id, unit_id, kind, points, reason, created_at)
				values (:set, :unit, :kind, :points, :reason, :now)
				""")
			.param("set", setId)
			.param("unit", unitId)
			.param("kind", kind.name())
			.param("points", points)
			.param("reason", reason)
			.param("now", now)
			.update(key, "id");
		return new AdjustmentView(GeneratedKeys.id(key), unitId, kind, points, reason);
	}

	List<AdjustmentView> adjustments(long setId) {
		return this.jdbc.sql("""
				select id, unit_id, kind, points, reason from assessment_adjustment
				where index_set_id = ? and status = 'APPROVED' order by unit_id, id
				""")
			.param(setId)
			.query((row, rowNum) -> new AdjustmentView(row.getLong("id"), row.getLong("unit_id"),
					AdjustmentKind.valueOf(row.getString("kind")), row.getBigDecimal("points"),
					row.getString("reason")))
			.list();
	}

	private static EntryRow entryRow(ResultSet row) {
		try {
			BigDecimal points = row.getBigDecimal("override_points");
			Optional<ScoreOverride> override = (points != null)
					? Optional.of(new ScoreOverride(points, row.getString("override_reason"))) : Optional.empty();
			return new EntryRow(row.getLong("unit_id"), row.getString("leaf_code"), override,
					row.getString("appraisal_comment"), row.getInt("version"), new LinkedHashMap<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record EntryRow(long unitId, String leafCode, Optional<ScoreOverride> override, String comment, int version,
			Map<String, BigDecimal> inputs) {

		LeafEntryView view() {
			return new LeafEntryView(this.unitId, this.leafCode, this.inputs, this.override, this.comment,
					this.version);
		}

	}

}
