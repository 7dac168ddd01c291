package org.parindex.survey;

import org.parindex.platform.LocalizedException;

/**
 * A survey form, response or result was refused; nothing changed. The message key (under
 * {@code survey.}) and its arguments name what is wrong in the user's language.
 */
public class InvalidSurveyException extends LocalizedException {

	public InvalidSurveyException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
