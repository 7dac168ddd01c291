package org.parindex.contest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parindex.platform.AuditableChange;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of contest participants' personal data (issue 11 item 5; Law 91/2025/QH15 and
 * Decree 356/2025/NĐ-CP: personal data is kept no longer than its purpose needs). When a
 * contest has a retention period ({@link DefineContest#retentionDays}) and that many days
 * have passed since it closed, its participants are anonymised: the full name becomes
 * "Người dự thi #n" (n from 1 in the order of registration), the CCCD number, phone
 * number, address and date of birth are erased; the unit, group, consent record,
 * attempts, scores and therefore the ranking and prizes are kept. Each contest is done
 * once, in one transaction, recorded in {@code contest_contest.personal_data_erased_at}
 * and audited ({@code contest-personal-data-anonymised}, with the number of
 * participants). The clock is the application's, so tests move it.
 */
@Service
public class ContestRetention {

	private static final Logger logger = LoggerFactory.getLogger(ContestRetention.class);

	/** The name given to an anonymised participant, followed by its number. */
	public static final String ANONYMOUS_NAME = "Người dự thi #";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContestRetention(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Anonymises the participants of every contest whose retention period has passed and
	 * that was not anonymised yet.
	 * @return the number of participants anonymised
	 */
	public int anonymiseDue() {
		Instant now = this.clock.instant();
		List<Long> due = this.jdbc.sql("""
				select id, closes_at, retention_days from contest_contest
				where retention_days is not null and personal_data_erased_at is null
				""")
			.query((rs,
					n) -> rs.getObject(2, OffsetDateTime.class)
						.toInstant()
						.plus(Duration.ofDays(rs.getInt(3)))
						.isAfter(now) ? -1L : rs.getLong(1))
			.list()
			.stream()
			.filter((id) -> id >= 0)
			.toList();
		int total = 0;
		for (long contest : due) {
			Integer done = this.transactions.execute((status) -> anonymise(contest, now));
			total += (done != null) ? done : 0;
		}
		if (total > 0) {
			logger.info("Contest retention: {} participant(s) of {} contest(s) anonymised", total, due.size());
		}
		return total;
	}

	/** One contest, under its row lock; nothing when another run did it already. */
	private int anonymise(long contest, Instant now) {
		String slug = this.jdbc
			.sql("select slug from contest_contest where id = ? and personal_data_erased_at is null for update")
			.param(contest)
			.query(String.class)
			.optional()
			.orElse(null);
		if (slug == null) {
			return 0;
		}
		List<Long> participants = this.jdbc
			.sql("select id from contest_participant where contest_id = ? order by registered_at, id")
			.param(contest)
			.query(Long.class)
			.list();
		int n = 0;
		for (long participant : participants) {
			n++;
			this.jdbc.sql("""
					update contest_participant set full_name = ?, cccd = null, phone = null, phone_key = null,
					       address = null, birth_date = null, guardian_name = null
					where id = ?
					""").params(ANONYMOUS_NAME + n, participant).update();
		}
		// paper sheets keep what was keyed: the held ones can no longer count, the stored
		// ones keep only their sheet number and who keyed them
		this.jdbc.sql("delete from contest_paper_sheet where contest_id = ? and attempt_id is null")
			.param(contest)
			.update();
		this.jdbc.sql("""
				update contest_paper_sheet set first_entry = '', second_entry = null, resolved_entry = null
				where contest_id = ?
				""").param(contest).update();
		this.jdbc.sql("update contest_contest set personal_data_erased_at = ? where id = ?")
			.params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), contest)
			.update();
		this.events.publishEvent(
				AuditableChange.of("contest", slug, "contest-personal-data-anonymised", "", String.valueOf(n), ""));
		return n;
	}

	/** The nightly run (absent when {@code parindex.scheduling.enabled=false}). */
	@Component
	@ConditionalOnBooleanProperty(name = "parindex.scheduling.enabled", matchIfMissing = true)
	static class Schedule {

		private final ContestRetention retention;

		Schedule(ContestRetention retention) {
			this.retention = retention;
		}

		@Scheduled(cron = "${parindex.contest.retention-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
		@SchedulerLock(name = "contest-retention", lockAtMostFor = "PT1H")
		void run() {
			this.retention.anonymiseDue();
		}

	}

}
