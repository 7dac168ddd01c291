package org.parindex.contest;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The closing job for expired attempts (issue 11, walk findings): every minute
 * ({@code parindex.contest.closing-delay}, milliseconds between runs, default 60,000),
 * online attempts left unsubmitted past their end plus the grace period are closed and
 * scored from their saved answers ({@link EntryService#closeExpired}), up to
 * {@code parindex.contest.closing-batch} (default 1,000) per batch, batch after batch
 * until none is left. One instance runs it at a time (ShedLock, as the retention job);
 * each attempt is closed at most once whatever runs beside it, since the close writes
 * only an attempt not yet submitted. Absent when
 * {@code parindex.scheduling.enabled=false} (the tests call the service).
 */
@Component
@ConditionalOnBooleanProperty(name = "parindex.scheduling.enabled", matchIfMissing = true)
class AttemptClosing {

	private static final Logger logger = LoggerFactory.getLogger(AttemptClosing.class);

	private final EntryService entries;

	private final int batch;

	AttemptClosing(EntryService entries, @Value("${parindex.contest.closing-batch:1000}") int batch) {
		if (batch < 1) {
			throw new IllegalArgumentException("parindex.contest.closing-batch must be at least 1, not " + batch);
		}
		this.entries = entries;
		this.batch = batch;
	}

	@Scheduled(fixedDelayString = "${parindex.contest.closing-delay:60000}",
			initialDelayString = "${parindex.contest.closing-delay:60000}")
	@SchedulerLock(name = "contest-attempt-closing", lockAtMostFor = "PT10M")
	void run() {
		int total = 0;
		int closed;
		do {
			closed = this.entries.closeExpired(this.batch);
			total += closed;
		}
		while (closed == this.batch);
		if (total > 0) {
			logger.info("Contest attempts closing: {} expired attempt(s) closed and scored", total);
		}
	}

}
