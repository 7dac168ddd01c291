package org.parindex.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.parindex.platform.GeneratedKeys;

import org.springframework.dao.DuplicateKeyException;
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

	/**
	 * Inserts a group at the end of the order.
	 * @throws InvalidUnitChangeException when the code is taken, also by another
	 * transaction a moment ago (the unique rule decides; the transaction must end)
	 */
	UnitGroupView insertGroup(String code, String name, String nameEn, String membersLabel, String membersLabelEn) {
		try {
			return doInsertGroup(code, name, nameEn, membersLabel, membersLabelEn);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidUnitChangeException("unit-group.code.taken", code);
		}
	}

	private UnitGroupView doInsertGroup(String code, String name, String nameEn, String membersLabel,
			String membersLabelEn) {
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
		return insertUnit(code, groupId, kind, name, null);
	}

	/**
	 * Inserts a unit at the end of its group's order.
	 * @throws InvalidUnitChangeException when the code is taken, also by another
	 * transaction a moment ago (the unique rule decides; the transaction must end)
	 */
	UnitView insertUnit(String code, long groupId, UnitKind kind, String name, LocalDate activeFrom) {
		try {
			return doInsertUnit(code, groupId, kind, name, activeFrom);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidUnitChangeException("unit.code.taken", code);
		}
	}

	private UnitView doInsertUnit(String code, long groupId, UnitKind kind, String name, LocalDate activeFrom) {
		int position = this.jdbc.sql("select coalesce(max(position), 0) + 1 from organization_unit where group_id = ?")
			.param(groupId)
			.query(Integer.class)
			.single();
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into organization_unit (code, group_id, kind, name, position, active, active_from)
				values (:code, :groupId, :kind, :name, :position, true, :activeFrom)
				""")
			.param("activeFrom", activeFrom)
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

	void updateNameAndKind(long unitId, String name, UnitKind kind) {
		this.jdbc.sql("update organization_unit set name = ?, kind = ? where id = ?")
			.params(name, kind.name(), unitId)
			.update();
	}

	void end(long unitId, LocalDate lastDay) {
		this.jdbc.sql("update organization_unit set active = false, active_until = ? where id = ?")
			.params(lastDay, unitId)
			.update();
	}

	void insertEvent(long unitId, UnitEventType type, LocalDate effectiveOn, String oldName, String newName,
			UnitKind oldKind, UnitKind newKind, Long relatedUnitId, String reason, OffsetDateTime now, String by) {
		this.jdbc.sql("""
				insert into organization_unit_event (unit_id, event_type, effective_on, old_name, new_name, old_kind,
				    new_kind, related_unit_id, reason, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(unitId, type.name(), effectiveOn, oldName, newName, (oldKind != null) ? oldKind.name() : null,
					(newKind != null) ? newKind.name() : null, relatedUnitId, reason, now, by)
			.update();
	}

	/**
	 * The events of one unit ({@code e.unit_id = ?}) or a group ({@code u.group_id = ?}),
	 * oldest first.
	 */
	List<UnitEventView> events(String where, long parameter) {
		return this.jdbc.sql("""
				select e.unit_id, e.event_type, e.effective_on, e.old_name, e.new_name, e.old_kind, e.new_kind,
				       r.code as related_code, e.reason, e.recorded_at, e.recorded_by
				from organization_unit_event e
				join organization_unit u on u.id = e.unit_id
				left join organization_unit r on r.id = e.related_unit_id
				where %s
				order by e.effective_on, e.id
				""".formatted(where)).param(parameter).query(UnitRepository::event).list();
	}

	/** The date of the unit's latest change, if it has changed since it was recorded. */
	Optional<LocalDate> lastChange(long unitId) {
		return this.jdbc.sql("""
				select effective_on from organization_unit_event where unit_id = ? and event_type <> 'CREATED'
				order by effective_on desc fetch first 1 rows only
				""").param(unitId).query(LocalDate.class).optional();
	}

	private static UnitEventView event(ResultSet row, int rowNum) throws SQLException {
		return new UnitEventView(row.getLong("unit_id"), UnitEventType.valueOf(row.getString("event_type")),
				row.getObject("effective_on", LocalDate.class), Optional.ofNullable(row.getString("old_name")),
				Optional.ofNullable(row.getString("new_name")),
				Optional.ofNullable(row.getString("old_kind")).map(UnitKind::valueOf),
				Optional.ofNullable(row.getString("new_kind")).map(UnitKind::valueOf),
				Optional.ofNullable(row.getString("related_code")), row.getString("reason"),
				row.getObject("recorded_at", OffsetDateTime.class), row.getString("recorded_by"));
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
