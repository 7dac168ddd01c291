package org.parindex.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parindex.identity.AccountContact;
import org.parindex.identity.IdentityService;
import org.parindex.platform.Actor;
import org.parindex.platform.Reminder;
import org.parindex.platform.ReminderSource;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders before deadlines: the same unfinished work each person's home page lists
 * (every platform {@link ReminderSource}, e.g. the unit's self-assessment not submitted,
 * explanations not answered, an appraiser's round, the council's approval), mailed when
 * its deadline is {@code parindex.mail.reminder-days} away (7 and 1 by default). An
 * account hears of each piece of work once per window: the occasion names the window, the
 * work and its deadline, so a moved deadline is reminded again, and the outbox's unique
 * key keeps a second run, or a run on another instance, from sending twice.
 */
@Component
class DeadlineReminders {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final IdentityService identity;

	private final List<ReminderSource> sources;

	private final Outbox outbox;

	private final MailTexts texts;

	private final MailSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeadlineReminders(IdentityService identity, List<ReminderSource> sources, Outbox outbox, MailTexts texts,
			MailSettings settings, TransactionTemplate transactions, Clock clock) {
		this.identity = identity;
		this.sources = sources;
		this.outbox = outbox;
		this.texts = texts;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Queues the reminders due now, one transaction per account.
	 * @return how many mails were queued by this run
	 */
	int remind() {
		if (!this.outbox.enabled() || this.settings.reminderDays().isEmpty()) {
			return 0;
		}
		Instant now = Instant.now(this.clock);
		int queued = 0;
		for (AccountContact to : this.identity.reachableAccounts()) {
			Integer count = this.transactions.execute((status) -> remind(to, now));
			queued += (count != null) ? count : 0;
		}
		return queued;
	}

	private int remind(AccountContact to, Instant now) {
		// the reminders' own texts write times as the recipient's language does (17h00,
		// 17:00: Formats.localTime reads the locale)
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(to.language());
		try {
			return remindIn(to, now);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	private int remindIn(AccountContact to, Instant now) {
		Actor actor = new Recipient(to);
		int queued = 0;
		for (ReminderSource source : this.sources) {
			for (Reminder reminder : source.remindersFor(actor, now)) {
				Optional<Integer> window = window(reminder.due(), now);
				if (window.isEmpty()) {
					continue;
				}
				String occasion = "deadline/" + window.get() + "d/" + reminder.messageKey() + "/"
						+ reminder.due().toEpochMilli() + "/" + reminder.link();
				MailContent content = this.texts.render(to,
						new MailTexts.Line("mail.deadline.subject", new MailTexts.Time(reminder.due())),
						List.of(new MailTexts.Line("mail.deadline.body", window.get()),
								new MailTexts.Line(reminder.messageKey(), reminder.arguments().toArray())),
						reminder.link());
				if (this.outbox.queue(to, occasion.substring(0, Math.min(200, occasion.length())), content)) {
					queued++;
				}
			}
		}
		return queued;
	}

	/** The smallest window of days the deadline falls in, if it is ahead and in one. */
	private Optional<Integer> window(Instant due, Instant now) {
		if (!due.isAfter(now)) {
			return Optional.empty();
		}
		return this.settings.reminderDays()
			.stream()
			.filter((days) -> !due.isAfter(now.plus(Duration.ofDays(days))))
			.findFirst();
	}

	/** The account as the reminder sources see a signed-in person. */
	private record Recipient(AccountContact contact) implements Actor {

		@Override
		public long accountId() {
			return this.contact.accountId();
		}

		@Override
		public String username() {
			return this.contact.username();
		}

		@Override
		public String displayName() {
			return this.contact.displayName();
		}

		@Override
		public Set<String> roles() {
			return Set.of(this.contact.role().name());
		}

		@Override
		public Optional<Long> unitId() {
			return this.contact.unitId();
		}

	}

}
