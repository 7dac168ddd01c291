package org.parindex.platform;

import java.util.List;

/**
 * A refusal that pages and the API can say in the user's language: a message key of
 * {@code messages_vi} / {@code messages_en} and its arguments.
 */
public abstract class LocalizedException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	protected LocalizedException(String messageKey, Object... arguments) {
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
