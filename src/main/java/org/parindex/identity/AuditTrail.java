package org.parindex.identity;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.parindex.platform.AuditableChange;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail (nhật ký thay đổi): every {@link AuditableChange} published anywhere is
 * appended here synchronously, inside the transaction that made the change. Nothing here
 * updates or deletes a record.
 */
@Service
public class AuditTrail {

	/** The most events one query returns; narrow the filters to see older ones. */
	public static final int LIMIT = 1000;

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String SELECT = """
			select id, occurred_at, actor, entity_type, entity_id, action, old_value, new_value, reason
			from identity_audit_event\s""";

	/** Rows an export reads from the database at a time. */
	static final int EXPORT_FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(EXPORT_FETCH_SIZE);
		this.streaming = JdbcClient.create(cursor);
		this.clock = clock;
	}

	@EventListener
	void record(AuditableChange change) {
		this.jdbc.sql("""
				insert into identity_audit_event (occurred_at, actor, entity_type, entity_id, action, old_value,
				    new_value, reason)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(OffsetDateTime.now(this.clock), change.actor(), change.entityType(), change.entityId(),
					change.action(), truncate(change.before(), 4000), truncate(change.after(), 4000),
					truncate(change.reason(), 2000))
			.update();
	}

	/** The events matching the query, newest first, at most {@link #LIMIT}. */
	@Transactional(readOnly = true)
	public List<AuditEventView> events(AuditQuery query) {
		Filter filter = filter(query);
		return this.jdbc
			.sql(SELECT + filter.where() + " order by occurred_at desc, id desc fetch first " + LIMIT + " rows only")
			.params(filter.params())
			.query(AuditTrail::event)
			.list();
	}

	/**
	 * Hands every event matching the query to {@code sink}, newest first, as they are
	 * read: no limit, and no more than {@value #EXPORT_FETCH_SIZE} rows in memory at a
	 * time (a cursor inside a read-only transaction, which PostgreSQL needs to stream; H2
	 * pages a large result itself). For exports.
	 * @throws UncheckedIOException when the sink fails to write
	 */
	@Transactional(readOnly = true)
	public void export(AuditQuery query, Consumer<AuditEventView> sink) {
		Filter filter = filter(query);
		this.streaming.sql(SELECT + filter.where() + " order by occurred_at desc, id desc")
			.params(filter.params())
			.query((RowCallbackHandler) (row) -> sink.accept(event(row, 0)));
	}

	private static AuditEventView event(ResultSet row, int rowNum) throws SQLException {
		return new AuditEventView(row.getLong("id"),
				row.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(ZONE).toOffsetDateTime(),
				row.getString("actor"), row.getString("entity_type"), row.getString("entity_id"),
				row.getString("action"), row.getString("old_value"), row.getString("new_value"),
				row.getString("reason"));
	}

	/** A query's where clause and its parameters. */
	private record Filter(String where, List<Object> params) {

	}

	private static Filter filter(AuditQuery query) {
		StringBuilder where = new StringBuilder("where 1 = 1");
		List<Object> params = new ArrayList<>();
		query.entityType().filter((type) -> !type.isBlank()).ifPresent((type) -> {
			where.append(" and entity_type = ?");
			params.add(type);
		});
		query.actor().filter((actor) -> !actor.isBlank()).ifPresent((actor) -> {
			where.append(" and actor = ?");
			params.add(actor.strip().toLowerCase(Locale.ROOT));
		});
		query.text().filter((text) -> !text.isBlank()).ifPresent((text) -> {
			where.append(" and (lower(entity_id) like ? or lower(old_value) like ? or lower(new_value) like ?"
					+ " or lower(reason) like ?)");
			String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
			params.add(pattern);
			params.add(pattern);
			params.add(pattern);
			params.add(pattern);
		});
		query.from().ifPresent((from) -> {
			where.append(" and occurred_at >= ?");
			params.add(from.atStartOfDay(ZONE).toOffsetDateTime());
		});
		query.to().ifPresent((to) -> {
			where.append(" and occurred_at < ?");
			params.add(to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
		});
		return new Filter(where.toString(), params);
	}

	/** The entity types recorded so far, for the filter. */
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return this.jdbc.sql("select distinct entity_type from identity_audit_event order by entity_type")
			.query(String.class)
			.list();
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
