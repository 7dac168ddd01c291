package org.parindex.identity;

import java.util.List;

/**
 * An account change was refused; nothing changed. The message key and arguments say why.
 */
public class InvalidAccountException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public InvalidAccountException(String messageKey, Object... arguments) {
		super(messageKey);
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
