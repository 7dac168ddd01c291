package org.parindex.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Flyway migration that re-reads the sheet numbers a table stored under an earlier rule
 * as {@link SheetNumbers#read} reads them now ({@code 07} becomes {@code 7}, {@code SỐ7}
 * and {@code 1.000} become {@code 7} and {@code 1000}), so that a sheet keyed before the
 * change and typed again afterwards is recognised as the same sheet.
 * <p>
 * Nothing is lost or merged: a number the rule refuses ({@code 0}, {@code 1,5}) stays as
 * it was, and a number whose new reading is already another sheet's in the same group
 * ({@code 07} and {@code 7} both keyed before) keeps its old text, so both sheets remain
 * and the staff see them side by side. The counts are logged.
 * <p>
 * A module registers one as a Spring bean; Spring Boot hands every {@link JavaMigration}
 * bean to Flyway, which runs it in version order with the SQL migrations.
 */
public abstract class SheetNumberMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(SheetNumberMigration.class);

	private final MigrationVersion version;

	private final String description;

	private final String table;

	private final List<String> group;

	private final int maxLength;

	/**
	 * @param version the migration's version, after every SQL migration before it
	 * @param description as Flyway lists it
	 * @param table the table holding {@code id} and {@code sheet_number}
	 * @param group the columns within which a sheet number is unique (the table's unique
	 * key but the number)
	 * @param maxLength the {@code sheet_number} column's size, in characters
	 */
	protected SheetNumberMigration(String version, String description, String table, List<String> group,
			int maxLength) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.table = table;
		this.group = List.copyOf(group);
		this.maxLength = maxLength;
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public Integer getChecksum() {
		// the rule it applies is SheetNumbers': a migration already run is not run again
		return 1;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		String groupColumns = String.join(", ", this.group);
		record Row(long id, List<Object> group, String number) {
		}
		List<Row> rows = new ArrayList<>();
		Map<List<Object>, Set<String>> taken = new HashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("select id, " + groupColumns + ", sheet_number from " + this.table + " order by id");
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				List<Object> key = new ArrayList<>();
				for (int i = 0; i < this.group.size(); i++) {
					key.add(rs.getObject(2 + i));
				}
				String number = rs.getString(2 + this.group.size());
				rows.add(new Row(rs.getLong(1), key, number));
				taken.computeIfAbsent(key, (k) -> new HashSet<>()).add(number);
			}
		}
		int changed = 0;
		int kept = 0;
		try (PreparedStatement update = connection
			.prepareStatement("update " + this.table + " set sheet_number = ? where id = ?")) {
			for (Row row : rows) {
				String read = SheetNumbers.readOrKeep(row.number(), this.maxLength);
				if (read.equals(row.number())) {
					continue;
				}
				Set<String> numbers = taken.get(row.group());
				if (numbers.contains(read)) {
					kept++;
					continue;
				}
				update.setString(1, read);
				update.setLong(2, row.id());
				update.executeUpdate();
				numbers.remove(row.number());
				numbers.add(read);
				changed++;
			}
		}
		log.info("{}: {} of {} sheet numbers re-read as numbers, {} kept as written (another sheet has the number)",
				this.table, changed, rows.size(), kept);
	}

}
