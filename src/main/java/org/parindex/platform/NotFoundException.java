package org.parindex.platform;

/**
 * Something the user asked for does not exist (an unknown year, unit group or unit).
 * Pages answer with a friendly 404 page, the API with a 404 {@code ProblemDetail}; the
 * message key and arguments say what was not found, in the user's language.
 */
public class NotFoundException extends LocalizedException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
