package org.parindex.assessment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline locks every minute ({@code parindex.deadlines.cron}), on one instance
 * at a time through ShedLock. Absent when {@code parindex.scheduling.enabled=false},
 * whatever else enables scheduling in the application (the tests run the locks
 * themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "parindex.scheduling.enabled", matchIfMissing = true)
class DeadlineSchedule {

	private static final Logger logger = LoggerFactory.getLogger(DeadlineSchedule.class);

	private final DeadlineLocks locks;

	DeadlineSchedule(DeadlineLocks locks) {
		this.locks = locks;
	}

	@Scheduled(cron = "${parindex.deadlines.cron:0 * * * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "assessment-deadline-locks", lockAtMostFor = "PT5M")
	void run() {
		int closed = this.locks.lockDueStages();
		if (closed > 0) {
			logger.info("Deadline locks: {} stage(s) closed", closed);
		}
	}

}
