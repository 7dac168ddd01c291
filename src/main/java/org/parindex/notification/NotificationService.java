package org.parindex.notification;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;

/**
 * The module's two jobs, for the schedule and for operators' and tests' use: mail the
 * reminders of deadlines now due, and send the queued mails now due (first attempts and
 * retries).
 */
@Service
public class NotificationService {

	private final DeadlineReminders reminders;

	private final Outbox outbox;

	private final Clock clock;

	NotificationService(DeadlineReminders reminders, Outbox outbox, Clock clock) {
		this.reminders = reminders;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Whether an SMTP server is configured ({@code spring.mail.host}); otherwise nothing
	 * is sent.
	 */
	public boolean enabled() {
		return this.outbox.enabled();
	}

	/**
	 * Queues the deadline reminders due now, each account once per deadline and window.
	 * @return how many mails this run queued (0 when every one was queued before)
	 */
	public int remindOfDeadlines() {
		return this.reminders.remind();
	}

	/**
	 * Sends the queued mails whose (next) attempt is due now; a failure is kept for a
	 * later attempt.
	 * @return how many were sent
	 */
	public int sendDue() {
		return this.outbox.sendDue(Instant.now(this.clock));
	}

}
