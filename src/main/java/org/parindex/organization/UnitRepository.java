package org.parindex.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.parindex.platform.GeneratedKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

	private static final String GROUP_COLUMNS = "id, code, name, name_en, members_label, members_label_en";

	private static final String UNIT_COLUMNS = "id, code, group_id, kind, name, position, active";

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UnitGroupView insertGroup(String code, String name, String nameEn, String membersLabel, String membersLabelEn) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into organization_unit_group (code, name, name_en, members_label, members_label_en, position)
				values (:code, :name, :nameEn, :membersLabel, :membersLabelEn,
				        (select coalesce(max(position), 0) + 1 from organization_unit_group))
				""")
			.param("code", code)
			.param("name", name)
			.param("nameEn", nameEn)
			.param("membersLabel", membersLabel)
			.param("membersLabelEn", membersLabelEn)
			.update(key, "id");
		return new UnitGroupView(GeneratedKeys.id(key), code, name, nameEn, membersLabel, membersLabelEn);
	}

	UnitView insertUnit(String code, long groupId, UnitKind kind, String name) {
		int position = this.jdbc.sql("select coalesce(max(position), 0) + 1 from organization_unit where group_id = ?")
			.param(groupId)
			.query(Integer.class)
			.single();
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into organization_unit (code, group_id, kind, name, position, active)
				values (:code, :groupId, :kind, :name, :position, true)
				""")
			.param("code", code)
			.param("groupId", groupId)
			.param("kind", kind.name())
			.param("name", name)
			.param("position", position)
			.update(key, "id");
		return new UnitView(GeneratedKeys.id(key), code, groupId, kind, name, position, true);
	}

	List<UnitGroupView> groups() {
		return this.jdbc.sql("select " + GROUP_COLUMNS + " from organization_unit_group order by position")
			.query(UnitRepository::group)
			.list();
	}

	Optional<UnitGroupView> findGroup(String code) {
		return this.jdbc.sql("select " + GROUP_COLUMNS + " from organization_unit_group where code = ?")
			.param(code)
			.query(UnitRepository::group)
			.optional();
	}

	Optional<UnitGroupView> findGroup(long id) {
		return this.jdbc.sql("select " + GROUP_COLUMNS + " from organization_unit_group where id = ?")
			.param(id)
			.query(UnitRepository::group)
			.optional();
	}

	List<UnitView> unitsOf(long groupId) {
		return this.jdbc.sql("select " + UNIT_COLUMNS + " from organization_unit where group_id = ? order by position")
			.param(groupId)
			.query(UnitRepository::unit)
			.list();
	}

	Optional<UnitView> findUnit(long id) {
		return this.jdbc.sql("select " + UNIT_COLUMNS + " from organization_unit where id = ?")
			.param(id)
			.query(UnitRepository::unit)
			.optional();
	}

	Optional<UnitView> findUnit(String code) {
		return this.jdbc.sql("select " + UNIT_COLUMNS + " from organization_unit where code = ?")
			.param(code)
			.query(UnitRepository::unit)
			.optional();
	}

	private static UnitGroupView group(ResultSet row, int rowNum) throws SQLException {
		return new UnitGroupView(row.getLong("id"), row.getString("code"), row.getString("name"),
				row.getString("name_en"), row.getString("members_label"), row.getString("members_label_en"));
	}

	private static UnitView unit(ResultSet row, int rowNum) throws SQLException {
		return new UnitView(row.getLong("id"), row.getString("code"), row.getLong("group_id"),
				UnitKind.valueOf(row.getString("kind")), row.getString("name"), row.getInt("position"),
				row.getBoolean("active"));
	}

}
