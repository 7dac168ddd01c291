package org.parindex.methodology;

import java.util.List;

/** A rule's notation cannot be read; the message key and arguments say why. */
public class RuleNotationException extends IllegalArgumentException {

	private final String messageKey;

	private final List<Object> arguments;

	public RuleNotationException(String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}
