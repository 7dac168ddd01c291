package org.parindex.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder job ({@code parindex.mail.reminders-cron}, hourly) and the send job
 * ({@code parindex.mail.send-cron}, every minute: retries, and mails left by a stopped
 * instance), each on one instance at a time through ShedLock. Absent when
 * {@code parindex.scheduling.enabled=false} (the tests run the jobs themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "parindex.scheduling.enabled", matchIfMissing = true)
class NotificationSchedule {

	private static final Logger logger = LoggerFactory.getLogger(NotificationSchedule.class);

	private final NotificationService notifications;

	NotificationSchedule(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Scheduled(cron = "${parindex.mail.reminders-cron:0 0 * * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "notification-deadline-reminders", lockAtMostFor = "PT30M")
	void remind() {
		int queued = this.notifications.remindOfDeadlines();
		if (queued > 0) {
			logger.info("Deadline reminders: {} mail(s) queued", queued);
		}
	}

	@Scheduled(cron = "${parindex.mail.send-cron:30 * * * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "notification-send", lockAtMostFor = "PT10M")
	void send() {
		this.notifications.sendDue();
	}

}
