package org.parindex.platform;

import java.time.Instant;
import java.util.List;

/**
 * Unfinished work shown on a person's home page, e.g. "self-assessment 2022: 12 of 65
 * leaves not entered, due 17h00 15/01/2023".
 *
 * @param messageKey the text, with its arguments
 * @param link where the work is done
 * @param due the deadline of the work
 */
public record Reminder(String messageKey, List<Object> arguments, String link, Instant due) {

	public Reminder {
		arguments = List.copyOf(arguments);
	}

	/** Overdue or due within three days. */
	public boolean urgent(Instant now) {
		return !now.plus(java.time.Duration.ofDays(3)).isBefore(this.due);
	}

}
