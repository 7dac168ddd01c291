package org.parindex.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of mails, {@code notification_message}: its only writer. */
@Repository
class MessageRepository {

	private final JdbcClient jdbc;

	MessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a mail unless the account already has one for the occasion (the unique key
	 * decides, also between instances; no error, so the caller's transaction goes on).
	 * @return whether it was queued now
	 */
	boolean queue(long accountId, String occasion, String recipient, MailContent content, Instant now) {
		return this.jdbc.sql("""
				insert into notification_message (account_id, occasion, recipient, subject, text_body, html_body,
				    status, attempts, created_at, next_attempt_at)
				values (:account, :occasion, :recipient, :subject, :text, :html, 'PENDING', 0, :now, :now)
				on conflict do nothing
				""")
			.param("account", accountId)
			.param("occasion", occasion)
			.param("recipient", recipient)
			.param("subject", content.subject())
			.param("text", content.text())
			.param("html", content.html())
			.param("now", time(now))
			.update() == 1;
	}

	/** Mails waiting to be tried at {@code now} (and claims run out), oldest first. */
	List<Long> due(Instant now, int limit) {
		return this.jdbc.sql("""
				select id from notification_message
				where status in ('PENDING', 'SENDING') and next_attempt_at <= ?
				order by next_attempt_at, id
				""").param(time(now)).query(Long.class).list().stream().limit(limit).toList();
	}

	/**
	 * Claims a due mail for one sender until {@code until}: of concurrent senders (after
	 * a commit, the job, another instance) one gets it. A sender that dies leaves the
	 * claim to run out, and the mail is tried again.
	 */
	boolean claim(long id, Instant now, Instant until) {
		return this.jdbc.sql("""
				update notification_message set status = 'SENDING', next_attempt_at = ?
				where id = ? and status in ('PENDING', 'SENDING') and next_attempt_at <= ?
				""").params(time(until), id, time(now)).update() == 1;
	}

	QueuedMail find(long id) {
		return this.jdbc.sql("""
				select id, account_id, occasion, recipient, subject, text_body, html_body, attempts
				from notification_message where id = ?
				""")
			.param(id)
			.query((row, rowNum) -> new QueuedMail(row.getLong("id"), row.getLong("account_id"),
					row.getString("occasion"), row.getString("recipient"),
					new MailContent(row.getString("subject"), row.getString("text_body"), row.getString("html_body")),
					row.getInt("attempts")))
			.single();
	}

	void sent(long id, Instant now) {
		this.jdbc
			.sql("update notification_message set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
					+ "last_error = null where id = ?")
			.params(time(now), id)
			.update();
	}

	/** A failed attempt: tried again at {@code retryAt}, or given up ({@code FAILED}). */
	void failed(long id, boolean giveUp, Instant retryAt, String error) {
		this.jdbc.sql("""
				update notification_message set status = ?, attempts = attempts + 1, next_attempt_at = ?,
				    last_error = ?
				where id = ?
				""")
			.params(giveUp ? "FAILED" : "PENDING", time(retryAt), error.substring(0, Math.min(500, error.length())), id)
			.update();
	}

	/** Not sent: the account opted out, lost its address or was deactivated meanwhile. */
	void skipped(long id) {
		this.jdbc.sql("update notification_message set status = 'SKIPPED' where id = ?").param(id).update();
	}

	/**
	 * A moment as the column keeps it, to the microsecond (H2 and PostgreSQL timestamps
	 * hold no more): a mail queued at a moment with nanoseconds was stored rounded up and
	 * was then not yet due at that same moment, so it waited for the next run (the
	 * publication's mail never came in a test whose clock had nanoseconds, issue 9,
	 * num9).
	 */
	private static OffsetDateTime time(Instant instant) {
		return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	/** A queued mail as the sender reads it. */
	record QueuedMail(long id, long accountId, String occasion, String recipient, MailContent content, int attempts) {

	}

}
