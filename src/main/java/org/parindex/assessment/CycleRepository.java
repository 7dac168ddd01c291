package org.parindex.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CycleRepository {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String COLUMNS = "id, index_set_id, self_assessment_until, appraisal_until, "
			+ "explanation_until, council_until, publication_on";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	CycleRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insert(long setId, List<OffsetDateTime> deadlines, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into assessment_cycle (index_set_id, self_assessment_until, appraisal_until, explanation_until,
				    council_until, publication_on, created_at)
				values (:set, :self, :appraisal, :explanation, :council, :publication, :now)
				""")
			.param("set", setId)
			.param("self", deadlines.get(0))
			.param("appraisal", deadlines.get(1))
			.param("explanation", deadlines.get(2))
			.param("council", deadlines.get(3))
			.param("publication", deadlines.get(4))
			.param("now", now)
			.update(key, "id");
		return GeneratedKeys.id(key);
	}

	void update(long cycleId, List<OffsetDateTime> deadlines) {
		this.jdbc.sql("""
				update assessment_cycle set self_assessment_until = ?, appraisal_until = ?, explanation_until = ?,
				    council_until = ?, publication_on = ?
				where id = ?
				""")
			.params(deadlines.get(0), deadlines.get(1), deadlines.get(2), deadlines.get(3), deadlines.get(4), cycleId)
			.update();
	}

	void replaceUnits(long cycleId, Set<Long> unitIds) {
		this.jdbc.sql("delete from assessment_cycle_unit where cycle_id = ?").param(cycleId).update();
		List<Object[]> rows = new ArrayList<>();
		unitIds.forEach((unit) -> rows.add(new Object[] { cycleId, unit }));
		this.template.batchUpdate("insert into assessment_cycle_unit (cycle_id, unit_id) values (?, ?)", rows);
	}

	Optional<CycleView> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from assessment_cycle where id = ?")
			.param(id)
			.query(this::cycle)
			.optional();
	}

	Optional<CycleView> findForSet(long setId) {
		return this.jdbc.sql("select " + COLUMNS + " from assessment_cycle where index_set_id = ?")
			.param(setId)
			.query(this::cycle)
			.optional();
	}

	List<CycleView> all() {
		return this.jdbc.sql("select " + COLUMNS + " from assessment_cycle order by self_assessment_until desc")
			.query(this::cycle)
			.list();
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

	/** How many bonus and deduction entries each unit has under a set. */
	Map<Long, Integer> adjustmentsPerUnit(long setId) {
		return perUnit("assessment_adjustment", setId);
	}

	private Map<Long, Integer> perUnit(String table, long setId) {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.sql("select unit_id, count(*) as n from " + table + " where index_set_id = ? group by unit_id")
			.param(setId)
			.query((row) -> {
				counts.put(row.getLong("unit_id"), row.getInt("n"));
			});
		return counts;
	}

	private CycleView cycle(ResultSet row, int rowNum) throws SQLException {
		long id = row.getLong("id");
		Set<Long> units = new HashSet<>(this.jdbc.sql("select unit_id from assessment_cycle_unit where cycle_id = ?")
			.param(id)
			.query(Long.class)
			.list());
		return new CycleView(id, row.getLong("index_set_id"), zoned(row, "self_assessment_until"),
				zoned(row, "appraisal_until"), zoned(row, "explanation_until"), zoned(row, "council_until"),
				zoned(row, "publication_on"), units);
	}

	private static ZonedDateTime zoned(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).atZoneSameInstant(ZONE);
	}

}
