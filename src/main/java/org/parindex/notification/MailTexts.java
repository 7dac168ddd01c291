package org.parindex.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.parindex.identity.AccountContact;
import org.parindex.platform.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Words a mail in the recipient's language ({@code mail.*} messages, Vietnamese or
 * English): a greeting, the lines of the occasion, the link to the page where the work is
 * done (absolute, from {@code parindex.mail.base-url}) and how to stop reminders; as
 * plain text and as simple HTML with every value escaped.
 */
@Component
class MailTexts {

	private final MessageSource messages;

	private final MailSettings settings;

	private final Formats formats;

	MailTexts(MessageSource messages, MailSettings settings, Formats formats) {
		this.messages = messages;
		this.settings = settings;
		this.formats = formats;
	}

	/**
	 * A mail to {@code to}.
	 * @param link the page's path, e.g. {@code /assessment/cycles/3/unit}
	 */
	MailContent render(AccountContact to, Line subject, List<Line> lines, String link) {
		Locale locale = to.language();
		String url = this.settings.baseUrl() + link;
		String account = this.settings.baseUrl() + "/account";
		String greeting = text(new Line("mail.greeting", to.displayName()), locale);
		String open = text(new Line("mail.open"), locale);
		String footer = text(new Line("mail.footer", account), locale);
		StringBuilder plain = new StringBuilder(greeting).append("\n\n");
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
			.append("\"><body style=\"font-family: sans-serif\"><p>")
			.append(escape(greeting))
			.append("</p>");
		for (Line line : lines) {
			String words = text(line, locale);
			plain.append(words).append('\n');
			html.append("<p>").append(escape(words)).append("</p>");
		}
		plain.append('\n').append(open).append(' ').append(url).append("\n\n-- \n").append(footer).append('\n');
		html.append("<p><a href=\"")
			.append(escape(url))
			.append("\">")
			.append(escape(open))
			.append("</a></p><hr><p style=\"color: #666; font-size: small\">")
			.append(escape(footer))
			.append("</p></body></html>");
		String title = text(subject, locale);
		return new MailContent(title.substring(0, Math.min(300, title.length())), plain.toString(), html.toString());
	}

	private String text(Line line, Locale locale) {
		Object[] arguments = line.arguments()
			.stream()
			.map((argument) -> (argument instanceof Time time) ? time.words(locale)
					: (argument instanceof Points points) ? points.words(this.formats, locale) : argument)
			.toArray();
		return this.messages.getMessage(line.key(), arguments, locale);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * A moment as the recipient's language writes it, in Vietnam's time zone:
	 * {@code 17h00 15/01/2023} in Vietnamese, {@code 17:00 15/01/2023} in English (as
	 * pages write it, {@link Formats#localTime}).
	 */
	record Time(Instant at) {

		String words(Locale locale) {
			DateTimeFormatter format = "en".equals(locale.getLanguage()) ? Formats.TIME_EN : Formats.TIME;
			return format.format(this.at.atZone(DeadlineReminders.ZONE));
		}

	}

	/**
	 * Points as the recipient's language writes them at a published precision
	 * ({@code 97,685} in Vietnamese, {@code 97.685} in English).
	 */
	record Points(BigDecimal value, int places) {

		String words(Formats formats, Locale locale) {
			return formats.points(this.value, this.places, locale);
		}

	}

	/** A message key with its arguments. */
	record Line(String key, List<Object> arguments) {

		Line(String key, Object... arguments) {
			this(key, List.of(arguments));
		}

	}

}
