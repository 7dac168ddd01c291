package org.parindex.survey;

import java.util.Locale;

/** How a response reached ParIndex. Message keys {@code survey.channel.*}. */
public enum ResponseChannel {

	/** Answered on the public form with an invitation code. */
	ONLINE,

	/** A paper questionnaire keyed in by survey staff. */
	PAPER;

	public String messageKey() {
		return "survey.channel." + name().toLowerCase(Locale.ROOT);
	}

}
