package org.parindex.methodology;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Component;
import org.parindex.engine.RankLabel;
import org.parindex.engine.Level;
import org.parindex.platform.GeneratedKeys;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class IndexSetRepository {

	private static final String SET_COLUMNS = "id, index_year, unit_group_id, name, legal_basis, illustrative, "
			+ "bonus_cap, deduction_cap, tie_places, published, version, updated_by, updated_at, rank_label";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	IndexSetRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Inserts a set with its settings and tree.
	 * @throws InvalidIndexSetException when the year and group already have a set, also
	 * when another transaction inserted it a moment ago (the unique rule
	 * {@code methodology_index_set_year_group} decides; the transaction must end)
	 */
	long insert(CreateIndexSet set) {
		KeyHolder key = new GeneratedKeyHolder();
		try {
			insertSet(set, key);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidIndexSetException(List.of(new IndexSetIssue(Integer.toString(set.year()),
					"methodology.index-set.exists", List.of(set.year()))));
		}
		long setId = GeneratedKeys.id(key);
		insertSettings(setId, set.componentMaxima(), set.classes());
		insertNodes(setId, set.nodes());
		return setId;
	}

	private void insertSet(CreateIndexSet set, KeyHolder key) {
		this.jdbc.sql("""
				insert into methodology_index_set (index_year, unit_group_id, name, legal_basis, illustrative,
				    bonus_cap, deduction_cap, tie_places, rank_label)
				values (:year, :group, :name, :legalBasis, :illustrative, :bonusCap, :deductionCap, :tiePlaces,
				    :rankLabel)
				""")
			.param("year", set.year())
			.param("group", set.unitGroupId())
			.param("name", set.name())
			.param("legalBasis", set.legalBasis())
			.param("illustrative", set.illustrative())
			.param("bonusCap", set.bonusCap())
			.param("deductionCap", set.deductionCap())
			.param("tiePlaces", set.tiePlaces())
			.param("rankLabel", set.rankLabel().name())
			.update(key, "id");
	}

	/**
	 * Replaces a set's settings and tree, raising its version; its year, group and
	 * publication stay. The caller holds the set's row lock ({@link #lock}).
	 * @throws InvalidIndexSetException when a node code clashes (the transaction must
	 * end)
	 */
	void replace(long setId, CreateIndexSet set, String by, OffsetDateTime now) {
		this.jdbc.sql("""
				update methodology_index_set set name = ?, legal_basis = ?, illustrative = ?, bonus_cap = ?,
				    deduction_cap = ?, tie_places = ?, rank_label = ?, version = version + 1, updated_by = ?,
				    updated_at = ?
				where id = ?
				""")
			.params(set.name(), set.legalBasis(), set.illustrative(), set.bonusCap(), set.deductionCap(),
					set.tiePlaces(), set.rankLabel().name(), by, now, setId)
			.update();
		this.jdbc.sql("delete from methodology_component where index_set_id = ?").param(setId).update();
		this.jdbc.sql("delete from methodology_class_band where index_set_id = ?").param(setId).update();
		this.jdbc.sql("delete from methodology_node where index_set_id = ?").param(setId).update();
		try {
			insertSettings(setId, set.componentMaxima(), set.classes());
			insertNodes(setId, set.nodes());
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidIndexSetException(List
				.of(new IndexSetIssue(Long.toString(setId), "methodology.index-set.changed-meanwhile", List.of())));
		}
	}

	void markPublished(long setId, OffsetDateTime now) {
		this.jdbc.sql("""
				update methodology_index_set set published = true, published_at = ?, version = version + 1
				where id = ?
				""").params(now, setId).update();
	}

	/**
	 * The set's row, locked until the transaction ends: every edit and the publication
	 * take it first, so that an edit and the freeze never interleave.
	 */
	Optional<StoredSet> lock(long id) {
		return this.jdbc.sql("select " + SET_COLUMNS + " from methodology_index_set where id = ? for update")
			.param(id)
			.query(IndexSetRepository::set)
			.optional();
	}

	private void insertSettings(long setId, Map<Component, BigDecimal> maxima,
			List<CreateIndexSet.ClassBandDraft> classes) {
		for (Map.Entry<Component, BigDecimal> max : maxima.entrySet()) {
			this.jdbc.sql("insert into methodology_component (index_set_id, component, max_points) values (?, ?, ?)")
				.params(setId, max.getKey().name(), max.getValue())
				.update();
		}
		List<Object[]> rows = new ArrayList<>(classes.size());
		int position = 0;
		for (CreateIndexSet.ClassBandDraft band : classes) {
			rows.add(new Object[] { setId, position++, band.code(), band.name(), band.nameEn(), band.minPercent() });
		}
		this.template.batchUpdate("""
				insert into methodology_class_band (index_set_id, position, code, name, name_en, min_percent)
				values (?, ?, ?, ?, ?, ?)
				""", rows);
	}

	private void insertNodes(long setId, List<CreateIndexSet.NodeDraft> nodes) {
		List<Object[]> rows = new ArrayList<>(nodes.size());
		int position = 0;
		for (CreateIndexSet.NodeDraft node : nodes) {
			rows.add(new Object[] { setId, node.code(), node.parentCode().orElse(null), node.level().name(), position++,
					node.name(), node.nameEn(), node.maxPoints(), node.component().map(Enum::name).orElse(null),
					node.rule().orElse(null), node.guidance(), node.evidence() });
		}
		this.template.batchUpdate("""
				insert into methodology_node (index_set_id, code, parent_code, level, position, name, name_en,
				    max_points, component, rule, guidance, evidence)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	Optional<StoredSet> find(long id) {
		return this.jdbc.sql("select " + SET_COLUMNS + " from methodology_index_set where id = ?")
			.param(id)
			.query(IndexSetRepository::set)
			.optional();
	}

	Optional<StoredSet> find(int year, long unitGroupId) {
		return this.jdbc
			.sql("select " + SET_COLUMNS + " from methodology_index_set where index_year = ? and unit_group_id = ?")
			.params(year, unitGroupId)
			.query(IndexSetRepository::set)
			.optional();
	}

	List<StoredSet> all() {
		return this.jdbc
			.sql("select " + SET_COLUMNS + " from methodology_index_set order by index_year desc, unit_group_id")
			.query(IndexSetRepository::set)
			.list();
	}

	Map<Component, BigDecimal> components(long setId) {
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		this.jdbc.sql("select component, max_points from methodology_component where index_set_id = ?")
			.param(setId)
			.query((row) -> {
				maxima.put(Component.valueOf(row.getString("component")), row.getBigDecimal("max_points"));
			});
		return maxima;
	}

	List<ClassBandView> classes(long setId) {
		return this.jdbc.sql("""
				select code, name, name_en, min_percent from methodology_class_band
				where index_set_id = ? order by position
				""")
			.param(setId)
			.query((row, rowNum) -> new ClassBandView(row.getString("code"), row.getString("name"),
					row.getString("name_en"), row.getBigDecimal("min_percent")))
			.list();
	}

	List<NodeView> nodes(long setId) {
		return this.jdbc.sql("""
				select code, parent_code, level, position, name, name_en, max_points, component, rule, guidance,
				    evidence
				from methodology_node where index_set_id = ? order by position
				""").param(setId).query(IndexSetRepository::node).list();
	}

	private static StoredSet set(ResultSet row, int rowNum) throws SQLException {
		return new StoredSet(row.getLong("id"), row.getInt("index_year"), row.getLong("unit_group_id"),
				row.getString("name"), row.getString("legal_basis"), row.getBoolean("illustrative"),
				row.getBigDecimal("bonus_cap"), row.getBigDecimal("deduction_cap"), row.getInt("tie_places"),
				row.getBoolean("published"), row.getInt("version"), Optional.ofNullable(row.getString("updated_by")),
				Optional.ofNullable(row.getObject("updated_at", OffsetDateTime.class)),
				RankLabel.valueOf(row.getString("rank_label")));
	}

	private static NodeView node(ResultSet row, int rowNum) throws SQLException {
		return new NodeView(row.getString("code"), Optional.ofNullable(row.getString("parent_code")),
				Level.valueOf(row.getString("level")), row.getInt("position"), row.getString("name"),
				row.getString("name_en"), row.getBigDecimal("max_points"),
				Optional.ofNullable(row.getString("component")).map(Component::valueOf),
				Optional.ofNullable(row.getString("rule")), row.getString("guidance"), row.getString("evidence"));
	}

	/**
	 * The index set's own row.
	 *
	 * @param version raised by every edit
	 * @param updatedBy who edited it last, if anyone has since it was created
	 */
	record StoredSet(long id, int year, long unitGroupId, String name, String legalBasis, boolean illustrative,
			BigDecimal bonusCap, BigDecimal deductionCap, int tiePlaces, boolean published, int version,
			Optional<String> updatedBy, Optional<OffsetDateTime> updatedAt, RankLabel rankLabel) {

	}

}
