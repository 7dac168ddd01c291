package org.parindex.assessment;

import java.util.List;

/** A cycle change was refused; nothing changed. The message key and arguments say why. */
public class InvalidCycleException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public InvalidCycleException(String messageKey, Object... arguments) {
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
