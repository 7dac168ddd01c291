package org.parindex.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of e-mail reminders ({@code parindex.mail.*}, docs/operations.md "E-mail").
 * The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} nothing is queued or sent.
 *
 * @param from the sender, e.g. {@code ParIndex <cchc@snv.gialai.gov.vn>}
 * @param baseUrl the address at which people open ParIndex, for the links in mails
 * (without a trailing slash)
 * @param reminderDays how many days before a deadline reminders go out, e.g. {@code 7,1}:
 * each account hears once per window, the one the deadline falls in when the job runs
 * @param maxAttempts how often a mail is tried before it is given up (logged), at least 1
 * @param retryDelay the wait after the first failed attempt; it doubles after each
 * further one, up to {@code maxRetryDelay}
 * @param maxRetryDelay the longest wait between two attempts
 */
@ConfigurationProperties("parindex.mail")
public record MailSettings(@DefaultValue("ParIndex <parindex@localhost>") String from,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue( {
				"7", "1" }) List<Integer> reminderDays,
		@DefaultValue("20") int maxAttempts, @DefaultValue("1m") Duration retryDelay,
		@DefaultValue("1h") Duration maxRetryDelay){

	public MailSettings {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		reminderDays = reminderDays.stream().filter((days) -> days > 0).sorted().distinct().toList();
		maxAttempts = Math.max(1, maxAttempts);
	}

	/**
	 * The wait before the attempt after {@code failed} failed ones (1, 2, 4 … ×
	 * retryDelay, capped).
	 */
	Duration delayAfter(int failed) {
		Duration delay = this.retryDelay;
		for (int i = 1; i < failed && delay.compareTo(this.maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxRetryDelay) > 0) ? this.maxRetryDelay : delay;
	}

}
