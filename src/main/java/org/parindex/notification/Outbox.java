package org.parindex.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parindex.identity.AccountContact;
import org.parindex.identity.IdentityService;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues mails in the caller's transaction and sends them after it commits.
 * <p>
 * {@link #queue} writes one row per account and occasion into
 * {@code notification_message} (a second one for the same pair is ignored), so a
 * rolled-back change sends nothing and a reminder job run twice, or on two instances,
 * sends once. After the commit a background thread sends what is due; a failed attempt is
 * tried again after {@code parindex.mail.retry-delay}, doubling up to
 * {@code max-retry-delay}, at most {@code max-attempts} times, by the send job
 * ({@code parindex.mail.send-cron}), which also picks up whatever a stopped instance
 * left. Each mail is claimed before it is sent, so two senders never send the same one (a
 * sender killed between sending and recording may cause one repeat: at least once, never
 * lost).
 * <p>
 * Without a {@link JavaMailSender} (no {@code spring.mail.host}) nothing is queued or
 * sent, which is logged once at start.
 */
@Component
class Outbox implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(Outbox.class);

	/** How long a claimed mail is left to its sender before another may try it. */
	private static final Duration CLAIM = Duration.ofMinutes(10);

	private static final int BATCH = 200;

	private final MessageRepository messages;

	private final ObjectProvider<JavaMailSender> senders;

	private final IdentityService identity;

	private final MailSettings settings;

	private final Clock clock;

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "parindex-mail");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean scheduled = new AtomicBoolean();

	Outbox(MessageRepository messages, ObjectProvider<JavaMailSender> senders, IdentityService identity,
			MailSettings settings, Clock clock) {
		this.messages = messages;
		this.senders = senders;
		this.identity = identity;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether an SMTP server is configured. */
	boolean enabled() {
		return this.senders.getIfAvailable() != null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (enabled()) {
			logger.info("E-mail reminders on: mails from {} with links to {}", this.settings.from(),
					this.settings.baseUrl());
		}
		else {
			logger
				.info("E-mail reminders off: no SMTP server configured (spring.mail.host); nothing is queued or sent");
		}
	}

	/**
	 * Queues a mail to an account for an occasion, in the current transaction, unless it
	 * cannot be reached (no address, opted out, inactive), mail is off, or it already has
	 * one for the occasion; sending starts after the commit.
	 * @param occasion what the mail is about, the same for every account, at most 200
	 * characters (e.g. {@code explanation-requested/3/9/1700000000000})
	 * @return whether a mail was queued now
	 */
	boolean queue(AccountContact to, String occasion, MailContent content) {
		if (!enabled() || !to.reachable()) {
			return false;
		}
		boolean queued = this.messages.queue(to.accountId(), occasion, to.email().orElseThrow(), content,
				Instant.now(this.clock));
		if (queued) {
			sendAfterCommit();
		}
		return queued;
	}

	private void sendAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sendSoon();
				}
			});
		}
		else {
			sendSoon();
		}
	}

	/** Sends what is due on the background thread (one run waiting at most). */
	void sendSoon() {
		if (!this.scheduled.compareAndSet(false, true)) {
			return;
		}
		try {
			this.background.execute(() -> {
				this.scheduled.set(false);
				try {
					sendDue(Instant.now(this.clock));
				}
				catch (RuntimeException ex) {
					logger.warn("E-mail: sending after a commit failed; the send job tries again", ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.scheduled.set(false);
		}
	}

	/**
	 * Sends every mail due at {@code now}, each claimed first.
	 * @return how many were sent
	 */
	int sendDue(Instant now) {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (long id : this.messages.due(now, BATCH)) {
			if (!this.messages.claim(id, now, now.plus(CLAIM))) {
				continue;
			}
			MessageRepository.QueuedMail mail = this.messages.find(id);
			if (!this.identity.contact(mail.accountId()).map(AccountContact::reachable).orElse(false)) {
				this.messages.skipped(id);
				continue;
			}
			try {
				sender.send(mime(sender, mail));
				this.messages.sent(id, Instant.now(this.clock));
				sent++;
			}
			catch (MailException | MessagingException ex) {
				int attempts = mail.attempts() + 1;
				boolean giveUp = attempts >= this.settings.maxAttempts();
				Instant retryAt = now.plus(this.settings.delayAfter(attempts));
				this.messages.failed(id, giveUp, retryAt, String.valueOf(ex.getMessage()));
				if (giveUp) {
					logger.error("E-mail {} ({}) given up after {} attempts: {}", id, mail.occasion(), attempts,
							ex.getMessage());
				}
				else {
					logger.warn("E-mail {} ({}) not sent, attempt {}; next at {}: {}", id, mail.occasion(), attempts,
							retryAt, ex.getMessage());
				}
			}
		}
		return sent;
	}

	private MimeMessage mime(JavaMailSender sender, MessageRepository.QueuedMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.content().subject());
		helper.setText(mail.content().text(), mail.content().html());
		return message;
	}

	@Override
	public void destroy() {
		this.background.shutdown();
	}

}
