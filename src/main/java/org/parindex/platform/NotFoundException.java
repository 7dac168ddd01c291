package org.parindex.platform;

import java.util.List;

/**
 * Something the user asked for does not exist (an unknown year, unit group or unit).
 * Pages answer with a friendly 404 page, the API with a 404 {@code ProblemDetail}; the
 * message key and arguments say what was not found, in the user's language.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
