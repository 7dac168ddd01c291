package org.parindex.reporting.improvement;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code reporting_remedy}. */
@Repository
class RemedyRepository {

	private final JdbcClient jdbc;

	RemedyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the unit entered for one criterion. */
	record Entry(String leafCode, String remedy, String owner, Optional<LocalDate> deadline, RemedyStatus status,
			String note) {

		static Entry empty(String leafCode) {
			return new Entry(leafCode, "", "", Optional.empty(), RemedyStatus.NOT_STARTED, "");
		}

		/** A short text for the audit trail. */
		String audited() {
			return "remedy=" + this.remedy + "; owner=" + this.owner + "; deadline="
					+ this.deadline.map(LocalDate::toString).orElse("") + "; status=" + this.status + "; note="
					+ this.note;
		}

	}

	/** One unit's plan row with its unit, for the PAR office's overview. */
	record UnitEntry(long unitId, Entry entry) {

	}

	List<Entry> entries(int year, String groupCode, long unitId) {
		return this.jdbc.sql("""
				select leaf_code, remedy, owner, deadline, status, note from reporting_remedy
				where plan_year = ? and group_code = ? and unit_id = ? order by id""")
			.params(year, groupCode, unitId)
			.query((rs, n) -> entry(rs))
			.list();
	}

	List<UnitEntry> entries(int year, String groupCode) {
		return this.jdbc.sql("""
				select unit_id, leaf_code, remedy, owner, deadline, status, note from reporting_remedy
				where plan_year = ? and group_code = ? order by unit_id, id""")
			.params(year, groupCode)
			.query((rs, n) -> new UnitEntry(rs.getLong("unit_id"), entry(rs)))
			.list();
	}

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		Date deadline = rs.getDate("deadline");
		return new Entry(rs.getString("leaf_code"), rs.getString("remedy"), rs.getString("owner"),
				Optional.ofNullable(deadline).map(Date::toLocalDate), RemedyStatus.valueOf(rs.getString("status")),
				rs.getString("note"));
	}

	void save(int year, String groupCode, long unitId, Entry entry, String by, OffsetDateTime at) {
		int updated = this.jdbc.sql("""
				update reporting_remedy set remedy = ?, owner = ?, deadline = ?, status = ?, note = ?,
				updated_by = ?, updated_at = ?
				where plan_year = ? and group_code = ? and unit_id = ? and leaf_code = ?""")
			.params(entry.remedy(), entry.owner(), entry.deadline().orElse(null), entry.status().name(), entry.note(),
					by, at, year, groupCode, unitId, entry.leafCode())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into reporting_remedy (plan_year, group_code, unit_id, leaf_code, remedy, owner, deadline,
					status, note, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(year, groupCode, unitId, entry.leafCode(), entry.remedy(), entry.owner(),
						entry.deadline().orElse(null), entry.status().name(), entry.note(), by, at)
				.update();
		}
	}

}
